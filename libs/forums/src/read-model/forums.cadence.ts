import { addCounts } from '@samverkan/core';
import { EXPECTED_MEETINGS_PER_TERM, MemberAttendance, NamedGuest, Term, TERMS } from '../domain';
import { ForumDoc, MeetingDoc, MeetingStatus } from './forums.documents';

export interface Counts {
  managers: number;
  hr: number;
  other: number;
  guests: number;
  total: number;
}

export interface MeetingCadence {
  meetingId: string;
  title: string;
  date: string;
  status: MeetingStatus;
  organisations: number;
  participants: Counts;
}

export interface TermCadence {
  term: Term;
  held: number;
  expected: number;
  planned: number;
  cancelled: number;
  onTrack: boolean;
  attendance: { organisations: number; participants: Counts };
  meetings: MeetingCadence[];
}

export interface ForumCadence {
  forumId: string;
  forumName: string;
  region: string;
  terms: TermCadence[];
}

const zero = (): Counts => ({ managers: 0, hr: 0, other: 0, guests: 0, total: 0 });

/** People at one held meeting, by role; guests are counted apart from the members' people. */
export function attendanceCounts(attendance: { members: MemberAttendance[]; guests: NamedGuest[] } | null): Counts {
  const counts = zero();
  for (const member of attendance?.members ?? []) {
    counts.managers += member.participants.MANAGER;
    counts.hr += member.participants.HR;
    counts.other += member.participants.OTHER;
  }
  counts.guests = attendance?.guests.length ?? 0;
  counts.total = counts.managers + counts.hr + counts.other + counts.guests;
  return counts;
}

/**
 * The cadence figure: per forum and term, meetings held against the two expected, and who came.
 * Every forum it is given is listed, also one with no meetings in the year (that is the point of
 * the figure); the caller gives the forums of the year (`forumsOfYear`), not those founded after it.
 */
export function forumCadence(forums: ForumDoc[], meetingsOfYear: MeetingDoc[]): ForumCadence[] {
  return forums.map((forum) => ({
    forumId: forum.forumId,
    forumName: forum.name,
    region: forum.region,
    terms: TERMS.map((term) => {
      const meetings = meetingsOfYear.filter((m) => m.forumId === forum.forumId && m.term === term);
      const held = meetings.filter((m) => m.status === 'HELD');
      const present = new Set(held.flatMap((m) => m.attendance?.members.map((a) => a.organisationNumber) ?? []));
      return {
        term,
        held: held.length,
        expected: EXPECTED_MEETINGS_PER_TERM,
        planned: meetings.filter((m) => m.status === 'PLANNED').length,
        cancelled: meetings.filter((m) => m.status === 'CANCELLED').length,
        onTrack: held.length >= EXPECTED_MEETINGS_PER_TERM,
        attendance: {
          organisations: present.size,
          participants: held.map((m) => attendanceCounts(m.attendance)).reduce(addCounts, zero()),
        },
        meetings: meetings.map((m) => ({
          meetingId: m.meetingId,
          title: m.title,
          date: m.status === 'HELD' && m.heldOn ? m.heldOn : m.date,
          status: m.status,
          organisations: m.attendance?.members.length ?? 0,
          participants: attendanceCounts(m.attendance),
        })),
      };
    }),
  }));
}
