import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { useTestApp } from './support/test-app';
import { ADD_ACTIVITY, DRAFT, draft2025, SUBMIT, tipRoutineActivity } from './support/plan-fixtures';

const COUNT = `{ timeline(first: 500) { edges { node { position } } } }`;

describe('Errors, as ARCHITECTURE.md promises them, through HTTP', () => {
  const t = useTestApp();
  const SG = 'STEERING_GROUP';
  const eventCount = async () => (await t.gql('AUDITOR', COUNT)).data.timeline.edges.length as number;
  const noStack = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+|at [A-Za-z.]+ \(/);

  beforeAll(async () => {
    expect((await t.gql(SG, DRAFT, { input: draft2025 })).errors).toBeUndefined();
  });

  it('names each field that fails validation, and appends nothing', async () => {
    const before = await eventCount();
    const res = await t.gql(SG, ADD_ACTIVITY, {
      input: { year: 2025, activity: { ...tipRoutineActivity, title: '', dueDate: '2025-13-40' } },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['activity.title', 'activity.dueDate']));
    expect(await eventCount()).toBe(before);
    noStack(res);
  });

  it('gives a broken domain rule its stable code, and appends nothing', async () => {
    const before = await eventCount();
    const res = await t.gql(SG, SUBMIT, { input: { year: 2025 } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'PLAN_HAS_NO_ACTIVITIES' });
    expect(await eventCount()).toBe(before);
    noStack(res);
  });

  it('says which revision was expected and which was found on a stale expectedRevision', async () => {
    const res = await t.gql(SG, ADD_ACTIVITY, {
      input: { year: 2025, activity: tipRoutineActivity, expectedRevision: 7 },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      expectedRevision: 7,
      actualRevision: 0,
      stream: 'plan-2025',
    });
    expect(res.errors?.[0].message).toMatch(/revision 0.*expected 7/);
  });

  it('answers a retried commandId with the first result and appends nothing', async () => {
    const commandId = randomUUID();
    const input = { year: 2025, activity: { ...tipRoutineActivity, activityId: 'retry-1' }, commandId };
    const first = await t.gql(SG, ADD_ACTIVITY, { input });
    const before = await eventCount();
    const retry = await t.gql(SG, ADD_ACTIVITY, { input });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.addPlanActivity).toMatchObject({
      replayed: true,
      commandId,
      revision: first.data.addPlanActivity.revision,
      position: first.data.addPlanActivity.position,
    });
    expect(await eventCount()).toBe(before);
  });

  it('refuses a request without a token as UNAUTHENTICATED', async () => {
    const res = await t.gql(null, `{ collaborationPlan(year: 2025) { year } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.collaborationPlan ?? null).toBeNull();
  });

  it('refuses a token it did not sign as UNAUTHENTICATED', async () => {
    const forged = t.tokens.STEERING_GROUP.replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    const res = await t.gql(forged, `{ collaborationPlan(year: 2025) { year } }`);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a role that may not act as FORBIDDEN, naming the roles that may', async () => {
    const res = await t.gql('FK_CASEWORKER', DRAFT, { input: { ...draft2025, year: 2026 } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredRoles: ['STEERING_GROUP'] });
  });

  it('answers an unknown id with NOT_FOUND, for queries and commands alike', async () => {
    const query = await t.gql(SG, `{ collaborationPlan(year: 2031) { year } }`);
    expect(query.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'PLAN_NOT_FOUND' });
    const command = await t.gql(SG, SUBMIT, { input: { year: 2031 } });
    expect(command.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('stores the caller’s correlation id in the events its request causes, and echoes it', async () => {
    const correlationId = `test-${randomUUID()}`;
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${t.tokens.STEERING_GROUP}`)
      .set('x-correlation-id', correlationId)
      .send({
        query: ADD_ACTIVITY,
        variables: { input: { year: 2025, activity: { ...tipRoutineActivity, activityId: 'corr-1' } } },
      });
    expect(res.headers['x-correlation-id']).toBe(correlationId);
    const timeline = await t.gql(
      'AUDITOR',
      `{ timeline(filter: { correlationId: "${correlationId}" }) { edges { node { type } } } }`,
    );
    expect(timeline.data.timeline.edges).toEqual([{ node: { type: 'ActivityAdded' } }]);
  });

  it('reports health with the store head and the projection lag', async () => {
    const res = await request(t.app.getHttpServer()).get('/health');
    expect(res.status).toBe(200);
    expect(res.body.info.store.status).toBe('up');
    expect(res.body.info.projections).toMatchObject({ status: 'up', lag: '0' });
  });
});
