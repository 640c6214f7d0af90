import { PersonDirectory, ProjectionRunner } from '@samverkan/core';
import { openScratchProjections, ScratchProjections } from '@samverkan/core/testing/scratch-projections';
import { buildEsfReport, EsfPeriod, LAST_MONTH, participantMonthsUpTo } from '../src';
import { esfProjection, ESF_PROJECTION, ESF_TABLES } from '../src/esf/esf.projection';
import {
  esfReportFromReadModel,
  monthActivities,
  monthsFromReadModel,
  sealDeltaFromReadModel,
} from '../src/esf/esf-read-model';
import { summaryOf } from '../src/participants/participant-months';
import { compareWithSeal, sealOf } from '../src/sealing/esf-amendments';
import { Given, given, reportingCatalog, TODAY, winterDay } from './world-events';

const at = (date: string) => `${date}T09:00:00.000Z`;
const counts = (MANAGER: number, HR: number, OTHER: number) => ({ MANAGER, HR, OTHER });

/** An event recorded on the day it happened (or `recorded` later), its fact on `date`. */
function on(date: string, e: Omit<Given, 'recordedAt' | 'world'>, recorded = at(date)): Given {
  return { ...e, recordedAt: recorded, world: winterDay(date) };
}

const forum = (forumId: string, name: string, date: string): Given =>
  on(date, {
    stream: `forum-${forumId}`,
    type: 'ForumEstablished',
    command: 'EstablishForum',
    data: { forumId, name, region: 'Västra Götaland', capacity: 25, establishedOn: date },
  });
const member = (forumId: string, organisationNumber: string, name: string, date: string): Given =>
  on(date, {
    stream: `forum-${forumId}`,
    type: 'MemberAdmitted',
    command: 'AdmitMember',
    data: { forumId, employer: { organisationNumber, name }, joinedOn: date },
  });
const meetingPlanned = (meetingId: string, forumId: string, date: string): Given =>
  on(date, {
    stream: `forumMeeting-${meetingId}`,
    type: 'MeetingPlanned',
    command: 'PlanMeeting',
    data: {
      meetingId,
      forumId,
      title: `Möte ${meetingId}`,
      format: 'SEMINAR',
      term: 'HT',
      year: 2024,
      date,
      agenda: [],
    },
  });
const meetingHeld = (meetingId: string, forumId: string, date: string, recorded?: string): Given =>
  on(
    date,
    {
      stream: `forumMeeting-${meetingId}`,
      type: 'MeetingHeld',
      command: 'HoldMeeting',
      data: { meetingId, forumId, heldOn: date, minutes: 'Hölls.' },
    },
    recorded,
  );
const attendance = (meetingId: string, forumId: string, date: string, managers: number): Given =>
  on(date, {
    stream: `forumMeeting-${meetingId}`,
    type: 'AttendanceRecorded',
    command: 'RecordAttendance',
    data: {
      meetingId,
      forumId,
      members: [
        { organisationNumber: '556000-0001', participants: counts(managers, 1, 2) },
        { organisationNumber: '556000-0002', participants: counts(1, 0, 0) },
      ],
      guests: [{ personId: 'p-guest', organisation: 'AV' }],
    },
  });
const group: Given[] = [
  on('2024-05-02', {
    stream: 'knowledgeGroup-kg',
    type: 'GroupFounded',
    command: 'FoundGroup',
    data: { groupId: 'kg', host: { code: 'FK', name: 'Försäkringskassan' }, foundedOn: '2024-05-02' },
  }),
  on('2024-05-03', {
    stream: 'knowledgeGroup-kg',
    type: 'GroupMemberAdmitted',
    command: 'AdmitGroupMember',
    data: { groupId: 'kg', member: { code: 'AV', name: 'Arbetsmiljöverket' }, joinedOn: '2024-05-03' },
  }),
];
const groupMeeting = (meetingId: string, date: string, present: string[]): Given[] => [
  on(date, {
    stream: 'knowledgeGroup-kg',
    type: 'GroupMeetingPlanned',
    command: 'PlanGroupMeeting',
    data: { groupId: 'kg', meetingId, term: 'HT', year: 2024, date, agenda: [] },
  }),
  on(date, {
    stream: 'knowledgeGroup-kg',
    type: 'GroupMeetingHeld',
    command: 'HoldGroupMeeting',
    data: { groupId: 'kg', meetingId, heldOn: date, present },
  }),
];
const activity = (activityId: string, date: string, others: number): Given[] => [
  on(date, {
    stream: `projectActivity-${activityId}`,
    type: 'ActivityPlanned',
    command: 'PlanActivity',
    data: {
      activityId,
      kind: 'CONFERENCE',
      title: `Konferens ${activityId}`,
      organiser: 'Momentum',
      date,
      place: 'Göteborg',
      expectedParticipants: 40,
    },
  }),
  on(date, {
    stream: `projectActivity-${activityId}`,
    type: 'ActivityHeld',
    command: 'HoldActivity',
    data: { activityId, heldOn: date, summary: 'Hölls.' },
  }),
  participants(activityId, date, others),
];
const participants = (activityId: string, date: string, others: number): Given =>
  on(date, {
    stream: `projectActivity-${activityId}`,
    type: 'ParticipantsRecorded',
    command: 'RecordParticipants',
    data: {
      activityId,
      organisations: [{ organisation: '556000-0003', participants: counts(2, 2, others) }],
      namedParticipants: [{ personId: 'p-speaker', organisation: 'FK' }],
    },
  });
const planDecision: Given = {
  stream: 'plan-2024',
  type: 'PlanAdopted',
  command: 'AdoptPlan',
  recordedAt: at('2024-06-10'),
  world: { at: '2024-06-10T08:00:00.000Z', from: 'decision.decidedAt' },
  decision: 'Förankrad',
  data: {
    year: 2024,
    decision: {
      decisionId: 'SG-2024-01',
      decidedAt: '2024-06-10T10:00:00+02:00',
      decidedBy: [],
      what: 'Planen antas.',
      minutesReference: 'Protokoll SG-2024-01',
    },
    activityIds: [],
  },
};
const monthReport = (month: string, contentHash: string, follows: string | null): Given => ({
  stream: `participantMonth-${month}`,
  type: 'ParticipantMonthReported',
  command: 'ReportParticipantMonth',
  recordedAt: TODAY,
  world: { at: TODAY, from: 'handling' },
  decision: `Månadsrapportering av deltagare för ${month}`,
  data: {
    month,
    contentHash,
    position: null,
    positionSpace: 'sqlite',
    activities: 0,
    participants: 0,
    follows,
    rereport: false,
  },
});

/**
 * Given Momentum's modules' events one by one, in an order where rows depend on later events (a
 * meeting held before its forum is established, members admitted after the meeting that names
 * them, attendance corrected, a meeting recorded months late), the ESF read model gives after
 * every event what the report folded from the events at that position gives: the report for
 * several periods, every month's standing and fingerprint, and each month's rows.
 */
describe('The ESF read model against the report from the events', () => {
  let scratch: ScratchProjections;
  let runner: ProjectionRunner;
  const catalog = reportingCatalog();
  const persons = {
    displayName: (id: string) => (id === 'p-guest' ? 'Gästen' : id === 'p-sg' ? 'Ordföranden' : null),
  } as unknown as PersonDirectory;
  const deps = () => ({ store: scratch.store, catalog, persons });
  const reading = () => ({
    db: scratch.readModels.db,
    position: runner.checkpointsByProjection.get(ESF_PROJECTION) ?? null,
    positionSpace: scratch.store.positionSpace,
    persons,
  });
  const periods: EsfPeriod[] = [
    { from: '2024-01-01', to: '2024-12-31' },
    { from: '2024-09-01', to: '2024-09-30' },
    { from: '2024-06-10', to: '2024-06-10' },
    { from: '2025-01-01', to: '2025-12-31' },
  ];

  beforeEach(async () => {
    scratch = openScratchProjections();
    runner = new ProjectionRunner(scratch.store, scratch.readModels, catalog, [esfProjection(catalog)]);
    await runner.start();
  });
  afterEach(async () => {
    await runner.stop();
    await scratch.close();
  });

  async function append(events: Given[]): Promise<void> {
    await given(scratch.store, events);
    await runner.waitFor(await scratch.store.headPosition(), 10_000);
  }

  async function expectSameAsEvents(): Promise<void> {
    const r = reading();
    expect(r.position).toBe(await scratch.store.headPosition());
    for (const period of periods) {
      expect(esfReportFromReadModel(r, period)).toEqual(await buildEsfReport(deps(), period, { upTo: r.position! }));
    }
    const fromEvents = await participantMonthsUpTo(deps(), LAST_MONTH);
    expect(monthsFromReadModel(r, LAST_MONTH)).toEqual(fromEvents.months.map(summaryOf));
    for (const month of fromEvents.months) expect(monthActivities(r, month.month)).toEqual(month.activities);
  }

  // A correction replaces September's attendance.
  const correction = attendance('m1', 'vast', '2024-09-12', 5);
  const history: Given[] = [
    meetingPlanned('m1', 'vast', '2024-09-10'),
    meetingHeld('m1', 'vast', '2024-09-12'),
    attendance('m1', 'vast', '2024-09-12', 3),
    // The forum and its members come after the meeting whose row names them.
    forum('vast', 'Forum Väst', '2024-05-15'),
    member('vast', '556000-0001', 'Verkstaden AB', '2024-05-16'),
    ...group,
    ...groupMeeting('g1', '2024-09-20', ['FK', 'AV']),
    ...groupMeeting('g2', '2024-09-20', ['FK']),
    ...activity('a1', '2024-10-03', 10),
    planDecision,
    member('vast', '556000-0002', 'Vården i Väst', '2024-10-05'),
    // Held in November, recorded in February: the month it counts in changes then.
    meetingPlanned('m2', 'vast', '2024-11-05'),
    meetingHeld('m2', 'vast', '2024-11-06', at('2025-02-14')),
    attendance('m2', 'vast', '2024-11-06', 1),
    correction,
    participants('a1', '2024-10-03', 12),
    meetingPlanned('m3', 'norr', '2025-03-01'),
    meetingHeld('m3', 'norr', '2025-03-02'),
  ];

  it('gives after every event what the events give at its position', async () => {
    for (const event of history) {
      await append([event]);
      await expectSameAsEvents();
    }
    expect(monthsFromReadModel(reading(), '2024-11').at(-1)).toMatchObject({ month: '2024-11', activities: 1 });
  });

  it("keeps each month's latest report, so the standings follow reports, corrections and re-reports", async () => {
    await append(history.slice(0, history.indexOf(correction)));
    // As the endpoint reports a month: its fingerprint now, following the month before's latest report.
    const report = async (month: string) => {
      const months = (await participantMonthsUpTo(deps(), month)).months;
      await append([monthReport(month, months.at(-1)!.contentHash, months.at(-2)?.report?.eventId ?? null)]);
    };
    for (const month of ['2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10']) await report(month);
    expect(monthsFromReadModel(reading(), '2024-10').map((m) => m.status)).toEqual(Array(6).fill('REPORTED'));
    expect(monthsFromReadModel(reading(), '2024-09').at(-1)).toMatchObject({ reportedBy: { name: 'Ordföranden' } });
    await expectSameAsEvents();
    // The correction of September's attendance: September changed, October follows a stale report.
    await append([correction]);
    expect(
      monthsFromReadModel(reading(), '2024-10')
        .slice(-2)
        .map((m) => [m.status, m.because]),
    ).toEqual([
      ['NEEDS_REREPORT', 'CHANGED'],
      ['NEEDS_REREPORT', 'EARLIER_MONTH'],
    ]);
    await expectSameAsEvents();
    await report('2024-09');
    expect(monthsFromReadModel(reading(), '2024-10').slice(-2)).toMatchObject([
      { status: 'REPORTED', report: { reports: 2 } },
      { status: 'NEEDS_REREPORT', because: 'EARLIER_MONTH' },
    ]);
    await expectSameAsEvents();
  });

  it('sums and fingerprints again only the months whose rows changed', async () => {
    await append(history);
    const db = scratch.readModels.db;
    db.exec(`CREATE TABLE month_writes (month TEXT);
      CREATE TRIGGER month_written AFTER INSERT ON ${ESF_TABLES.months} BEGIN INSERT INTO month_writes VALUES (new.month); END;`);
    const written = () =>
      (db.prepare('SELECT month FROM month_writes').all() as Array<{ month: string }>).map((r) => r.month);
    // The knowledge group is one unit: a meeting in December leaves its September meetings' month alone.
    await append(groupMeeting('g3', '2024-12-04', ['AV']));
    expect(written()).toEqual(['2024-12']);
    // A meeting planned but not yet held changes no row.
    await append([meetingPlanned('m4', 'vast', '2025-04-01')]);
    expect(written()).toEqual(['2024-12']);
    await expectSameAsEvents();
  });

  it("gives a seal's amendments from what changed after it, as the events give them, after every later event", async () => {
    const seals: string[] = [];
    // A seal's position is the head its report was read at; others' events may come before its own.
    const seal = async (sealId: string, from: string, to: string, eventsBefore = 0) => {
      const position = ((await scratch.store.headPosition())! - BigInt(eventsBefore)).toString();
      const data = {
        ...{ sealId, from, to, position, positionSpace: scratch.store.positionSpace, contentHash: 'h' },
        ...{ integrityRoot: 'r', streams: 0, activities: 0, decisions: 0, reportFormat: 2 },
      };
      const command = { stream: `esfSeal-${sealId}`, type: 'EsfReportSealed', command: 'SealEsfReport' };
      await append([
        { ...command, recordedAt: TODAY, world: { at: TODAY, from: 'handling' }, decision: 'Försegla', data },
      ]);
      seals.push(sealId);
    };
    const lateDeps = () => ({ ...deps(), lateEntryDays: 7 });
    const rest = history.slice(8);
    await append(history.slice(0, 8));
    await seal('autumn', '2024-09-01', '2024-12-31');
    for (const [i, event] of rest.entries()) {
      await append([event]);
      if (i === 3) await seal('year', '2024-01-01', '2024-12-31');
      if (i === 6) await seal('lagging', '2024-01-01', '2024-12-31', 3);
      for (const sealId of seals) {
        const fromReadModel = await compareWithSeal(lateDeps(), sealId, reading);
        expect(fromReadModel).toEqual(await compareWithSeal(lateDeps(), sealId));
      }
    }
    // The read model answered (not the events, as it does for a seal it has not seen), folding
    // only the units that changed after the seal: one correction after a seal of the whole year
    // reads its forum's rows, not the knowledge group's or the activity's.
    await seal('final', '2024-01-01', '2024-12-31');
    await append([attendance('m1', 'vast', '2024-09-12', 7)]);
    const final = await sealOf(deps(), 'final');
    const delta = sealDeltaFromReadModel(reading(), catalog.esfReporters(), final)!;
    expect(delta.sealed.activities.map((a) => a.activityId)).toEqual(['m1', 'm2']);
    const whole = await buildEsfReport(deps(), final, { upTo: final.position });
    expect(whole.activities.length).toBeGreaterThan(2);
    const corrected = await compareWithSeal(lateDeps(), 'final', reading);
    expect(corrected).toEqual(await compareWithSeal(lateDeps(), 'final'));
    expect(corrected.amendments.map((a) => [a.change, a.id, a.fields.map((f) => f.field)])).toEqual([
      [
        'CHANGED',
        'm1',
        ['participants.managers', 'participants.total', 'organisations[556000-0001].managers', 'sources'],
      ],
    ]);
    const autumn = await compareWithSeal(lateDeps(), 'autumn', reading);
    expect(autumn.amendments.map((a) => [a.change, a.id])).toEqual(
      expect.arrayContaining([
        ['CHANGED', 'm1'],
        ['ADDED', 'a1'],
        ['ADDED', 'm2'],
      ]),
    );
    expect(autumn.recordedAfterSeal.length).toBeGreaterThan(3);
  });

  it('changes nothing when an event is applied again, and a rebuild gives the same tables', async () => {
    await append(history);
    const tables = () =>
      Object.values(ESF_TABLES).map((t) => scratch.readModels.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all());
    const before = tables();
    const projection = esfProjection(catalog);
    const events = await scratch.store.readAll({});
    for (const e of events.slice(-5)) projection.apply(scratch.readModels.db, { ...e, data: catalog.currentData(e) });
    projection.endBatch!(scratch.readModels.db);
    expect(tables()).toEqual(before);
    await runner.stop();
    await runner.rebuild();
    expect(tables()).toEqual(before);
  });
});
