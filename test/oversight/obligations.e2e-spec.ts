import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandPipeline, EVENT_STORE, eventIdFor, SYSTEM_ACTOR } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { obligationEndpoint, obligationStream, OverdueWatcher } from '@samverkan/oversight';
import { DROP_ACTION } from '../support/forum-fixtures';
import {
  adoptedPlan,
  COUNTS,
  daysFromToday,
  forumWithMeetings,
  jointAction,
  OBLIGATIONS,
  sentTip,
  SG,
  today,
} from '../support/oversight-fixtures';
import { PROGRESS } from '../support/plan-fixtures';
import { ok, startTestApp, TestApp } from '../support/test-app';
import { OUTCOME, RECEIVE } from '../support/tip-fixtures';
import { timelineEntries } from '../support/decisions';

/**
 * The steering group's list of what is owed: obligations arise with the duty, are overdue after
 * their due date (Stockholm), close with what they owe, and go overdue in the timeline once.
 */
describe('Oversight: obligations', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-oversight-'));
  let t: TestApp;
  const ids: Record<string, string> = {};
  const list = async (role: string, filter: Record<string, unknown> = {}, first = 50, after?: string) =>
    (await ok(t.gql(role, OBLIGATIONS, { filter, first, after }))).obligations;
  const nodes = async (filter: Record<string, unknown> = {}) => (await list(SG, filter)).edges.map((e: any) => e.node);
  const idsOf = async (filter: Record<string, unknown>) => (await nodes(filter)).map((o: any) => o.id).sort();
  const systemActions = () =>
    timelineEntries(t, { module: 'oversight' }, 'stream type kind summary data actor { id organisation role }');

  beforeAll(async () => {
    t = await startTestApp({ dataDir });
    ids.tipLate = await sentTip(t, '2025-03-20');
    ids.tipFresh = await sentTip(t, today());
    const {
      coordinator,
      meetingIds: [meetingId],
    } = await forumWithMeetings(t, 'vast', 'Forum Väst', ['2025-02-05']);
    ids.coordinator = coordinator;
    ids.actionLate = await jointAction(t, coordinator, meetingId, 'Gemensam checklista', '2025-06-30', 'FK');
    ids.actionAhead = await jointAction(t, coordinator, meetingId, 'Webbinarium om OSA', daysFromToday(200), 'AV');
    await adoptedPlan(t, 2025);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists every open obligation from the moment the duty arises, with due date, owner and whether it is overdue', async () => {
    const all = await nodes();
    expect(all.map((o: any) => o.id).sort()).toEqual(
      [
        'planActivity_2025_tips',
        `tipOutcome_${ids.tipLate}`,
        `jointAction_${ids.actionLate}`,
        'planActivity_2025_komm',
        `jointAction_${ids.actionAhead}`,
        `tipOutcome_${ids.tipFresh}`,
      ].sort(),
    );
    expect(all).toHaveLength(6);
    const byId = Object.fromEntries(all.map((o: any) => [o.id, o]));
    expect(byId[`tipOutcome_${ids.tipLate}`]).toMatchObject({
      kind: 'TIP_OUTCOME',
      module: 'tips',
      owner: 'AV',
      since: '2025-03-20',
      dueOn: '2025-06-18',
      overdue: true,
      sourceStream: `tip-${ids.tipLate}`,
      overdueRecord: null,
    });
    expect(byId[`tipOutcome_${ids.tipFresh}`]).toMatchObject({
      owner: 'AV',
      since: today(),
      dueOn: daysFromToday(90),
      overdue: false,
      daysOverdue: 0,
    });
    expect(byId[`jointAction_${ids.actionLate}`]).toMatchObject({
      kind: 'JOINT_ACTION',
      module: 'forums',
      owner: 'FK',
      dueOn: '2025-06-30',
      overdue: true,
    });
    expect(byId[`jointAction_${ids.actionAhead}`]).toMatchObject({ owner: 'AV', overdue: false });
    expect(byId.planActivity_2025_komm).toMatchObject({
      kind: 'PLAN_ACTIVITY',
      module: 'plan',
      owner: 'AV',
      since: '2025-02-10',
      dueOn: '2025-11-30',
      overdue: true,
    });
    expect(byId.planActivity_2025_tips).toMatchObject({
      owner: 'JOINT',
      dueOn: '2025-03-31',
      sourceStream: 'plan-2025',
    });
    expect(all.map((o: any) => o.dueOn)).toEqual([...all.map((o: any) => o.dueOn)].sort());
  });

  it('filters on overdue, owner and module, and pages with a cursor', async () => {
    expect(await idsOf({ overdueOnly: true })).toEqual(
      [
        `tipOutcome_${ids.tipLate}`,
        `jointAction_${ids.actionLate}`,
        'planActivity_2025_komm',
        'planActivity_2025_tips',
      ].sort(),
    );
    expect(await idsOf({ owner: 'AV' })).toEqual(
      [
        `tipOutcome_${ids.tipLate}`,
        `tipOutcome_${ids.tipFresh}`,
        `jointAction_${ids.actionAhead}`,
        'planActivity_2025_komm',
      ].sort(),
    );
    expect(await idsOf({ owner: 'AV', overdueOnly: true })).toEqual(
      [`tipOutcome_${ids.tipLate}`, 'planActivity_2025_komm'].sort(),
    );
    expect(await idsOf({ module: 'forums' })).toEqual(
      [`jointAction_${ids.actionLate}`, `jointAction_${ids.actionAhead}`].sort(),
    );

    const first = await list(SG, {}, 4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await list(SG, {}, 4, first.pageInfo.endCursor);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual((await nodes()).map((o: any) => o.id));

    const bad = await t.gql(SG, OBLIGATIONS, { filter: { module: 'momentum' } });
    expect(bad.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    // A client that sends `after: null` for the first page gets the first page, not an internal error.
    const fromNull = await ok(t.gql(SG, OBLIGATIONS, { first: 4, after: null }));
    expect(fromNull.obligations.edges).toEqual(first.edges);
    const alien = await t.gql(SG, OBLIGATIONS, { after: 'bm9wZQ' });
    expect(alien.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('records each overdue obligation once in the timeline, as a system action', async () => {
    const watcher = t.app.get(OverdueWatcher);
    expect(await watcher.checkNow()).toBe(4);
    expect(await watcher.checkNow()).toBe(0);
    const actions = await systemActions();
    expect(actions).toHaveLength(4);
    for (const action of actions) {
      expect(action).toMatchObject({
        type: 'ObligationBecameOverdue',
        kind: 'action',
        actor: { id: 'system', organisation: 'SYSTEM', role: 'SYSTEM' },
      });
      expect(action.stream).toBe(`obligation-${action.data.obligationId}`);
    }
    const komm = actions.find((a: any) => a.data.obligationId === 'planActivity_2025_komm');
    expect(komm.data).toEqual({
      obligationId: 'planActivity_2025_komm',
      module: 'plan',
      kind: 'PLAN_ACTIVITY',
      dueOn: '2025-11-30',
      owner: 'AV',
      sourceStream: 'plan-2025',
    });
    expect(komm.summary).toContain('skulle vara klar 2025-11-30');
    const marked = (await nodes({ overdueOnly: true })).filter((o: any) => o.overdueRecord !== null);
    expect(marked).toHaveLength(4);
    expect((await nodes()).find((o: any) => o.id === `tipOutcome_${ids.tipFresh}`).overdueRecord).toBeNull();
  });

  it('appends nothing when a second replica asks for the same mark (command id from the obligation id)', async () => {
    const obligationId = 'planActivity_2025_komm';
    const commandId = eventIdFor(`oversight.overdue:${obligationId}`, 0);
    const again = await t.app.get(CommandPipeline).send(
      obligationEndpoint,
      {
        type: 'MarkObligationOverdue',
        data: {
          obligationId,
          module: 'plan',
          kind: 'PLAN_ACTIVITY',
          dueOn: '2025-11-30',
          owner: 'AV',
          sourceStream: 'plan-2025',
        },
      },
      { actor: SYSTEM_ACTOR, correlationId: commandId, forums: [] },
      { commandId },
    );
    expect(again.replayed).toBe(true);
    expect(await t.app.get<EventStore>(EVENT_STORE).readStream(obligationStream(obligationId))).toHaveLength(1);
  });

  it('closes an obligation with what it owes, and moves it with a moved due date', async () => {
    await ok(t.gql('AV_INSPECTOR', RECEIVE, { input: { tipId: ids.tipLate, receivedOn: '2025-03-21' } }));
    expect(await idsOf({ module: 'tips', overdueOnly: true })).toEqual([`tipOutcome_${ids.tipLate}`]);
    await ok(
      t.gql('AV_INSPECTOR', OUTCOME, {
        input: { tipId: ids.tipLate, outcome: 'DIRECT_ACTION', action: 'INSPECTION', decidedOn: '2025-09-01' },
      }),
    );
    await ok(
      t.gql(ids.coordinator, DROP_ACTION, {
        input: { jointActionId: ids.actionAhead, droppedOn: today(), reason: 'Ersätts av en konferens' },
      }),
    );
    await ok(
      t.gql(SG, PROGRESS, { input: { year: 2025, activityId: 'tips', status: 'DONE', note: 'Rutinen följd upp' } }),
    );
    await ok(
      t.gql(
        ids.coordinator,
        `mutation($input: ChangeJointActionDueDateInput!) { changeJointActionDueDate(input: $input) { revision } }`,
        {
          input: { jointActionId: ids.actionLate, dueDate: daysFromToday(30), reason: 'Underlaget dröjer' },
        },
      ),
    );
    const open = await nodes();
    expect(open.map((o: any) => o.id).sort()).toEqual(
      [`tipOutcome_${ids.tipFresh}`, `jointAction_${ids.actionLate}`, 'planActivity_2025_komm'].sort(),
    );
    expect(open.find((o: any) => o.id === `jointAction_${ids.actionLate}`)).toMatchObject({
      dueOn: daysFromToday(30),
      overdue: false,
    });
    expect(await idsOf({ overdueOnly: true })).toEqual(['planActivity_2025_komm']);
  });

  it('does not mark anything twice after a restart on the same data', async () => {
    await t.close();
    t = await startTestApp({ dataDir });
    expect(await t.app.get(OverdueWatcher).checkNow()).toBe(0);
    const actions = await systemActions();
    expect(actions).toHaveLength(4);
    expect(new Set(actions.map((a: any) => a.stream)).size).toBe(4);
    const store = t.app.get<EventStore>(EVENT_STORE);
    const streams = (await store.readAll()).filter((e) => e.stream.startsWith('obligation-'));
    expect(streams).toHaveLength(4);
  }, 60_000);

  it('counts open and overdue per module and owner, suppressing 1–4 for the dashboard', async () => {
    const exact = (await ok(t.gql(SG, COUNTS))).obligationCounts;
    expect(exact).toMatchObject({
      today: today(),
      totalOpen: { value: 3 },
      totalOverdue: { value: 1 },
      suppressed: false,
    });
    expect(exact.cells).toEqual(
      expect.arrayContaining([
        {
          module: 'plan',
          owner: 'AV',
          open: { value: 1, suppressed: false, display: '1' },
          overdue: { value: 1, suppressed: false, display: '1' },
        },
      ]),
    );
    const dashboard = (await ok(t.gql('DASHBOARD', COUNTS))).obligationCounts;
    expect(dashboard.suppressed).toBe(true);
    // A total is exact or hidden: hidden where it would give a suppressed cell away.
    expect([
      { value: 3, suppressed: false, display: '3' },
      { value: null, suppressed: true, display: 'dold' },
    ]).toContainEqual(dashboard.totalOpen);
    expect([
      { value: 1, suppressed: false, display: '1' },
      { value: null, suppressed: true, display: 'dold' },
    ]).toContainEqual(dashboard.totalOverdue);
    for (const cell of dashboard.cells) {
      expect(cell.open).toEqual({ value: null, suppressed: true, display: 'färre än 5' });
    }
  });

  it('is FORBIDDEN for a role that may not read it', async () => {
    for (const role of ['FK_CASEWORKER', 'KNOWLEDGE_GROUP', 'DASHBOARD', 'DATA_PROTECTION_OFFICER']) {
      const res = await t.gql(role, OBLIGATIONS, {});
      expect({ role, code: res.errors?.[0].extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
    }
    for (const role of ['AUDITOR', 'COLLABORATION_OFFICER', 'AV_INSPECTOR', 'FORUM_COORDINATOR']) {
      expect({ role, errors: (await t.gql(role, OBLIGATIONS, {})).errors }).toEqual({ role, errors: undefined });
    }
    expect((await t.gql('FK_CASEWORKER', COUNTS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
