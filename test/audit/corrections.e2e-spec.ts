import { EVENT_STORE } from '@samverkan/core';
import type { EventStore, RecordedEvent } from '@samverkan/event-store';
import { seedForums } from '@samverkan/demo';
import { RECORD_ATTENDANCE } from '../support/forum-fixtures';
import { demoSendOf } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

const HISTORY = `query($stream: String!) { entityHistory(stream: $stream, first: 50) { edges { node {
  eventId position type reason corrects { eventId position reason } correctedBy { eventId position reason } } } } }`;
const AS_OF =
  'query($stream: String!, $revision: Int) { entityAsOf(stream: $stream, revision: $revision) { revision state } }';

interface Attendance {
  members: { organisationNumber: string; participants: { MANAGER: number; HR: number; OTHER: number } }[];
}

describe('Corrections: a new event citing the one it corrects, with a reason', () => {
  const t = useTestApp();
  let original: RecordedEvent;
  beforeAll(async () => {
    await seedForums(demoSendOf(t));
    const events = await t.app.get<EventStore>(EVENT_STORE).readAll({ filter: { eventTypes: ['AttendanceRecorded'] } });
    original = events[0];
  }, 60_000);

  const corrected = () => {
    const [first, ...rest] = (original.data as Attendance).members;
    return [
      {
        organisationNumber: first.organisationNumber,
        managers: first.participants.MANAGER + 2,
        hr: first.participants.HR,
        other: 0,
      },
      ...rest.map((m) => ({
        organisationNumber: m.organisationNumber,
        managers: m.participants.MANAGER,
        hr: m.participants.HR,
        other: m.participants.OTHER,
      })),
    ];
  };
  const meetingId = () => (original.data as { meetingId: string }).meetingId;
  /** The coordinator records the meeting's attendance again, as a correction of the event `corrects`. */
  const correct = (corrects: string, reason: string) =>
    t.gql('FORUM_COORDINATOR', RECORD_ATTENDANCE, {
      input: { meetingId: meetingId(), members: corrected(), guests: [], correction: { corrects, reason } },
    });

  it('refuses a correction citing an event the entity does not have, and writes nothing', async () => {
    const before = await t.app.get<EventStore>(EVENT_STORE).readStream(original.stream);
    const res = await correct('00000000-0000-4000-8000-000000000000', 'Fel antal');
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'DOMAIN_RULE_VIOLATION',
      rule: 'CORRECTED_EVENT_NOT_FOUND',
    });
    const empty = await correct(original.id, '');
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(empty.errors?.[0].extensions)).toContain('reason');
    expect(await t.app.get<EventStore>(EVENT_STORE).readStream(original.stream)).toHaveLength(before.length);
  });

  it('shows both events in the timeline, linked both ways, and the old value as of before the correction', async () => {
    const res = await correct(original.id, 'Två chefer saknades i närvaron');
    expect(res.errors).toBeUndefined();
    const history = await t.gql('AUDITOR', HISTORY, { stream: original.stream });
    const nodes = history.data.entityHistory.edges.map((e: any) => e.node);
    const kept = nodes.find((n: any) => n.eventId === original.id);
    const correction = nodes.at(-1);
    expect(correction).toMatchObject({
      type: 'AttendanceRecorded',
      corrects: {
        eventId: original.id,
        position: original.position.toString(),
        reason: 'Två chefer saknades i närvaron',
      },
      correctedBy: [],
    });
    expect(kept).toMatchObject({
      corrects: null,
      correctedBy: [
        { eventId: correction.eventId, position: correction.position, reason: 'Två chefer saknades i närvaron' },
      ],
    });

    const managersOf = (state: any) => state.attendance.members[0].participants.MANAGER;
    const before = await t.gql('AUDITOR', AS_OF, { stream: original.stream, revision: original.revision });
    const now = await t.gql('AUDITOR', AS_OF, { stream: original.stream });
    const first = (original.data as Attendance).members[0].participants.MANAGER;
    expect(managersOf(before.data.entityAsOf.state)).toBe(first);
    expect(managersOf(now.data.entityAsOf.state)).toBe(first + 2);
  });
});
