import { useTestApp } from '../support/test-app';
import {
  ADD_ACTIVITY,
  ADOPT,
  AMEND,
  communicationActivity,
  decision,
  DRAFT,
  draft2025,
  PLAN_FIELDS,
  PROGRESS,
  SUBMIT,
  tipRoutineActivity,
} from '../support/plan-fixtures';

const TIMELINE = `query($filter: TimelineFilterInput, $first: Int, $after: String) {
  timeline(filter: $filter, first: $first, after: $after) {
    edges { cursor node { position stream revision type kind occurredAt recordedAt reason correlationId causationId commandId summary data
      actor { id name organisation role } } }
    pageInfo { hasNextPage endCursor } } }`;

describe('The 2025 plan, from draft to follow-up, as the steering group and an auditor see it', () => {
  const t = useTestApp();

  it('drafts, fills, submits, adopts, amends and records progress through GraphQL', async () => {
    const SG = 'STEERING_GROUP';
    const drafted = await t.gql(SG, DRAFT, { input: draft2025 });
    expect(drafted.errors).toBeUndefined();
    expect(drafted.data.draftCollaborationPlan.plan).toMatchObject({
      year: 2025,
      status: 'DRAFT',
      diaryNumbers: { av: '2025/005661', fk: '2025/002400' },
    });

    for (const activity of [tipRoutineActivity, communicationActivity]) {
      const added = await t.gql(SG, ADD_ACTIVITY, { input: { year: 2025, activity } });
      expect(added.errors).toBeUndefined();
    }
    expect((await t.gql(SG, SUBMIT, { input: { year: 2025 } })).data.submitCollaborationPlan.plan.status).toBe(
      'SUBMITTED',
    );

    const adopted = await t.gql(SG, ADOPT, {
      input: {
        year: 2025,
        decision: decision('SG-2025-01', 'Planen antas'),
        reason: 'Planen är förankrad hos båda myndigheterna',
      },
    });
    expect(adopted.errors).toBeUndefined();
    const plan = adopted.data.adoptCollaborationPlan.plan;
    expect(plan.status).toBe('ADOPTED');
    expect(plan.decisions[0]).toMatchObject({
      decisionId: 'SG-2025-01',
      recordedAs: 'PlanAdopted',
      reason: 'Planen är förankrad hos båda myndigheterna',
      decidedBy: [
        { name: 'Anna Andersson', organisation: 'FK' },
        { name: 'Bertil Berg', organisation: 'AV' },
      ],
    });

    const amended = await t.gql(SG, AMEND, {
      input: {
        year: 2025,
        decision: decision('SG-2025-02', 'Kommunikationsinsatsen utgår', '2025-06-10T09:00:00Z'),
        reason: 'Insatsen görs i stället inom Momentum',
        cancelActivityId: 'komm-2025',
      },
    });
    expect(amended.errors).toBeUndefined();
    expect(amended.data.amendCollaborationPlan.plan.activities[1]).toMatchObject({
      activityId: 'komm-2025',
      status: 'CANCELLED',
      cancellationReason: 'Insatsen görs i stället inom Momentum',
    });

    const progressed = await t.gql(SG, PROGRESS, {
      input: { year: 2025, activityId: 'tips-2025', status: 'DONE', note: '113 impulser, 25 tips, 5 direkta åtgärder' },
    });
    expect(progressed.errors).toBeUndefined();
    expect(progressed.data.recordActivityProgress.revision).toBe(6);
    expect(progressed.data.recordActivityProgress.plan.activities[0]).toMatchObject({
      status: 'DONE',
      progress: [{ status: 'DONE' }],
    });

    const read = await t.gql('FK_CASEWORKER', `{ collaborationPlan(year: 2025) { ${PLAN_FIELDS} } }`);
    expect(read.data.collaborationPlan.revision).toBe(6);
  });

  it('gives the auditor the complete ordered timeline of who did what, when and why', async () => {
    const res = await t.gql('AUDITOR', TIMELINE, { filter: { module: 'plan' }, first: 50 });
    expect(res.errors).toBeUndefined();
    const entries = res.data.timeline.edges.map((e: any) => e.node);
    expect(entries.map((e: any) => e.type)).toEqual([
      'PlanDrafted',
      'ActivityAdded',
      'ActivityAdded',
      'PlanSubmitted',
      'PlanAdopted',
      'PlanAmended',
      'ActivityProgressRecorded',
    ]);
    const positions = entries.map((e: any) => BigInt(e.position));
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    expect(entries.map((e: any) => e.revision)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const entry of entries) {
      expect(entry.actor).toEqual({
        id: 'dev-steering-group',
        name: 'Demo steering_group',
        organisation: 'FK',
        role: 'STEERING_GROUP',
      });
      expect(entry.correlationId).toEqual(expect.any(String));
      expect(entry.causationId).toBe(entry.commandId);
      expect(entry.summary.length).toBeGreaterThan(10);
    }
    const adoption = entries[4];
    expect(adoption).toMatchObject({ kind: 'decision', reason: 'Planen är förankrad hos båda myndigheterna' });
    expect(adoption.summary).toMatch(/antogs/);
    expect(entries[1]).toMatchObject({ kind: 'action', reason: null });
    // Names are personal data: the event carries person ids only.
    expect(JSON.stringify(adoption.data)).not.toMatch(/Anna Andersson/);
  });

  it('pages the timeline with cursors and filters it by kind and entity', async () => {
    const first = await t.gql('AUDITOR', TIMELINE, { first: 3 });
    expect(first.data.timeline.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql('AUDITOR', TIMELINE, { first: 3, after: first.data.timeline.pageInfo.endCursor });
    expect(next.data.timeline.edges[0].node.revision).toBe(3);

    const decisions = await t.gql('STEERING_GROUP', TIMELINE, { filter: { kind: 'decision' } });
    expect(decisions.data.timeline.edges.map((e: any) => e.node.type)).toEqual(['PlanAdopted', 'PlanAmended']);

    const history = await t.gql(
      'AUDITOR',
      `{ entityHistory(stream: "plan-2025", first: 100) { edges { node { revision type } } } }`,
    );
    expect(history.data.entityHistory.edges).toHaveLength(7);
  });

  it('shows the dashboard role no timeline', async () => {
    const res = await t.gql('DASHBOARD', TIMELINE, {});
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
