import { documentProjection, Projection } from '@samverkan/core';
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

export const activityProjection: Projection = documentProjection<ActivityDoc>({
  name: 'momentum.activity',
  version: 1,
  table: ACTIVITY_TABLE,
  categories: ['projectActivity'],
  keyOf: (event) => (event.data as { activityId?: string }).activityId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as ActivityEvent;
    if (e.type === 'ActivityPlanned') {
      const { activityId, kind, title, organiser, date, place, country, region, expectedParticipants } = e.data;
      return {
        activityId,
        kind,
        title,
        organiser,
        date,
        place,
        country: country ?? null,
        region: region ?? null,
        expectedParticipants,
        status: 'PLANNED',
        year: yearOf(date),
        heldOn: null,
        summary: null,
        cancellationReason: null,
        participants: null,
        totals: participantTotals(null),
        participantRecordings: 0,
        evaluation: null,
        position: event.position.toString(),
      };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'ActivityRescheduled':
        return { ...doc, date: e.data.date, year: yearOf(e.data.date) };
      case 'ActivityHeld':
        return { ...doc, status: 'HELD', heldOn: e.data.heldOn, summary: e.data.summary, year: yearOf(e.data.heldOn) };
      case 'ParticipantsRecorded': {
        const participants = { organisations: e.data.organisations, namedParticipants: e.data.namedParticipants };
        return {
          ...doc,
          participants,
          totals: participantTotals(participants),
          participantRecordings: doc.participantRecordings + 1,
        };
      }
      case 'ActivityCancelled':
        return { ...doc, status: 'CANCELLED', cancellationReason: e.data.reason };
      case 'ActivityEvaluated':
        return { ...doc, evaluation: { scale: e.data.scale, respondents: e.data.respondents } };
      default:
        return doc;
    }
  },
});

export const momentumProjections = [activityProjection];
