import { ReportedEvent } from '@samverkan/core/domain';
import { forumsEsfActivities } from './forums.esf';
import {
  admitted,
  attendanceRecorded,
  established,
  FORUM_ID,
  guests,
  held,
  homeCare,
  MEETING_ID,
  municipality,
  PERSON,
  planned,
  representativeAdded,
  resigned,
} from './testing/forums.fixtures';

/**
 * The ESF report's rows for the regional forums: one per held meeting, dated by the world time of
 * MeetingHeld, with the last recorded attendance and every event it was read from.
 */

const FORUM_STREAM = `forum-${FORUM_ID}`;
const MEETING_STREAM = `forumMeeting-${MEETING_ID}`;

/** A stored event at a global position; the day it happened in the world is its own. */
const at = (
  position: number,
  stream: string,
  { type, data }: { type: string; data: unknown },
  occurredOn = '2025-05-14',
) =>
  ({
    stream,
    revision: position,
    position: BigInt(position),
    type,
    data,
    occurredAt: `${occurredOn}T08:00:00.000Z`,
    occurredOn,
  }) satisfies ReportedEvent;

/**
 * The forum's events come before and between the meeting's, so positions cross from one digit to
 * two: the sources must be sorted as numbers, not as text.
 */
const forumEvents = [
  at(2, FORUM_STREAM, established),
  at(8, FORUM_STREAM, admitted(municipality)),
  at(9, FORUM_STREAM, representativeAdded(PERSON.hrLead)),
  at(11, FORUM_STREAM, admitted(homeCare)),
];
const heldMeetingEvents = [
  at(3, MEETING_STREAM, planned),
  at(10, MEETING_STREAM, held, '2025-05-15'),
  at(12, MEETING_STREAM, attendanceRecorded),
];

const report = (...streams: Array<[string, ReportedEvent[]]>) => forumsEsfActivities.report(new Map(streams));

describe('The forums’ ESF activities', () => {
  it('reads the forum and meeting streams', () => {
    expect(forumsEsfActivities.categories).toEqual(['forum', 'forumMeeting']);
  });

  it('reports a held meeting with its forum, the members that came by name and role, and its guests', () => {
    expect(report([FORUM_STREAM, forumEvents], [MEETING_STREAM, heldMeetingEvents])).toEqual([
      {
        deliverable: 'REGIONAL_FORUM',
        activityId: MEETING_ID,
        stream: MEETING_STREAM,
        title: planned.data.title,
        format: 'SEMINAR',
        heldOn: '2025-05-15',
        organiser: 'Forum Väst',
        organisations: [
          {
            organisation: municipality.organisationNumber,
            name: municipality.name,
            participants: { MANAGER: 2, HR: 1, OTHER: 0 },
          },
          {
            organisation: homeCare.organisationNumber,
            name: homeCare.name,
            participants: { MANAGER: 0, HR: 1, OTHER: 1 },
          },
        ],
        namedPeople: [{ personId: guests[0].personId, organisation: 'Folkhälsomyndigheten' }],
        sources: [2n, 3n, 8n, 10n, 11n, 12n],
      },
    ]);
  });

  it('leaves out a meeting that is only planned', () => {
    expect(report([FORUM_STREAM, forumEvents], [MEETING_STREAM, heldMeetingEvents.slice(0, 1)])).toEqual([]);
  });

  it('reports the last recorded attendance: a correction replaces the first', () => {
    const corrected = {
      type: 'AttendanceRecorded',
      data: {
        ...attendanceRecorded.data,
        members: [{ organisationNumber: homeCare.organisationNumber, participants: { MANAGER: 3, HR: 0, OTHER: 0 } }],
        guests: [],
      },
    };
    const [row] = report(
      [FORUM_STREAM, forumEvents],
      [MEETING_STREAM, [...heldMeetingEvents, at(13, MEETING_STREAM, corrected)]],
    );
    expect(row.organisations).toEqual([
      { organisation: homeCare.organisationNumber, name: homeCare.name, participants: { MANAGER: 3, HR: 0, OTHER: 0 } },
    ]);
    expect(row.namedPeople).toEqual([]);
    expect(row.sources).toEqual([2n, 3n, 10n, 11n, 12n, 13n]);
  });

  it('reports a held meeting without attendance, citing only the forum and the meeting', () => {
    const [row] = report([FORUM_STREAM, forumEvents], [MEETING_STREAM, heldMeetingEvents.slice(0, 2)]);
    expect(row).toMatchObject({ organiser: 'Forum Väst', organisations: [], namedPeople: [], sources: [2n, 3n, 10n] });
  });

  it('names a member that left and came back by its last admission, citing that one', () => {
    const renamed = { ...municipality, name: 'Exempelby kommun, förvaltningen' };
    const readmitted = [
      ...forumEvents,
      at(13, FORUM_STREAM, resigned(municipality.organisationNumber)),
      at(14, FORUM_STREAM, admitted(renamed)),
    ];
    const [row] = report([FORUM_STREAM, readmitted], [MEETING_STREAM, heldMeetingEvents]);
    expect(row.organisations[0]).toMatchObject({ name: renamed.name });
    expect(row.sources).toEqual([2n, 3n, 10n, 11n, 12n, 14n]);
  });

  it('names the forum by its id, and no member, when the forum stream is not in the report', () => {
    const [row] = report([MEETING_STREAM, heldMeetingEvents]);
    expect(row.organiser).toBe(FORUM_ID);
    expect(row.organisations.map(({ name }) => name)).toEqual([null, null]);
    expect(row.sources).toEqual([3n, 10n, 12n]);
  });

  it('reads a forum stream only from its establishment, and another forum’s stream not at all', () => {
    const notEstablished = forumEvents.slice(1);
    const [row] = report([FORUM_STREAM, notEstablished], [MEETING_STREAM, heldMeetingEvents]);
    expect(row.organiser).toBe(FORUM_ID);
    expect(row.sources).toEqual([3n, 10n, 12n]);
    const other = forumEvents.map((event) => ({ ...event, stream: 'forum-norr' }));
    const [elsewhere] = report(['forum-norr', other], [MEETING_STREAM, heldMeetingEvents]);
    expect(elsewhere.organiser).toBe(FORUM_ID);
  });

  it('names an attending employer the forum never admitted without a name or a source of its own', () => {
    const withoutHomeCare = forumEvents.filter(({ position }) => position !== 11n);
    const [row] = report([FORUM_STREAM, withoutHomeCare], [MEETING_STREAM, heldMeetingEvents]);
    expect(row.organisations.map(({ name }) => name)).toEqual([municipality.name, null]);
    expect(row.sources).toEqual([2n, 3n, 8n, 10n, 12n]);
  });
});
