import { entityProjection, Projection } from '@samverkan/core';
import { ActivityEvent, NamedParticipant, OrganisationParticipants } from '../domain';
import { ActivityDoc, ParticipantTotals } from './momentum.documents';

export const ACTIVITY_TABLE = 'momentum_activity';

const yearOf = (date: string) => Number(date.slice(0, 4));

export function participantTotals(
  participants: { organisations: OrganisationParticipants[]; namedParticipants: NamedParticipant[] } | null,
): ParticipantTotals {
  const totals = { organisations: 0, managers: 0, hr: 0, other: 0, named: 0, total: 0 };
  for (const { participants: counts } of participants?.organisations ?? []) {
    totals.organisations += 1;
    totals.managers += counts.MANAGER;
    totals.hr += counts.HR;
    totals.other += counts.OTHER;
  }
  totals.named = participants?.namedParticipants.length ?? 0;
  totals.total = totals.managers + totals.hr + totals.other + totals.named;
  return totals;
}

export const activityProjection: Projection = entityProjection<ActivityEvent, ActivityDoc>({
  name: 'momentum.activity',
  table: ACTIVITY_TABLE,
  category: 'projectActivity',
  key: 'activityId',
  start: {
    ActivityPlanned: ({ data: { country, region, ...plan } }, { position }) => ({
      ...plan,
      country: country ?? null,
      region: region ?? null,
      status: 'PLANNED',
      year: yearOf(plan.date),
      heldOn: null,
      summary: null,
      cancellationReason: null,
      participants: null,
      totals: participantTotals(null),
      participantRecordings: 0,
      evaluation: null,
      position: position.toString(),
    }),
  },
  change: {
    ActivityRescheduled: (doc, { data }) => ({ ...doc, date: data.date, year: yearOf(data.date) }),
    ActivityHeld: (doc, { data }) => ({
      ...doc,
      status: 'HELD',
      heldOn: data.heldOn,
      summary: data.summary,
      year: yearOf(data.heldOn),
    }),
    ParticipantsRecorded: (doc, { data }) => {
      const participants = { organisations: data.organisations, namedParticipants: data.namedParticipants };
      return {
        ...doc,
        participants,
        totals: participantTotals(participants),
        participantRecordings: doc.participantRecordings + 1,
      };
    },
    ActivityCancelled: (doc, { data }) => ({ ...doc, status: 'CANCELLED', cancellationReason: data.reason }),
    ActivityEvaluated: (doc, { data }) => ({
      ...doc,
      evaluation: { scale: data.scale, respondents: data.respondents },
    }),
  },
});

export const momentumProjections = [activityProjection];
