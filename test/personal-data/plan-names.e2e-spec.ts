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
import { expectRefusedWithoutNames, namesMarked } from '../support/named-people';

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

  /**
   * The refusals every decision mutation has (a role that may not, a stale revision, an invalid
   * member, a decision dated in the future), the given ones of its own, then the success.
   */
  async function refusedThenDecided(
    query: string,
    marker: string,
    input: (d: Decision) => Record<string, unknown>,
    own: [Record<string, unknown>, string][],
    at: string,
  ) {
    const refused = decision(`${marker}vägrad`, `SG-${marker}`, at);
    const refuse = (role: string, given: Record<string, unknown>, expected: string) =>
      expectRefusedWithoutNames(t, t.gql(role, query, { input: given }), expected, `${marker}vägrad`);
    await refuse('AUDITOR', input(refused), 'FORBIDDEN');
    await refuse('FORUM_COORDINATOR', input(refused), 'FORBIDDEN');
    await refuse(SG, { ...input(refused), expectedRevision: revision - 1 }, 'CONFLICT');
    await refuse(
      SG,
      input({
        ...refused,
        decidedBy: [...refused.decidedBy, { name: `Cilla ${marker}vägrad`, organisation: 'Kommunen' }],
      }),
      'BAD_USER_INPUT',
    );
    await refuse(SG, input({ ...refused, decidedAt: '2099-01-01T10:00:00Z' }), 'DECISION_IN_FUTURE');
    for (const [change, expected] of own) await refuse(SG, { ...input(refused), ...change }, expected);

    await send(query, { ...input(decision(`${marker}godkänd`, `SG-${marker}`, at)), expectedRevision: revision });
    expect(namesMarked(t, `${marker}godkänd`)).toEqual([`Anna ${marker}godkänd`, `Bertil ${marker}godkänd`]);
    expect(namesMarked(t, `${marker}vägrad`)).toEqual([]);
  }

  beforeAll(async () => {
    await send(DRAFT, draft2025);
    await send(ADD_ACTIVITY, { year: 2025, activity: tipRoutineActivity });
    await send(ADD_ACTIVITY, { year: 2025, activity: communicationActivity });
  });

  it('returnCollaborationPlanToDraft: refused while the plan is a draft, and the other refusals; names when returned', async () => {
    const input = (d: Decision) => ({ year: 2025, decision: d, reason: 'Behöver omarbetas' });
    await expectRefusedWithoutNames(
      t,
      t.gql(SG, RETURN, { input: input(decision('Returvägrad', 'SG-R', '2025-02-01T10:00:00Z')) }),
      'PLAN_NOT_SUBMITTED',
      'Returvägrad',
    );
    await send(SUBMIT, { year: 2025 });
    await refusedThenDecided(RETURN, 'Retur', input, [], '2025-02-01T10:00:00Z');
  });

  it('adoptCollaborationPlan: refused while the plan is a draft, and the other refusals; names when adopted', async () => {
    const input = (d: Decision) => ({ year: 2025, decision: d, reason: 'Förankrad' });
    await expectRefusedWithoutNames(
      t,
      t.gql(SG, ADOPT, { input: input(decision('Antagvägrad', 'SG-A', '2025-03-20T10:00:00Z')) }),
      'PLAN_NOT_SUBMITTED',
      'Antagvägrad',
    );
    await send(SUBMIT, { year: 2025 });
    await refusedThenDecided(ADOPT, 'Antag', input, [], '2025-03-20T10:00:00Z');
  });

  it('amendCollaborationPlan: refused for an unknown activity and for no amendment given; names when amended', async () => {
    const input = (d: Decision) => ({
      year: 2025,
      decision: d,
      reason: 'Görs inom Momentum',
      cancelActivityId: 'komm-2025',
    });
    await refusedThenDecided(
      AMEND,
      'Ändr',
      input,
      [
        [{ cancelActivityId: 'finns-inte' }, 'ACTIVITY_NOT_FOUND'],
        // Checked after the members were read: no amendment, or two, is an input error.
        [{ cancelActivityId: null }, 'BAD_USER_INPUT'],
        [{ addActivity: { ...tipRoutineActivity, activityId: 'ny-2025' } }, 'BAD_USER_INPUT'],
      ],
      '2025-06-10T09:00:00Z',
    );
  });

  it('followUpCollaborationPlan: refused for an indicator the activity lacks; names when followed up', async () => {
    const input = (d: Decision) => ({
      year: 2025,
      decision: d,
      reason: 'Halvårsuppföljning',
      summary: 'Tipsrutinen fungerar',
      indicatorResults: [{ activityId: 'tips-2025', indicator: 'antal tips', result: '25' }],
    });
    await refusedThenDecided(
      FOLLOW_UP,
      'Uppf',
      input,
      [
        [
          { indicatorResults: [{ activityId: 'tips-2025', indicator: 'antal möten', result: '3' }] },
          'INDICATOR_NOT_FOUND',
        ],
      ],
      '2025-09-01T09:00:00Z',
    );
  });

  it('closeCollaborationPlan: refused while an activity is open; names when closed', async () => {
    const input = (d: Decision) => ({ year: 2025, decision: d, reason: 'Året är slut' });
    await expectRefusedWithoutNames(
      t,
      t.gql(SG, CLOSE, { input: input(decision('Avslvägrad', 'SG-C', '2025-12-15T09:00:00Z')) }),
      'PLAN_HAS_OPEN_ACTIVITIES',
      'Avslvägrad',
    );
    await send(PROGRESS, { year: 2025, activityId: 'tips-2025', status: 'DONE', note: '25 tips' });
    await refusedThenDecided(CLOSE, 'Avsl', input, [], '2025-12-15T09:00:00Z');
  });
});
