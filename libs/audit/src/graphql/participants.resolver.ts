import { Inject } from '@nestjs/common';
import { Args, Query } from '@nestjs/graphql';
import { CommandMutation, CommandResolver, ContentOf, Role, Roles } from '@samverkan/auth';
import {
  CommandInput,
  CommandPipeline,
  decisionOf,
  EVENT_STORE,
  EventCatalog,
  InputValidationError,
  PersonDirectory,
  Sender,
  sentPayload,
} from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { FIRST_MONTH, hasEnded, LAST_MONTH } from '../participants/months';
import { monthActivities, MonthSummary, monthsFromReadModel } from '../esf/esf-read-model';
import { EsfReadModel } from '../esf/esf-reading';
import { participantMonthsUpTo, summaryOf } from '../participants/participant-months';
import { participantLines } from '../participants/participant-rows';
import type { TrailReading } from '../sealing/seal.endpoint';
import { participantMonthEndpoint, ParticipantMonthRequest } from '../participants/participant-month.endpoint';
import {
  ParticipantMonth,
  ParticipantMonthArgs,
  ParticipantMonthDetail,
  ParticipantMonthsArgs,
  ReportParticipantMonthInput,
  ReportParticipantMonthPayload,
} from './participants.types';

const REPORTERS = [Role.AUDITOR, Role.STEERING_GROUP];

function monthType(v: MonthSummary, now: Date): ParticipantMonth {
  const p = v.participants;
  const participants = { managers: p.MANAGER, hr: p.HR, other: p.OTHER, named: p.named, total: p.total };
  const r = v.report;
  return {
    month: v.month,
    status: v.status,
    because: v.because,
    ended: hasEnded(v.month, now),
    contentHash: v.contentHash,
    activities: v.activities,
    participants,
    report: r && {
      eventId: r.eventId,
      position: r.position.toString(),
      coveredPosition: r.data.position ?? '',
      contentHash: r.data.contentHash,
      activities: r.data.activities,
      participants: r.data.participants,
      reports: r.reports,
      follows: r.data.follows,
      reportedAt: v.reportedAt,
      reportedBy: v.reportedBy,
      reason: v.reason,
    },
  };
}

function inProject(field: string, month: string): void {
  if (month < FIRST_MONTH || month > LAST_MONTH) {
    throw new InputValidationError([
      { field, messages: [`${field} must be a month of the project, ${FIRST_MONTH} – ${LAST_MONTH}`] },
    ]);
  }
}

@CommandResolver(() => ReportParticipantMonthPayload, REPORTERS)
export class ParticipantsResolver {
  private readonly trail: TrailReading;
  private readonly endpoint: ReturnType<typeof participantMonthEndpoint>;

  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) store: EventStore,
    catalog: EventCatalog,
    persons: PersonDirectory,
    private readonly esf: EsfReadModel,
  ) {
    this.trail = { store, catalog, persons };
    this.endpoint = participantMonthEndpoint(this.trail);
  }

  @Query(() => [ParticipantMonth], {
    description: "Each month's participants and reporting status (UNREPORTED, REPORTED, NEEDS_REREPORT).",
  })
  @Roles(...REPORTERS)
  @ContentOf('participantMonth')
  participantMonths(@Args() args: ParticipantMonthsArgs): ParticipantMonth[] {
    inProject('from', args.from);
    inProject('to', args.to);
    if (args.from > args.to)
      throw new InputValidationError([{ field: 'to', messages: ['to must not be before from'] }]);
    const now = new Date();
    return monthsFromReadModel(this.esf.reading(), args.to)
      .filter((m) => m.month >= args.from)
      .map((m) => monthType(m, now));
  }

  @Query(() => ParticipantMonthDetail, {
    description: "One month's participants: a line per activity and organisation with counts by role, and the total.",
  })
  @Roles(...REPORTERS)
  @ContentOf('participantMonth')
  participantMonth(@Args() args: ParticipantMonthArgs): ParticipantMonthDetail {
    inProject('month', args.month);
    const reading = this.esf.reading();
    const month = monthsFromReadModel(reading, args.month).at(-1)!;
    const activities = monthActivities(reading, args.month);
    return {
      ...monthType(month, new Date()),
      position: reading.position?.toString() ?? null,
      lines: participantLines(month.month, activities),
      namedPeople: activities.flatMap((a) =>
        a.namedPeople.map((p) => ({
          personId: p.personId,
          name: p.name,
          organisation: p.organisation,
          activityId: a.activityId,
        })),
      ),
    };
  }

  @CommandMutation(
    "Reports a month's participants to ESF+ (a decision): months in order from 2024-05, each once it is over; again when it needs re-reporting.",
  )
  reportParticipantMonth(input: ReportParticipantMonthInput): ParticipantMonthRequest {
    return decisionOf('ReportParticipantMonth', input, 'month');
  }

  async send(
    request: ParticipantMonthRequest,
    sender: Sender,
    input: CommandInput,
  ): Promise<ReportParticipantMonthPayload> {
    const sent = await this.pipeline.send(this.endpoint, request, sender, input);
    // The months as the trail stands after the report, read from the events like the report itself.
    const month = (await participantMonthsUpTo(this.trail, request.data.month)).months.at(-1);
    return { ...sentPayload(sent), month: month ? monthType(summaryOf(month), new Date()) : (null as never) };
  }
}
