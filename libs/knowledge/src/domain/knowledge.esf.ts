import { ActivityReporter, ReportedActivity, ReportedEvent, reportedStream, streamsOf } from '@samverkan/core/domain';
import { GroupEvent } from './group.commands';

/**
 * Every held meeting of the knowledge group is a knowledge-group activity, dated by the world time
 * of its GroupMeetingHeld. The trail records which
 * member organisations were present, not how many people: counts are reported as not recorded.
 */
export const knowledgeEsfActivities: ActivityReporter = {
  categories: ['knowledgeGroup'],
  unitOf: (first) => first.stream,
  report(streams) {
    return streamsOf(streams, 'knowledgeGroup').flatMap(groupActivities);
  },
};

function groupActivities(events: readonly ReportedEvent[]): ReportedActivity[] {
  const founded = events.find((e) => e.type === 'GroupFounded');
  if (!founded) return [];
  const host = (founded.data as GroupEvent<'GroupFounded'>['data']).host;
  const names = new Map<string, { name: string; position: bigint }>([
    [host.code, { name: host.name, position: founded.position }],
  ]);
  for (const e of events) {
    if (e.type !== 'GroupMemberAdmitted') continue;
    const { member } = e.data as GroupEvent<'GroupMemberAdmitted'>['data'];
    names.set(member.code, { name: member.name, position: e.position });
  }
  const rows: ReportedActivity[] = [];
  for (const heldEvent of events.filter((e) => e.type === 'GroupMeetingHeld')) {
    const held = heldEvent.data as GroupEvent<'GroupMeetingHeld'>['data'];
    const own = events.filter((e) => (e.data as { meetingId?: string }).meetingId === held.meetingId);
    const planned = reportedStream<GroupEvent>(own).first('GroupMeetingPlanned');
    rows.push({
      deliverable: 'KNOWLEDGE_GROUP',
      activityId: held.meetingId,
      stream: heldEvent.stream,
      title: `Kunskapsgruppens möte ${planned ? `${planned.term} ${planned.year}` : heldEvent.occurredOn}`,
      format: 'GROUP_MEETING',
      heldOn: heldEvent.occurredOn,
      organiser: host.name,
      organisations: held.present.map((code) => ({
        organisation: code,
        name: names.get(code)?.name ?? null,
        participants: null,
      })),
      namedPeople: [],
      // The host is named by the founding, so its position may come twice: each is cited once.
      sources: [
        founded.position,
        ...held.present.flatMap((code) => names.get(code)?.position ?? []),
        ...own.map((e) => e.position),
      ]
        .filter((p, i, all) => all.indexOf(p) === i)
        .sort((a, b) => Number(a - b)),
    });
  }
  return rows;
}
