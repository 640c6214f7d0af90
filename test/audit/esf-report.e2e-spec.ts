import { EVENT_STORE } from '@samverkan/core';
import type { EventStore, RecordedEvent } from '@samverkan/event-store';
import {
  bothMembersAttending,
  CANCEL_MEETING,
  employers,
  heldSeminar,
  plannedSeminar,
  RECORD_ATTENDANCE,
  vastWithMembers,
} from '../support/forum-fixtures';
import { ok, useTestApp } from '../support/test-app';
import { CANCEL_ACTIVITY, heldActivity, plannedActivity, RECORD_PARTICIPANTS } from '../support/momentum-fixtures';
import { runCli } from '../support/ts-node';
import { mutationAsking } from '../support/command-mutation';

const FOUND = mutationAsking('foundKnowledgeGroup', 'FoundKnowledgeGroupInput', 'stream');
const ADMIT_MEMBER = mutationAsking('admitGroupMember', 'AdmitGroupMemberInput', 'stream');
const PLAN_GROUP = mutationAsking('planGroupMeeting', 'PlanGroupMeetingInput', 'group { meetings { id } }');
const HOLD_GROUP = mutationAsking('holdGroupMeeting', 'HoldGroupMeetingInput', 'stream');
const REPORT = `query($from: String!, $to: String!) { esfReport(from: $from, to: $to) { from to position
  activities { deliverable activityId stream title format heldOn organiser
    organisations { organisation name participants { managers hr other } }
    participants { managers hr other named total } namedPeople { personId name organisation } sources }
  decisions { decidedOn module stream eventId type summary reason decidedBy { personId organisation role } position }
  activitiesByDeliverable { deliverable activities } participants { managers hr other named total } } }`;

const SG = 'STEERING_GROUP';
const FC = 'FORUM_COORDINATOR';

/** A year of Momentum built through GraphQL, then its ESF report read line by line. */
describe('The ESF report', () => {
  const t = useTestApp();
  let events: RecordedEvent[];
  const ids: Record<string, string> = {};
  const positions = (stream: string, types?: string[]) =>
    events.filter((e) => e.stream === stream && (!types || types.includes(e.type))).map((e) => e.position.toString());

  beforeAll(async () => {
    // A regional forum: two members, a meeting held in the period (its attendance corrected), one before it, one cancelled.
    await vastWithMembers(t.gql, SG, FC, [employers.sahlgrenska, employers.volvo]);
    ids.meeting = await heldSeminar(
      t.gql,
      FC,
      'Implementering med kvalitet',
      '2025-02-05',
      'Checklistan presenterades.',
    );
    const guests = [{ name: 'Gästa Talarsson', organisation: 'Folkhälsomyndigheten' }];
    const attendance = (managers: number) => bothMembersAttending(ids.meeting, managers, guests);
    await ok(t.gql(FC, RECORD_ATTENDANCE, { input: attendance(3) }));
    const [recorded] = await t.app
      .get<EventStore>(EVENT_STORE)
      .readAll({ filter: { eventTypes: ['AttendanceRecorded'] } });
    await ok(
      t.gql(FC, RECORD_ATTENDANCE, {
        input: { ...attendance(5), correction: { corrects: recorded.id, reason: 'Två chefer saknades' } },
      }),
    );
    ids.before = await heldSeminar(t.gql, FC, 'Uppstart', '2024-11-12', 'Uppstart.');
    ids.cancelled = await plannedSeminar(t.gql, FC, 'Workshop', '2025-03-10');
    await ok(t.gql(FC, CANCEL_MEETING, { input: { meetingId: ids.cancelled, reason: 'För få anmälda' } }));

    // The knowledge group: a meeting held with two members present.
    await ok(t.gql(SG, FOUND, { input: { host: { code: 'FK', name: 'Försäkringskassan' }, foundedOn: '2024-09-01' } }));
    await ok(
      t.gql('KNOWLEDGE_GROUP', ADMIT_MEMBER, {
        input: { member: { code: 'FHM', name: 'Folkhälsomyndigheten' }, joinedOn: '2024-09-01' },
      }),
    );
    const planned = await ok(
      t.gql('KNOWLEDGE_GROUP', PLAN_GROUP, {
        input: { term: 'VT', year: 2025, date: '2025-03-12', agenda: ['Metodstöd'] },
      }),
    );
    ids.group = planned.planGroupMeeting.group.meetings[0].id;
    await ok(
      t.gql('KNOWLEDGE_GROUP', HOLD_GROUP, {
        input: { meetingId: ids.group, heldOn: '2025-03-12', present: ['FK', 'FHM'] },
      }),
    );

    // A conference held with participants and a speaker; a web training cancelled.
    const conference = { kind: 'CONFERENCE', title: 'Nationell konferens', date: '2025-04-10' };
    ids.conference = await heldActivity(t, conference, 'Hölls enligt plan.');
    await ok(
      t.gql(SG, RECORD_PARTICIPANTS, {
        input: {
          activityId: ids.conference,
          organisations: [
            { organisation: '556901-2346', managers: 2, hr: 1 },
            { organisation: 'AV', other: 3 },
          ],
          namedParticipants: [{ name: 'Fiktiv Föreläsare', organisation: 'Folkhälsomyndigheten' }],
        },
      }),
    );
    const training = {
      kind: 'WEB_TRAINING',
      title: 'Webbutbildning för chefer',
      date: '2025-05-20',
      place: 'Digitalt',
    };
    ids.training = await plannedActivity(t, training);
    await ok(t.gql(SG, CANCEL_ACTIVITY, { input: { activityId: ids.training, reason: 'Materialet blev inte klart' } }));
    events = await t.app.get<EventStore>(EVENT_STORE).readAll();
  }, 60_000);

  it('lists the activities held in the period, each line with its organisations, counts and source positions', async () => {
    const { esfReport } = await ok(t.gql('AUDITOR', REPORT, { from: '2025-01-01', to: '2026-12-31' }));
    const streamOf = (category: string, id: string) => events.find((e) => e.stream === `${category}-${id}`)!.stream;
    const meetingStream = streamOf('forumMeeting', ids.meeting);
    const admitted = events.filter((e) => e.type === 'MemberAdmitted').map((e) => e.position.toString());
    expect(esfReport.activities).toEqual([
      {
        deliverable: 'REGIONAL_FORUM',
        activityId: ids.meeting,
        stream: meetingStream,
        title: 'Implementering med kvalitet',
        format: 'SEMINAR',
        heldOn: '2025-02-05',
        organiser: 'Forum Väst',
        organisations: [
          {
            organisation: employers.sahlgrenska.organisationNumber,
            name: employers.sahlgrenska.name,
            participants: { managers: 5, hr: 2, other: 0 },
          },
          {
            organisation: employers.volvo.organisationNumber,
            name: employers.volvo.name,
            participants: { managers: 1, hr: 1, other: 1 },
          },
        ],
        participants: { managers: 6, hr: 3, other: 1, named: 1, total: 11 },
        namedPeople: [{ personId: expect.any(String), name: 'Gästa Talarsson', organisation: 'Folkhälsomyndigheten' }],
        sources: [...positions('forum-vast', ['ForumEstablished']), ...admitted, ...positions(meetingStream)],
      },
      {
        deliverable: 'KNOWLEDGE_GROUP',
        activityId: ids.group,
        stream: 'knowledgeGroup-national',
        title: 'Kunskapsgruppens möte VT 2025',
        format: 'GROUP_MEETING',
        heldOn: '2025-03-12',
        organiser: 'Försäkringskassan',
        organisations: [
          { organisation: 'FK', name: 'Försäkringskassan', participants: null },
          { organisation: 'FHM', name: 'Folkhälsomyndigheten', participants: null },
        ],
        participants: { managers: 0, hr: 0, other: 0, named: 0, total: 0 },
        namedPeople: [],
        sources: positions('knowledgeGroup-national', [
          'GroupFounded',
          'GroupMemberAdmitted',
          'GroupMeetingPlanned',
          'GroupMeetingHeld',
        ]),
      },
      {
        deliverable: 'CONFERENCE',
        activityId: ids.conference,
        stream: `projectActivity-${ids.conference}`,
        title: 'Nationell konferens',
        format: 'CONFERENCE',
        heldOn: '2025-04-10',
        organiser: 'FK',
        organisations: [
          { organisation: '556901-2346', name: null, participants: { managers: 2, hr: 1, other: 0 } },
          { organisation: 'AV', name: null, participants: { managers: 0, hr: 0, other: 3 } },
        ],
        participants: { managers: 2, hr: 1, other: 3, named: 1, total: 7 },
        namedPeople: [
          { personId: expect.any(String), name: 'Fiktiv Föreläsare', organisation: 'Folkhälsomyndigheten' },
        ],
        sources: positions(`projectActivity-${ids.conference}`),
      },
    ]);
    expect(esfReport.activitiesByDeliverable).toEqual([
      { deliverable: 'KNOWLEDGE_GROUP', activities: 1 },
      { deliverable: 'REGIONAL_FORUM', activities: 1 },
      { deliverable: 'CONFERENCE', activities: 1 },
      { deliverable: 'TRAINING', activities: 0 },
      { deliverable: 'STUDY_VISIT', activities: 0 },
    ]);
    expect(esfReport.participants).toEqual({ managers: 8, hr: 4, other: 4, named: 2, total: 18 });
    expect(esfReport.position).toBe(events.at(-1)!.position.toString());
  });

  it('lists the decisions taken in the period in the reporting modules, each from its event', async () => {
    const { esfReport } = await ok(t.gql('AUDITOR', REPORT, { from: '2025-01-01', to: '2026-12-31' }));
    const modules = ['forum', 'forumMeeting', 'jointAction', 'knowledgeGroup', 'knowledgeItem', 'projectActivity'];
    const decided = events.filter(
      (e) => e.metadata.kind === 'decision' && modules.some((c) => e.stream.startsWith(`${c}-`)),
    );
    expect(decided.map((e) => e.type)).toEqual(expect.arrayContaining(['MeetingCancelled', 'ActivityCancelled']));
    expect(esfReport.decisions).toEqual(
      decided.map((e) =>
        expect.objectContaining({
          stream: e.stream,
          eventId: e.id,
          type: e.type,
          reason: e.metadata.reason,
          position: e.position.toString(),
          decidedBy: {
            personId: (e.metadata.actor as any).id,
            organisation: (e.metadata.actor as any).organisation,
            role: (e.metadata.actor as any).role,
          },
        }),
      ),
    );
    expect(esfReport.decisions.find((d: any) => d.type === 'ActivityCancelled')).toMatchObject({
      module: 'momentum',
      reason: 'Materialet blev inte klart',
    });
  });

  it('leaves out what was held outside the period, and refuses a period that ends before it starts', async () => {
    const { esfReport } = await ok(t.gql('AUDITOR', REPORT, { from: '2024-07-01', to: '2024-12-31' }));
    expect(esfReport.activities.map((a: any) => a.activityId)).toEqual([ids.before]);
    expect(esfReport.decisions).toEqual([]);
    const backwards = await t.gql('AUDITOR', REPORT, { from: '2025-12-31', to: '2025-01-01' });
    expect(JSON.stringify(backwards.errors?.[0].extensions)).toContain('"to"');
    const badDate = await t.gql('AUDITOR', REPORT, { from: '2025-02-30', to: '2025-03-01' });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (await t.gql('DASHBOARD', REPORT, { from: '2025-01-01', to: '2025-12-31' })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('exports the same lines as CSV and JSON from the CLI', async () => {
    const { esfReport } = await ok(t.gql('AUDITOR', REPORT, { from: '2025-01-01', to: '2026-12-31' }));
    const run = (...args: string[]) => runCli(t.dataDir, ['export', 'esf', ...args]);
    const csv = run('--from', '2025-01-01', '--to', '2026-12-31', '--format', 'csv');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'section,date,deliverable,id,stream,title,format,organiser,organisations,managers,hr,other,named_people,participants_total,decided_by,reason,source_positions',
    );
    expect(lines).toHaveLength(1 + esfReport.activities.length + esfReport.decisions.length);
    esfReport.activities.forEach((a: any, i: number) => {
      expect(lines[1 + i].startsWith(`ACTIVITY,${a.heldOn},${a.deliverable},${a.activityId},${a.stream},`)).toBe(true);
      expect(
        lines[1 + i].endsWith(
          `,${a.participants.managers},${a.participants.hr},${a.participants.other},${a.participants.named},${a.participants.total},,,${a.sources.join(' ')}`,
        ),
      ).toBe(true);
    });
    const json = JSON.parse(run('--from', '2025-01-01', '--to', '2026-12-31', '--format', 'json').stdout);
    expect(json.activities.map((a: any) => [a.activityId, a.sources])).toEqual(
      esfReport.activities.map((a: any) => [a.activityId, a.sources]),
    );
    const bad = run('--from', '2025-13-01', '--to', '2025-12-31');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--from must be a real date');
  }, 60_000);
});
