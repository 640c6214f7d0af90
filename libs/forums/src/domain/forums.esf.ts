import { ActivityReporter, heldActivitiesIn, ReportedActivity, ReportedEvent, streamsOf } from '@samverkan/core/domain';
import { MeetingEvent } from './meeting.events';
import { ForumEvent } from './forum.events';

/** What a forum stream lends to its meetings' rows: its name and its members' names, with sources. */
interface ForumFacts {
  name: string;
  established: bigint;
  members: Map<string, { name: string; position: bigint }>;
}

function forumFacts(events: readonly ReportedEvent[]): ForumFacts | null {
  const established = events.find((e) => e.type === 'ForumEstablished');
  if (!established) return null;
  const members = new Map<string, { name: string; position: bigint }>();
  for (const e of events) {
    if (e.type !== 'MemberAdmitted') continue;
    const { employer } = e.data as ForumEvent<'MemberAdmitted'>['data'];
    members.set(employer.organisationNumber, { name: employer.name, position: e.position });
  }
  return {
    name: (established.data as ForumEvent<'ForumEstablished'>['data']).name,
    established: established.position,
    members,
  };
}

/**
 * Every held forum meeting is a regional-forum activity, on the day the trail says it was held
 * (the world time of MeetingHeld, so an older event is dated as the catalog reads it); its
 * attendance is the last recorded
 * (a correction replaces it) and its sources are every event of the meeting plus the forum events
 * that name the organiser and the attending members.
 */
export const forumsEsfActivities: ActivityReporter = {
  categories: ['forum', 'forumMeeting'],
  // A meeting's row reads its forum's name and members: the forum and its meetings are one unit.
  unitOf(first) {
    if (first.stream.startsWith('forum-')) return first.stream.slice('forum-'.length);
    return (first.data as { forumId?: string }).forumId ?? first.stream;
  },
  report(streams) {
    // By forum id; a forum stream without its establishment lends nothing (null).
    const forums = new Map(
      streamsOf(streams, 'forum').map((events) => [events[0].stream.slice('forum-'.length), forumFacts(events)]),
    );
    const rows: ReportedActivity[] = [];
    const meetings = heldActivitiesIn<MeetingEvent, 'MeetingPlanned'>(streams, {
      category: 'forumMeeting',
      planned: 'MeetingPlanned',
      held: 'MeetingHeld',
    });
    for (const { events, stream: meeting, planned, held } of meetings) {
      const attendance = meeting.last('AttendanceRecorded');
      const forum = forums.get(planned.forumId);
      const members = attendance?.members ?? [];
      rows.push({
        deliverable: 'REGIONAL_FORUM',
        activityId: planned.meetingId,
        stream: events[0].stream,
        title: planned.title,
        format: planned.format,
        heldOn: held.occurredOn,
        organiser: forum?.name ?? planned.forumId,
        organisations: members.map((m) => ({
          organisation: m.organisationNumber,
          name: forum?.members.get(m.organisationNumber)?.name ?? null,
          participants: { ...m.participants },
        })),
        namedPeople: (attendance?.guests ?? []).map((g) => ({ personId: g.personId, organisation: g.organisation })),
        sources: [
          ...(forum ? [forum.established] : []),
          ...members.flatMap((m) => forum?.members.get(m.organisationNumber)?.position ?? []),
          ...events.map((e) => e.position),
        ].sort((a, b) => Number(a - b)), // the sign of the difference orders bigints, whatever their size
      });
    }
    return rows;
  },
};
