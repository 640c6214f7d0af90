import { CellState, protectFigure, publishedCount, sumOf } from '@samverkan/core';
import { Counts, ForumCadence, MeetingCadence, TermCadence } from '../read-model/forums.cadence';
import { ForumCadenceType } from './forums.types';

const ROLES = ['managers', 'hr', 'other', 'guests'] as const;
const PEOPLE = [...ROLES, 'total'] as const;

/** The cadence as every role but DASHBOARD reads it: each count exact. */
export function toExactCadence(forum: ForumCadence): ForumCadenceType {
  return {
    ...forum,
    terms: forum.terms.map((term) =>
      published(
        term,
        () => 'shown',
        () => 'shown',
      ),
    ),
  };
}

/**
 * A forum stands for a region, so for the dashboard its people and employer counts are protected
 * per term: 1–4 is suppressed, and so is what would let one be worked out (the total is the sum of
 * the roles). Per meeting the dashboard reads no counts at all: a term's figures are the sum of
 * its meetings', a breakdown that cannot be protected without hiding nearly all of it. How many
 * meetings were held is public and stays (it is the point of the figure).
 */
export function toDashboardCadence(forum: ForumCadence): ForumCadenceType {
  return { ...forum, terms: forum.terms.map(protectedTerm) };
}

function protectedTerm(term: TermCadence) {
  const { organisations, participants } = term.attendance;
  const cells = [
    { id: 'organisations', value: organisations, sensitive: true },
    ...PEOPLE.map((role) => ({ id: role, value: participants[role], sensitive: true })),
  ];
  const states = protectFigure({ cells, relations: [sumOf('total', [...ROLES])] });
  return published(
    term,
    (id) => states.get(id) ?? 'withheld',
    () => 'withheld',
  );
}

/** The term with each count published in the state `termState` (by cell id) or `meetingState` gives it. */
function published(term: TermCadence, termState: (id: string) => CellState, meetingState: (id: string) => CellState) {
  const people = (counts: Counts, state: (id: string) => CellState) =>
    Object.fromEntries(PEOPLE.map((role) => [role, publishedCount(counts[role], state(role))])) as Record<
      keyof Counts,
      ReturnType<typeof publishedCount>
    >;
  const { organisations, participants } = term.attendance;
  const meeting = (m: MeetingCadence) => ({
    ...m,
    organisations: publishedCount(m.organisations, meetingState('organisations')),
    participants: people(m.participants, meetingState),
  });
  return {
    ...term,
    attendance: {
      organisations: publishedCount(organisations, termState('organisations')),
      participants: people(participants, termState),
    },
    meetings: term.meetings.map(meeting),
  };
}
