import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PersonDirectory } from '@samverkan/core';
import { SqliteEventStore } from '@samverkan/event-store';
import {
  buildEsfReport,
  EsfPeriod,
  esfAmendments,
  esfReportHash,
  headsAt,
  LAST_MONTH,
  participantMonthsUpTo,
} from '../src';
import { given, Given, reportingCatalog, TODAY, today, winterDay } from './world-events';

const decision = (decisionId: string, decidedAt: string) => ({
  decisionId,
  decidedAt,
  decidedBy: [],
  what: 'Planen antas.',
  minutesReference: `Protokoll ${decisionId}`,
});
const planned = (meetingId: string, recordedAt: string): Given => ({
  stream: `forumMeeting-${meetingId}`,
  type: 'MeetingPlanned',
  command: 'PlanMeeting',
  recordedAt,
  world: { at: recordedAt, from: 'handling' },
  data: {
    meetingId,
    forumId: 'vast',
    title: `Möte ${meetingId}`,
    format: 'SEMINAR',
    term: 'HT',
    year: 2025,
    date: '2025-11-12',
    agenda: [],
  },
});

/**
 * Given a trail where facts were recorded long after they happened, some before the envelope kept
 * the world's time: the ESF report and the monthly participant report count each by when it
 * happened, and a report sealed by the first format is rebuilt by its own rules.
 */
describe('Reports count by when things happened', () => {
  let dir: string;
  let store: SqliteEventStore;
  const catalog = reportingCatalog();
  const deps = () => ({ store, catalog, persons: { displayName: () => null } as unknown as PersonDirectory });
  const report = (period: EsfPeriod, format?: 1 | 2) => buildEsfReport(deps(), period, { format });
  const lastYear: EsfPeriod = { from: '2025-01-01', to: '2025-12-31' };
  const todayOnly: EsfPeriod = { from: today, to: today };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-reports-world-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    await given(store, [
      {
        stream: 'forum-vast',
        type: 'ForumEstablished',
        command: 'EstablishForum',
        recordedAt: '2024-09-01T08:00:00.000Z',
        world: { at: '2024-08-31T22:00:00.000Z', from: 'establishedOn' },
        data: {
          forumId: 'vast',
          name: 'Forum Väst',
          region: 'Västra Götaland',
          capacity: 25,
          establishedOn: '2024-09-01',
        },
      },
      // Held on 12 November last year, recorded today.
      planned('late', TODAY),
      {
        stream: 'forumMeeting-late',
        type: 'MeetingHeld',
        command: 'HoldMeeting',
        recordedAt: TODAY,
        world: winterDay('2025-11-12'),
        data: { meetingId: 'late', forumId: 'vast', heldOn: '2025-11-12', minutes: 'Hölls.' },
      },
      // Written before the world's time was kept: held on 4 March, handled on 10 March.
      planned('old', '2025-02-20T10:00:00.000Z'),
      {
        stream: 'forumMeeting-old',
        type: 'MeetingHeld',
        command: 'HoldMeeting',
        recordedAt: '2025-03-10T09:00:00.000Z',
        data: { meetingId: 'old', forumId: 'vast', heldOn: '2025-03-04', minutes: 'Hölls.' },
      },
      // Cancelled today: a decision dated by its sending.
      planned('cancelled', TODAY),
      {
        stream: 'forumMeeting-cancelled',
        type: 'MeetingCancelled',
        command: 'CancelMeeting',
        recordedAt: TODAY,
        world: { at: TODAY, from: 'handling' },
        decision: 'För få anmälda',
        data: { meetingId: 'cancelled', forumId: 'vast', reason: 'För få anmälda' },
      },
      // The steering group decided on 20 February last year; it is recorded today.
      {
        stream: 'plan-2025',
        type: 'PlanAdopted',
        command: 'AdoptPlan',
        recordedAt: TODAY,
        world: { at: '2025-02-20T09:00:00.000Z', from: 'decision.decidedAt' },
        decision: 'Förankrad',
        data: { year: 2025, decision: decision('SG-2025-01', '2025-02-20T10:00:00+01:00'), activityIds: [] },
      },
      // Recorded today by a release that kept no world time: only its data says 20 February 2024.
      {
        stream: 'plan-2024',
        type: 'PlanAdopted',
        command: 'AdoptPlan',
        recordedAt: TODAY,
        decision: 'Förankrad',
        data: { year: 2024, decision: decision('SG-2024-01', '2024-02-20T10:00:00+01:00'), activityIds: [] },
      },
      // Likewise: dropped on 1 June last year, by its data.
      {
        stream: 'jointAction-j1',
        type: 'JointActionDropped',
        command: 'DropJointAction',
        recordedAt: TODAY,
        decision: 'Ingen ägare',
        data: { jointActionId: 'j1', forumId: 'vast', droppedOn: '2025-06-01', reason: 'Ingen ägare' },
      },
    ]);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('the ESF report', () => {
    it("lists a meeting held last year but recorded today in last year's period, not in today's", async () => {
      expect((await report(lastYear)).activities.map((a) => [a.activityId, a.heldOn])).toEqual([
        ['old', '2025-03-04'],
        ['late', '2025-11-12'],
      ]);
      expect((await report(todayOnly)).activities).toEqual([]);
    });

    it('lists each decision on the day it was taken: the plan adopted last year and recorded today in last year, the cancellation sent today today', async () => {
      const decided = async (period: EsfPeriod, format?: 1 | 2) =>
        (await report(period, format)).decisions.map((d) => [d.stream, d.decidedOn]);
      expect(await decided(lastYear)).toEqual([
        ['plan-2025', '2025-02-20'],
        ['jointAction-j1', '2025-06-01'],
      ]);
      expect(await decided(todayOnly)).toEqual([['forumMeeting-cancelled', today]]);
    });

    it('dates a decision recorded without its world time from its data', async () => {
      expect(
        (await report({ from: '2024-01-01', to: '2024-12-31' })).decisions.map((d) => [
          d.stream,
          d.decidedOn,
          d.module,
        ]),
      ).toEqual([['plan-2024', '2024-02-20', 'plan']]);
    });

    it('rebuilds a report by the first format, as seals made by it counted: decisions by the stored envelope, none of the plan', async () => {
      const first = async (period: EsfPeriod) =>
        (await report(period, 1)).decisions.map((d) => [d.stream, d.decidedOn]);
      expect(await first(lastYear)).toEqual([]);
      expect(await first(todayOnly)).toEqual([
        ['forumMeeting-cancelled', today],
        ['jointAction-j1', today],
      ]);
      // Activities are dated alike by both formats.
      expect((await report(lastYear, 1)).activities).toEqual((await report(lastYear, 2)).activities);
    });
  });

  describe('monthly participant reporting', () => {
    it('puts each held meeting in the month it was held in, whenever it was recorded', async () => {
      const { months } = await participantMonthsUpTo(deps(), LAST_MONTH);
      const held = months
        .filter((m) => m.activities.length > 0)
        .map((m) => [m.month, m.activities.map((a) => a.activityId)]);
      expect(held).toEqual([
        ['2025-03', ['old']],
        ['2025-11', ['late']],
      ]);
    });
  });

  // Last: it appends the seal to the trail the other cases read.
  describe('a seal made by the first format, before seals recorded theirs', () => {
    it("still holds, its report rebuilt by those rules; the rows today's rules add are listed with no later event to cite", async () => {
      const position = (await store.headPosition())!;
      const sealed = await buildEsfReport(deps(), lastYear, { upTo: position, format: 1 });
      const { root, heads } = await headsAt(store, position);
      await given(store, [
        {
          stream: 'esfSeal-s1',
          type: 'EsfReportSealed',
          command: 'SealEsfReport',
          recordedAt: TODAY,
          world: { at: TODAY, from: 'handling' },
          decision: 'Utbetalningsansökan 4',
          data: {
            sealId: 's1',
            ...lastYear,
            position: position.toString(),
            positionSpace: 'sqlite',
            contentHash: esfReportHash(sealed),
            integrityRoot: root,
            streams: heads.length,
            activities: sealed.activities.length,
            decisions: sealed.decisions.length,
          },
        },
      ]);
      const amended = await esfAmendments({ ...deps(), lateEntryDays: 7 }, 's1');
      expect(amended).toMatchObject({
        seal: { reportFormat: 1 },
        contentHolds: true,
        rootHolds: true,
        holds: true,
        recordedAfterSeal: [],
      });
      expect(amended.amendments.map((r) => [r.section, r.change, r.stream, r.date, r.causes])).toEqual([
        ['DECISION', 'ADDED', 'plan-2025', '2025-02-20', []],
        ['DECISION', 'ADDED', 'jointAction-j1', '2025-06-01', []],
      ]);
    });
  });
});
