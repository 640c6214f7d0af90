import request from 'supertest';
import { PersonDirectory } from '@samverkan/core';
import { describeWithPostgres } from '@samverkan/core/testing/scratch-postgres';
import { ADD_ACTIVITY, ADOPT, decision, DRAFT, draft2025, SUBMIT, tipRoutineActivity } from '../support/plan-fixtures';
import { ok, TestApp } from '../support/test-app';
import { useTwoReplicas } from '../support/two-replicas';

const SG = 'STEERING_GROUP';
const PLANS = '{ collaborationPlans { edges { node { decisions { decidedBy { personId name } } } } } }';
const ERASE = 'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { person { name erased } } }';

/**
 * Issue 26, what two OS processes cannot show (test/replicas/two-processes.e2e-spec.ts covers the
 * rest of point 3 with real processes): two replicas as two Nest applications in this test's
 * process, each with its own DATA_DIR and connections, on one EventStoreDB and one PostgreSQL, so
 * that the test can look inside A's person directory after an erasure through B.
 */
describeWithPostgres('Two API replicas in one process on one EventStoreDB and one PostgreSQL', () => {
  const replicas = useTwoReplicas();
  /** Ready means caught up with the store: after it, the replica's reads include every earlier write. */
  const ready = async (t: TestApp) => {
    for (let tries = 0; tries < 100; tries++) {
      if ((await request(t.app.getHttpServer()).get('/health/ready')).status === 200) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('never ready');
  };

  it('leaves no name or address in A’s own person directory once B has erased the person', async () => {
    const { a, b } = replicas;
    const year = 2025;
    const members = [
      { name: 'Rebecka Replikasson', organisation: 'FK' },
      { name: 'Sixten Sambandsson', organisation: 'AV' },
    ];
    await ok(a.gql(SG, DRAFT, { input: { ...draft2025, year } }));
    await ok(a.gql(SG, ADD_ACTIVITY, { input: { year, activity: tipRoutineActivity } }));
    await ok(a.gql(SG, SUBMIT, { input: { year } }));
    const adoption = { decision: { ...decision('SG-R1', 'Planen antas'), decidedBy: members }, reason: 'Förankrad' };
    await ok(a.gql(SG, ADOPT, { input: { year, ...adoption } }));
    await ready(b);
    const [erased, kept] = (await ok(b.gql('AUDITOR', PLANS))).collaborationPlans.edges[0].node.decisions[0].decidedBy;
    // A has read the name, as any cache of its own would have been filled.
    expect(a.app.get(PersonDirectory).find(erased.personId)).toMatchObject({ name: members[0].name });

    await ok(b.gql('DATA_PROTECTION_OFFICER', ERASE, { input: { personId: erased.personId, reason: 'Begäran' } }));
    // What every request on A awaits first (persons-caught-up.middleware.ts): B's erasure has reached A.
    await a.app.get(PersonDirectory).caughtUp();
    expect(a.app.get(PersonDirectory).find(erased.personId)).toMatchObject({ name: null, email: null });
    expect(a.app.get(PersonDirectory).find(kept.personId)).toMatchObject({ name: kept.name });
  });
});
