import { protectFigure, publishedValue, sumOf } from '@samverkan/core';
import { Counts, ForumCadence, TermCadence } from '../read-model/forums.cadence';

const ROLES = ['managers', 'hr', 'other', 'guests'] as const;

/**
 * A forum stands for a region, so for the dashboard its people and employer counts are protected
 * per term: 1–4 is suppressed, and so is what would let one be worked out (the total is the sum of
 * the roles). Per meeting the dashboard reads no counts at all: a term's figures are the sum of
 * its meetings', a breakdown that cannot be protected without hiding nearly all of it. How many
 * meetings were held is public and stays (it is the point of the figure).
 */
export function toDashboardCadence(forum: ForumCadence) {
  return { ...forum, terms: forum.terms.map(protectedTerm) };
}

function protectedTerm(term: TermCadence) {
  const { organisations, participants } = term.attendance;
  const cells = [
    { id: 'organisations', value: organisations, sensitive: true },
    ...[...ROLES, 'total' as const].map((role) => ({ id: role, value: participants[role], sensitive: true })),
  ];
  const states = protectFigure({ cells, relations: [sumOf('total', [...ROLES])] });
  const people = Object.fromEntries([...ROLES, 'total'].map((role) => [role, publishedValue(participants[role as keyof Counts], states.get(role))]));
  const none = { managers: null, hr: null, other: null, guests: null, total: null };
  return {
    ...term,
    attendance: { organisations: publishedValue(organisations, states.get('organisations')), participants: people as Record<keyof Counts, number | null> },
    meetings: term.meetings.map((m) => ({ ...m, organisations: null, participants: none })),
  };
}
