import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { STEERING_GROUP, TEST_COMMAND_ID } from '@samverkan/core/testing/test-requests';
import { planModuleEvents, planStream } from '../domain';
import { adoption, aDraft, drafted, planSubmitted, YEAR } from '../domain/testing/plan.fixtures';
import { decisionMemberId } from './decision-members';
import { NamedDecision, planEndpoint } from './plan.endpoint';

const spec = endpointSpecification(planEndpoint, [planModuleEvents]);
const plan = (events: typeof aDraft) => [{ stream: planStream(YEAR), events }];

/** The adoption of the fixtures as the minutes name its members. */
const adopting: NamedDecision = {
  decisionId: adoption.decisionId,
  decidedAt: adoption.decidedAt,
  what: adoption.what,
  minutesReference: adoption.minutesReference,
  members: [
    { name: 'Cecilia Rydén', organisation: 'FK' },
    { name: 'Anders Berg', organisation: 'AV' },
  ],
};
const adopt = { type: 'AdoptPlan' as const, data: { year: YEAR, decision: adopting }, reason: 'Planen är förankrad' };

describe('The plan endpoint', () => {
  describe('when a plan is drafted', () => {
    it('appends the draft on the plan of its year', () =>
      spec
        .given()
        .when({
          type: 'DraftPlan',
          data: { year: YEAR, title: drafted.data.title, diaryNumbers: drafted.data.diaryNumbers },
        })
        .then([drafted]));

    it('refuses a second draft of the same year with the domain rule', () =>
      spec
        .given(plan([drafted]))
        .when({ type: 'DraftPlan', data: { year: YEAR, title: 'Igen', diaryNumbers: {} } })
        .thenThrows('PLAN_ALREADY_EXISTS'));
  });

  describe('when the steering group adopts a submitted plan', () => {
    it('records the members by ids derived from the command id, and names them in the person directory', () =>
      spec
        .given(plan([...aDraft, planSubmitted]))
        .when(adopt, STEERING_GROUP, { commandId: TEST_COMMAND_ID })
        .then(
          [
            {
              type: 'PlanAdopted',
              data: {
                year: YEAR,
                decision: {
                  ...adoption,
                  decidedBy: [0, 1].map((i) => ({
                    personId: decisionMemberId(TEST_COMMAND_ID, i),
                    organisation: ['FK', 'AV'][i],
                  })),
                },
                activityIds: (planSubmitted.data as { activityIds: string[] }).activityIds,
              },
            },
          ],
          ({ persons }) => {
            expect(persons.find(decisionMemberId(TEST_COMMAND_ID, 0))?.name).toBe('Cecilia Rydén');
            expect(persons.find(decisionMemberId(TEST_COMMAND_ID, 1))?.name).toBe('Anders Berg');
          },
        ));

    it('names no one when the plan is not yet submitted', () =>
      spec.given(plan(aDraft)).when(adopt).thenThrows('PLAN_NOT_SUBMITTED'));

    it('names no one on a stale revision, and says which revision it found', () =>
      spec
        .given(plan([...aDraft, planSubmitted]))
        .when(adopt, {}, { expectedRevision: 1 })
        .thenThrows('CONFLICT', { details: { expected: 1, actual: 3 } }));
  });
});
