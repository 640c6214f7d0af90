import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ContentOf, CorrelationId, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, CommandResult, commandContext, EVENT_STORE, EventCatalog, InputValidationError, payloadFields, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { FIRST_MONTH, hasEnded, LAST_MONTH } from '../participants/months';
import { MonthView, participantMonthsUpTo } from '../participants/participant-months';
import { participantLines } from '../participants/participant-rows';
import { ReportParticipantMonthCommand } from '../participants/report-participant-month.handler';
import {
  ParticipantMonth, ParticipantMonthArgs, ParticipantMonthDetail, ParticipantMonthsArgs, ReportParticipantMonthInput, ReportParticipantMonthPayload,
} from './participants.types';

const REPORTERS = [Role.AUDITOR, Role.STEERING_GROUP];

function monthType(v: MonthView, now: Date): ParticipantMonth {
  const participants = { managers: 0, hr: 0, other: 0, named: 0, total: 0 };
  for (const { participants: p } of v.activities) {
    participants.managers += p.MANAGER;
    participants.hr += p.HR;
    participants.other += p.OTHER;
    participants.named += p.named;
    participants.total += p.total;
  }
  const r = v.report;
  return {
    month: v.month, status: v.status, because: v.because, ended: hasEnded(v.month, now), contentHash: v.contentHash, activities: v.activities.length, participants,
    report: r && {
      eventId: r.eventId, position: r.position.toString(), coveredPosition: r.data.position ?? '', contentHash: r.data.contentHash,
      activities: r.data.activities, participants: r.data.participants, reports: r.reports, follows: r.data.follows,
      reportedAt: v.reportedAt, reportedBy: v.reportedBy, reason: v.reason,
    },
  };
}

function inProject(field: string, month: string): void {
  if (month < FIRST_MONTH || month > LAST_MONTH) {
    throw new InputValidationError([{ field, messages: [`${field} must be a month of the project, ${FIRST_MONTH} – ${LAST_MONTH}`] }]);
  }
}

@Resolver()
export class ParticipantsResolver {
  constructor(
    private readonly commandBus: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
  ) {}

  private months(upTo: string) {
    return participantMonthsUpTo({ store: this.store, catalog: this.catalog, persons: this.persons }, upTo);
  }

  @Query(() => [ParticipantMonth], { description: 'Each month\'s participants and reporting status (UNREPORTED, REPORTED, NEEDS_REREPORT).' })
  @Roles(...REPORTERS)
  @ContentOf('participantMonth')
  async participantMonths(@Args() args: ParticipantMonthsArgs): Promise<ParticipantMonth[]> {
    inProject('from', args.from);
    inProject('to', args.to);
    if (args.from > args.to) throw new InputValidationError([{ field: 'to', messages: ['to must not be before from'] }]);
    const now = new Date();
    return (await this.months(args.to)).months.filter((m) => m.month >= args.from).map((m) => monthType(m, now));
  }

  @Query(() => ParticipantMonthDetail, { description: 'One month\'s participants: a line per activity and organisation with counts by role, and the total.' })
  @Roles(...REPORTERS)
  @ContentOf('participantMonth')
  async participantMonth(@Args() args: ParticipantMonthArgs): Promise<ParticipantMonthDetail> {
    inProject('month', args.month);
    const { position, months } = await this.months(args.month);
    const month = months.at(-1)!;
    return {
      ...monthType(month, new Date()),
      position: position?.toString() ?? null,
      lines: participantLines(month.month, month.activities),
      namedPeople: month.activities.flatMap((a) => a.namedPeople.map((p) => ({ ...p, activityId: a.activityId }))),
    };
  }

  @Mutation(() => ReportParticipantMonthPayload, {
    description: 'Reports a month\'s participants to ESF+ (a decision): months in order from 2024-05, each once it is over; again when it needs re-reporting.',
  })
  @Roles(...REPORTERS)
  async reportParticipantMonth(
    @Args('input') input: ReportParticipantMonthInput,
    @CurrentActor() actor: Actor,
    @CorrelationId() correlationId: string,
  ): Promise<ReportParticipantMonthPayload> {
    const context = commandContext(actor, correlationId, input);
    const reason = input.reason?.trim() || `Månadsrapportering av deltagare för ${input.month}`;
    const result = await this.commandBus.execute<ReportParticipantMonthCommand, CommandResult>(
      new ReportParticipantMonthCommand(input.month, reason, new Date(), context),
    );
    const month = (await this.months(input.month)).months.at(-1);
    return { ...payloadFields(result, context), month: month ? monthType(month, new Date()) : (null as never) };
  }
}
