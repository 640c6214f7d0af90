import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headsAt } from '@samverkan/audit';
import { EVENT_STORE } from '@samverkan/core';
import type { EventStore, RecordedEvent } from '@samverkan/event-store';
import { stockholmDate } from '@samverkan/core/domain';
import {
  AGREE_ACTION,
  attendedSeminar,
  bothMembersAttending,
  employers,
  RECORD_ATTENDANCE,
  vastWithMembers,
} from '../support/forum-fixtures';
import { heldActivity, RECORD_PARTICIPANTS } from '../support/momentum-fixtures';
import { ok, startTestApp, TestApp } from '../support/test-app';

const SEAL_FIELDS =
  'sealId from to position positionSpace contentHash integrityRoot streams activities decisions reportFormat eventId sealPosition sealedAt reason sealedBy { personId organisation role }';
const SEAL = `mutation($input: SealEsfReportInput!) { sealEsfReport(input: $input) { stream revision replayed commandId seal { ${SEAL_FIELDS} } } }`;
const SEALS = `{ esfSeals { ${SEAL_FIELDS} } }`;
const CITED =
  'eventId position stream type summary reason corrects occurredAt occurredOn recordedAt daysLate lateEntry';
const AMENDMENTS = `query($sealId: String!) { esfReportAmendments(sealId: $sealId) {
  seal { sealId reportFormat } holds contentHolds rootHolds recomputedHash currentHash position
  amendments { section change stream id date title fields { field before after } causes { ${CITED} } }
  recordedAfterSeal { ${CITED} } } }`;

const SG = 'STEERING_GROUP';
const FC = 'FORUM_COORDINATOR';
const guestOf = (e: RecordedEvent) => (e.data as { guests: { personId: string }[] }).guests[0].personId;
const guests = [{ name: 'Gästa Talarsson', organisation: 'Folkhälsomyndigheten' }];
const attendance = (meetingId: string, managers: number) => bothMembersAttending(meetingId, managers, guests);

/** Seal a half-year, then correct an attendance in it and record a late conference: the amendments say exactly that. */
describe('Sealed ESF reports and their amendments', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-seal-'));
  let t: TestApp;
  const ids: Record<string, string> = {};
  let store: EventStore;
  let firstHalf: any;
  let autumn: any;
  const streamEvents = async (stream: string) => store.readStream(stream);

  beforeAll(async () => {
    t = await startTestApp({ dataDir });
    store = t.app.get<EventStore>(EVENT_STORE);
    await vastWithMembers(t.gql, SG, FC, [employers.sahlgrenska, employers.volvo]);
    const meeting = (title: string, date: string) => attendedSeminar(t.gql, FC, title, date, guests);
    ids.meeting = await meeting('Implementering med kvalitet', '2025-02-05');
    ids.autumn = await meeting('Uppstart', '2024-11-12');
    firstHalf = (
      await ok(
        t.gql(SG, SEAL, { input: { from: '2025-01-01', to: '2025-06-30', reason: 'Utbetalningsansökan 2025 H1' } }),
      )
    ).sealEsfReport;
    autumn = (
      await ok(
        t.gql('AUDITOR', SEAL, {
          input: { from: '2024-07-01', to: '2024-12-31', reason: 'Utbetalningsansökan 2024 H2' },
        }),
      )
    ).sealEsfReport;
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records a seal as a decision: the fingerprint of the rows, the position and the integrity root there', async () => {
    const [sealEvent] = await streamEvents(firstHalf.stream);
    expect(firstHalf).toMatchObject({ stream: `esfSeal-${firstHalf.commandId}`, revision: 0, replayed: false });
    expect(firstHalf.seal).toMatchObject({
      sealId: firstHalf.commandId,
      from: '2025-01-01',
      to: '2025-06-30',
      positionSpace: 'sqlite',
      activities: 1,
      decisions: 0,
      reportFormat: 2,
      sealedAt: sealEvent.metadata.occurredAt,
      eventId: sealEvent.id,
      sealPosition: sealEvent.position.toString(),
      reason: 'Utbetalningsansökan 2025 H1',
      sealedBy: { role: SG },
    });
    expect(sealEvent.metadata).toMatchObject({ kind: 'decision', reason: 'Utbetalningsansökan 2025 H1' });
    expect(BigInt(firstHalf.seal.position)).toBe(sealEvent.position - 1n);
    expect(firstHalf.seal.contentHash).toMatch(/^[0-9a-f]{64}$/);
    // The root is the one a digest at that position states.
    expect(firstHalf.seal.integrityRoot).toBe((await headsAt(store, BigInt(firstHalf.seal.position))).root);
    const { esfSeals } = await ok(t.gql('AUDITOR', SEALS));
    expect(esfSeals.map((s: any) => s.sealId)).toEqual([firstHalf.commandId, autumn.commandId]);
    // A retry with the same command id replays the first seal.
    const again = (
      await ok(
        t.gql(SG, SEAL, {
          input: { from: '2025-01-01', to: '2025-06-30', reason: 'igen', commandId: firstHalf.commandId },
        }),
      )
    ).sealEsfReport;
    expect(again).toMatchObject({
      replayed: true,
      seal: { sealId: firstHalf.commandId, reason: 'Utbetalningsansökan 2025 H1' },
    });
  });

  it('lists no amendments for a period nothing changed in, and the seal holds', async () => {
    const { esfReportAmendments } = await ok(t.gql('AUDITOR', AMENDMENTS, { sealId: autumn.commandId }));
    expect(esfReportAmendments).toMatchObject({
      holds: true,
      contentHolds: true,
      rootHolds: true,
      amendments: [],
      recordedAfterSeal: [],
    });
    expect(esfReportAmendments.currentHash).toBe(autumn.seal.contentHash);
  });

  it('lists a corrected attendance, a late-recorded activity and a decision recorded afterwards in a sealed period, each citing the events after the seal', async () => {
    const [recorded] = (await streamEvents(`forumMeeting-${ids.meeting}`)).filter(
      (e) => e.type === 'AttendanceRecorded',
    );
    await ok(
      t.gql(FC, RECORD_ATTENDANCE, {
        input: { ...attendance(ids.meeting, 5), correction: { corrects: recorded.id, reason: 'Två chefer saknades' } },
      }),
    );
    const conference = { kind: 'CONFERENCE', title: 'Sen konferens', date: '2025-05-15' };
    ids.conference = await heldActivity(t, conference, 'Registrerades i efterhand.');
    await ok(
      t.gql(SG, RECORD_PARTICIPANTS, {
        input: { activityId: ids.conference, organisations: [{ organisation: 'AV', other: 4 }] },
      }),
    );
    // Outside both periods: changes nothing sealed.
    await heldActivity(t, { kind: 'TRAINING', title: 'Utbildning', date: '2025-09-10' });
    // Agreed at the February meeting, recorded only now: a decision of the sealed period.
    const agreed = await ok(
      t.gql(FC, AGREE_ACTION, {
        input: {
          meetingId: ids.meeting,
          title: 'Checklista för återgång',
          description: 'Tas fram gemensamt.',
          owner: { organisation: employers.volvo.organisationNumber },
          dueDate: '2025-06-30',
          reason: 'Beslutades vid mötet',
        },
      }),
    );
    const [agreement] = await streamEvents(agreed.agreeJointAction.stream);

    const cite = (events: RecordedEvent[]) =>
      events.map((e) =>
        expect.objectContaining({ eventId: e.id, position: e.position.toString(), stream: e.stream, type: e.type }),
      );
    const meetingEvents = await streamEvents(`forumMeeting-${ids.meeting}`);
    const correction = meetingEvents.at(-1)!;
    const conferenceEvents = await streamEvents(`projectActivity-${ids.conference}`);

    const { esfReportAmendments } = await ok(t.gql(SG, AMENDMENTS, { sealId: firstHalf.commandId }));
    expect(esfReportAmendments).toMatchObject({
      holds: true,
      contentHolds: true,
      rootHolds: true,
      recomputedHash: firstHalf.seal.contentHash,
    });
    expect(esfReportAmendments.currentHash).not.toBe(firstHalf.seal.contentHash);
    expect(esfReportAmendments.amendments).toEqual([
      {
        section: 'ACTIVITY',
        change: 'CHANGED',
        stream: `forumMeeting-${ids.meeting}`,
        id: ids.meeting,
        date: '2025-02-05',
        title: 'Implementering med kvalitet',
        fields: [
          { field: 'participants.managers', before: '4', after: '6' },
          { field: 'participants.total', before: '9', after: '11' },
          { field: `organisations[${employers.sahlgrenska.organisationNumber}].managers`, before: '3', after: '5' },
          // Recording the attendance again registered the guest again: the line names the new person id.
          {
            field: 'namedPeople',
            before: `${guestOf(recorded)} (Folkhälsomyndigheten)`,
            after: `${guestOf(correction)} (Folkhälsomyndigheten)`,
          },
          {
            field: 'sources',
            before: expect.any(String),
            after: expect.stringContaining(correction.position.toString()),
          },
        ],
        causes: cite([correction]),
      },
      {
        section: 'ACTIVITY',
        change: 'ADDED',
        stream: `projectActivity-${ids.conference}`,
        id: ids.conference,
        date: '2025-05-15',
        title: 'Sen konferens',
        fields: [],
        causes: cite(conferenceEvents),
      },
      {
        section: 'DECISION',
        change: 'ADDED',
        stream: agreement.stream,
        id: agreement.id,
        date: '2025-02-05',
        title: expect.any(String),
        fields: [],
        causes: cite([agreement]),
      },
    ]);
    expect(esfReportAmendments.amendments[0].causes[0]).toMatchObject({
      corrects: recorded.id,
      reason: 'Två chefer saknades',
    });
    expect(
      (await ok(t.gql('AUDITOR', AMENDMENTS, { sealId: autumn.commandId }))).esfReportAmendments.amendments,
    ).toEqual([]);

    // Every event recorded after the seal that happened in its period, with both dates, each a late entry:
    // not the activity planned today, nor the training held after the period.
    const today = stockholmDate(new Date());
    const held = conferenceEvents.filter((e) => e.type !== 'ActivityPlanned');
    const late = (e: RecordedEvent, on: string) => ({
      eventId: e.id,
      type: e.type,
      occurredOn: on,
      occurredAt: e.metadata.occurredAt,
      recordedAt: e.recordedAt.toISOString(),
      lateEntry: true,
      daysLate: Math.round((Date.parse(today) - Date.parse(on)) / 86_400_000),
    });
    expect(esfReportAmendments.recordedAfterSeal).toEqual([
      expect.objectContaining(late(correction, '2025-02-05')),
      ...held.map((e) => expect.objectContaining(late(e, '2025-05-15'))),
      expect.objectContaining(late(agreement, '2025-02-05')),
    ]);
    expect(esfReportAmendments.amendments[1].causes).toEqual(
      conferenceEvents.map((e) => expect.objectContaining({ lateEntry: e.type !== 'ActivityPlanned' })),
    );
  }, 60_000);

  it('refuses other roles, an unknown seal, and a period that ends before it starts', async () => {
    expect((await t.gql('DASHBOARD', SEALS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(FC, SEAL, { input: { from: '2025-01-01', to: '2025-06-30', reason: 'x' } })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql('AUDITOR', AMENDMENTS, { sealId: 'no-such-seal' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const backwards = await t.gql(SG, SEAL, { input: { from: '2025-06-30', to: '2025-01-01', reason: 'x' } });
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const noReason = await t.gql(SG, SEAL, { input: { from: '2025-01-01', to: '2025-06-30', reason: ' ' } });
    expect(noReason.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|DOMAIN_RULE_VIOLATION/);
  });

  it('says the trail was altered when a stored count up to the seal was changed in the file', async () => {
    await t.close();
    const file = join(dataDir, 'events.sqlite');
    const db = new Database(file);
    // Everything into the main file first: the byte is changed there, not in a write-ahead log.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const target = db
      .prepare("SELECT data FROM events WHERE type = 'AttendanceRecorded' AND stream = ? ORDER BY position LIMIT 1")
      .get(`forumMeeting-${ids.meeting}`) as { data: string };
    db.close();
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from(target.data));
    expect(at).toBeGreaterThan(0);
    const offset = at + target.data.indexOf('"MANAGER":3') + '"MANAGER":'.length;
    bytes[offset] = 0x39; // 3 → 9
    writeFileSync(file, bytes);
    t = await startTestApp({ dataDir });
    const { esfReportAmendments } = await ok(t.gql('AUDITOR', AMENDMENTS, { sealId: firstHalf.commandId }));
    expect(esfReportAmendments).toMatchObject({ holds: false, contentHolds: false });
    expect(esfReportAmendments.recomputedHash).not.toBe(firstHalf.seal.contentHash);
  }, 60_000);
});
