import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daysLate, startOfStockholmDay, stockholmDate } from '@samverkan/core/domain';
import { coordinatorToken, ESTABLISH, HOLD_MEETING, PLAN_MEETING } from '../support/forum-fixtures';
import { writeLegacyForum } from '../support/legacy-events';
import { ok, startTestApp, TestApp } from '../support/test-app';

const TIMELINE = `query($filter: TimelineFilterInput) { timeline(first: 500, filter: $filter) { edges { node {
  stream type occurredAt occurredFrom occurredDerived recordedAt daysLate lateEntry } } } }`;
const EXPLAIN = `query($cell: FigureCellInput!) { explain(figure: "forumCadence", cell: $cell) { stream type occurredAt } }`;

interface Entry {
  stream: string;
  type: string;
  occurredAt: string;
  occurredFrom: string;
  occurredDerived: boolean;
  recordedAt: string;
  daysLate: number;
  lateEntry: boolean;
}

const DAY_MS = 86_400_000;
const today = stockholmDate(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
const year = Number(today.slice(0, 4)) - 1;
/** Last year and today as Swedes count them, as the web page's date filter sends them. */
const lastYear = {
  occurredFrom: startOfStockholmDay(`${year}-01-01`).toISOString(),
  occurredTo: new Date(startOfStockholmDay(`${year + 1}-01-01`).getTime() - 1).toISOString(),
};
const todayRange = {
  from: startOfStockholmDay(today).toISOString(),
  to: new Date(startOfStockholmDay(daysAgo(-1)).getTime() - 1).toISOString(),
};
const heldOn = `${year}-03-12`;
const legacy = {
  forumId: 'arkiv',
  name: 'Forum Arkiv',
  region: 'Gotland',
  establishedOn: `${year}-01-15`,
  meetingId: 'arkiv-vt',
  heldOn: `${year}-03-19`,
  term: 'VT' as const,
  year,
};

/**
 * The timeline on the world's time: a fact recorded long after it happened is dated by when it
 * happened, found by that date, and marked as a late entry; legacy events are dated from their data.
 */
describe("The audit timeline on the world's time", () => {
  let dataDir: string;
  let t: TestApp;
  let meetingStream: string;

  const timeline = async (filter: Record<string, unknown>): Promise<Entry[]> =>
    (await ok(t.gql('AUDITOR', TIMELINE, { filter }))).timeline.edges.map((e: { node: Entry }) => e.node);
  const only = async (stream: string, type: string) => (await timeline({ stream })).find((e) => e.type === type)!;
  const establish = (forumId: string, region: string, establishedOn: string) =>
    ok(t.gql('STEERING_GROUP', ESTABLISH, { input: { forumId, name: `Forum ${forumId}`, region, establishedOn } }));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-world-time-'));
    await writeLegacyForum(dataDir, legacy);
    t = await startTestApp({ dataDir });
    await establish('vast', 'Västra Götaland', `${year}-01-10`);
    const coordinator = await coordinatorToken(t, 'coord-vast', ['vast']);
    const planned = await ok(
      t.gql(coordinator, PLAN_MEETING, {
        input: {
          forumId: 'vast',
          title: 'Arbetsanpassning i praktiken',
          format: 'SEMINAR',
          term: 'VT',
          year,
          date: heldOn,
          agenda: [],
        },
      }),
    );
    meetingStream = `forumMeeting-${planned.planForumMeeting.meeting.id}`;
    await ok(
      t.gql(coordinator, HOLD_MEETING, {
        input: { meetingId: planned.planForumMeeting.meeting.id, heldOn, minutes: 'Erfarenheter delades.' },
      }),
    );
    await establish('syd', 'Skåne', daysAgo(7));
    await establish('norr', 'Norrbotten', daysAgo(8));
    await establish('mitt', 'Jämtland', today);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('given a meeting held last year and recorded today', () => {
    it('when read, then it is dated by the day it was held, read from heldOn, and marked a late entry', async () => {
      const held = await only(meetingStream, 'MeetingHeld');
      expect(held).toMatchObject({
        occurredAt: startOfStockholmDay(heldOn).toISOString(),
        occurredFrom: 'heldOn',
        occurredDerived: false,
        lateEntry: true,
      });
      expect(stockholmDate(new Date(held.recordedAt))).toBe(today);
      expect(held.daysLate).toBe(daysLate(heldOn, new Date(held.recordedAt)));
      expect(await only(meetingStream, 'MeetingPlanned')).toMatchObject({
        occurredFrom: 'handling',
        daysLate: 0,
        lateEntry: false,
      });
    });

    it("when filtered by last year's dates, then it is found; by today's, it is not, though it was recorded today", async () => {
      expect((await timeline({ stream: meetingStream, ...lastYear })).map((e) => e.type)).toEqual(['MeetingHeld']);
      expect(
        (await timeline({ stream: meetingStream, occurredFrom: todayRange.from, occurredTo: todayRange.to })).map(
          (e) => e.type,
        ),
      ).toEqual(['MeetingPlanned']);
      expect(
        (await timeline({ stream: meetingStream, recordedFrom: todayRange.from, recordedTo: todayRange.to })).map(
          (e) => e.type,
        ),
      ).toEqual(['MeetingPlanned', 'MeetingHeld']);
    });
  });

  describe('given forums founded 7 and 8 days before they were recorded (LATE_ENTRY_DAYS 7, the default)', () => {
    it('then 7 days is on time and 8 days is a late entry', async () => {
      expect(await only('forum-syd', 'ForumEstablished')).toMatchObject({ daysLate: 7, lateEntry: false });
      expect(await only('forum-norr', 'ForumEstablished')).toMatchObject({ daysLate: 8, lateEntry: true });
      expect(await only('forum-mitt', 'ForumEstablished')).toMatchObject({ daysLate: 0, lateEntry: false });
    });

    it('when filtered lateOnly, then exactly the late entries come', async () => {
      const late = await timeline({ module: 'forums', lateOnly: true });
      expect(late.map((e) => `${e.stream} ${e.type}`).sort()).toEqual(
        [
          'forum-arkiv ForumEstablished',
          'forum-norr ForumEstablished',
          'forum-vast ForumEstablished',
          'forumMeeting-arkiv-vt MeetingHeld',
          `${meetingStream} MeetingHeld`,
        ].sort(),
      );
      expect(late.every((e) => e.lateEntry)).toBe(true);
    });
  });

  describe('given events written before the envelope kept the world time (no occurredFrom)', () => {
    it('then the timeline dates them from their data, marked derived, and a plan made on the day keeps its handling time', async () => {
      expect(await only('forumMeeting-arkiv-vt', 'MeetingHeld')).toMatchObject({
        occurredAt: startOfStockholmDay(legacy.heldOn).toISOString(),
        occurredFrom: 'heldOn',
        occurredDerived: true,
        lateEntry: true,
      });
      expect(await only('forum-arkiv', 'ForumEstablished')).toMatchObject({
        occurredFrom: 'establishedOn',
        occurredDerived: true,
      });
      expect(await only('forumMeeting-arkiv-vt', 'MeetingPlanned')).toMatchObject({
        occurredFrom: 'handling',
        occurredDerived: false,
        lateEntry: false,
      });
    });

    it('then explain dates the held meeting behind the cadence by the day it was held, not the day it was loaded', async () => {
      const events = (
        await ok(t.gql('AUDITOR', EXPLAIN, { cell: { year, key: 'arkiv', groupBy: 'VT', measure: 'held' } }))
      ).explain;
      expect(events).toEqual([
        {
          stream: 'forumMeeting-arkiv-vt',
          type: 'MeetingHeld',
          occurredAt: startOfStockholmDay(legacy.heldOn).toISOString(),
        },
      ]);
    });
  });

  describe('when the server restarts with LATE_ENTRY_DAYS 0', () => {
    it("then the same read model marks a fact of 7 days ago as late, with no rebuild, and today's still on time", async () => {
      await t.close();
      t = await startTestApp({ dataDir, env: { LATE_ENTRY_DAYS: '0' } });
      expect(await only('forum-syd', 'ForumEstablished')).toMatchObject({ daysLate: 7, lateEntry: true });
      const late = (await timeline({ module: 'forums', lateOnly: true })).map((e) => e.stream);
      expect(late).toContain('forum-syd');
      expect(late).not.toContain('forum-mitt');
    }, 60_000);
  });
});
