import { useTestApp } from '../support/test-app';
import {
  ADD_ACTIVITY,
  ADOPT,
  AMEND,
  communicationActivity,
  DRAFT,
  draft2025,
  mutation,
  PROGRESS,
  SUBMIT,
  tipRoutineActivity,
} from '../support/plan-fixtures';
import {
  expectEachRefusedWithoutNames,
  expectRefusedWithoutNames,
  namesMarked,
  Refusal,
} from '../support/named-people';

const SG = 'STEERING_GROUP';
const RETURN = mutation('returnCollaborationPlanToDraft', 'PlanDecisionInput');
const FOLLOW_UP = mutation('followUpCollaborationPlan', 'FollowUpCollaborationPlanInput');
const CLOSE = mutation('closeCollaborationPlan', 'PlanDecisionInput');

type Decision = ReturnType<typeof decision>;
/** A decision taken by two members whose names carry the marker. */
const decision = (marker: string, decisionId: string, decidedAt: string) => ({
  decisionId,
  decidedAt,
  decidedBy: [
    { name: `Anna ${marker}`, organisation: 'FK' },
    { name: `Bertil ${marker}`, organisation: 'AV' },
  ],
  what: `Beslut ${decisionId}`,
  minutesReference: `Protokoll ${decisionId}`,
});

/**
 * Issue 20: a steering group decision's members reach the person directory only with the decision.
 * For every plan mutation with decidedBy: a refusal (domain rule, a role that may not, a stale
 * revision, a validation error) names no one; a success names exactly its members.
 */
describe('Names of decision members in plan requests', () => {
  const t = useTestApp();
  let revision: number;
  const send = async (query: string, input: Record<string, unknown>) => {
    const res = await t.gql(SG, query, { input });
    expect(res.errors).toBeUndefined();
    revision = (Object.values(res.data)[0] as { revision: number }).revision;
  };

  /** One decision mutation, and the refusals of its own beside those every decision mutation has. */
  interface DecisionCase {
    query: string;
    marker: string;
    input: (d: Decision) => Record<string, unknown>;
    at: string;
    /** The refusal while the plan is not ready for this decision, and the request that makes it ready. */
    notYet?: [expected: string, makeReady: () => Promise<void>];
    own?: [Record<string, unknown>, string][];
  }

  /**
   * The refusals every decision mutation has (a role that may not, a stale revision, an invalid
   * member, a decision dated in the future), the given ones of its own, then the success.
   */
  async function refusedThenDecided({ query, marker, input, at, notYet, own = [] }: DecisionCase) {
    const refused = decision(`${marker}vägrad`, `SG-${marker}`, at);
    if (notYet) {
      await expectRefusedWithoutNames(t, t.gql(SG, query, { input: input(refused) }), notYet[0], `${marker}vägrad`);
      await notYet[1]();
    }
    const thirdMember = { name: `Cilla ${marker}vägrad`, organisation: 'Kommunen' };
    await expectEachRefusedWithoutNames(t, query, `${marker}vägrad`, [
      ['AUDITOR', { input: input(refused) }, 'FORBIDDEN'],
      ['FORUM_COORDINATOR', { input: input(refused) }, 'FORBIDDEN'],
      [SG, { input: { ...input(refused), expectedRevision: revision - 1 } }, 'CONFLICT'],
      [SG, { input: input({ ...refused, decidedBy: [...refused.decidedBy, thirdMember] }) }, 'BAD_USER_INPUT'],
      [SG, { input: input({ ...refused, decidedAt: '2099-01-01T10:00:00Z' }) }, 'DECISION_IN_FUTURE'],
      ...own.map(([change, expected]): Refusal => [SG, { input: { ...input(refused), ...change } }, expected]),
    ]);

    await send(query, { ...input(decision(`${marker}godkänd`, `SG-${marker}`, at)), expectedRevision: revision });
    expect(namesMarked(t, `${marker}godkänd`)).toEqual([`Anna ${marker}godkänd`, `Bertil ${marker}godkänd`]);
    expect(namesMarked(t, `${marker}vägrad`)).toEqual([]);
  }

  beforeAll(async () => {
    await send(DRAFT, draft2025);
    await send(ADD_ACTIVITY, { year: 2025, activity: tipRoutineActivity });
    await send(ADD_ACTIVITY, { year: 2025, activity: communicationActivity });
  });
  /** A decision on the submitted plan: refused while the plan is a draft, then asked again once submitted. */
  const onSubmittedPlan = (query: string, marker: string, reason: string, at: string): DecisionCase => ({
    query,
    marker,
    input: (d) => ({ year: 2025, decision: d, reason }),
    at,
    notYet: ['PLAN_NOT_SUBMITTED', () => send(SUBMIT, { year: 2025 })],
  });

  it('returnCollaborationPlanToDraft: refused while the plan is a draft, and the other refusals; names when returned', () =>
    refusedThenDecided(onSubmittedPlan(RETURN, 'Retur', 'Behöver omarbetas', '2025-02-01T10:00:00Z')));

  it('adoptCollaborationPlan: refused while the plan is a draft, and the other refusals; names when adopted', () =>
    refusedThenDecided(onSubmittedPlan(ADOPT, 'Antag', 'Förankrad', '2025-03-20T10:00:00Z')));

  it('amendCollaborationPlan: refused for an unknown activity and for no amendment given; names when amended', () =>
    refusedThenDecided({
      query: AMEND,
      marker: 'Ändr',
      input: (d) => ({ year: 2025, decision: d, reason: 'Görs inom Momentum', cancelActivityId: 'komm-2025' }),
      at: '2025-06-10T09:00:00Z',
      own: [
        [{ cancelActivityId: 'finns-inte' }, 'ACTIVITY_NOT_FOUND'],
        // Checked after the members were read: no amendment, or two, is an input error.
        [{ cancelActivityId: null }, 'BAD_USER_INPUT'],
        [{ addActivity: { ...tipRoutineActivity, activityId: 'ny-2025' } }, 'BAD_USER_INPUT'],
      ],
    }));

  it('followUpCollaborationPlan: refused for an indicator the activity lacks; names when followed up', () =>
    refusedThenDecided({
      query: FOLLOW_UP,
      marker: 'Uppf',
      input: (d) => ({
        year: 2025,
        decision: d,
        reason: 'Halvårsuppföljning',
        summary: 'Tipsrutinen fungerar',
        indicatorResults: [{ activityId: 'tips-2025', indicator: 'antal tips', result: '25' }],
      }),
      at: '2025-09-01T09:00:00Z',
      own: [
        [
          { indicatorResults: [{ activityId: 'tips-2025', indicator: 'antal möten', result: '3' }] },
          'INDICATOR_NOT_FOUND',
        ],
      ],
    }));

  it('closeCollaborationPlan: refused while an activity is open; names when closed', () =>
    refusedThenDecided({
      query: CLOSE,
      marker: 'Avsl',
      input: (d) => ({ year: 2025, decision: d, reason: 'Året är slut' }),
      at: '2025-12-15T09:00:00Z',
      notYet: [
        'PLAN_HAS_OPEN_ACTIVITIES',
        () => send(PROGRESS, { year: 2025, activityId: 'tips-2025', status: 'DONE', note: '25 tips' }),
      ],
    }));
});
