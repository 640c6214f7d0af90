import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ProjectionRunner, ReadModelDb } from '@samverkan/core';
import { EsdbEventStore } from '@samverkan/event-store';
import { demoSendOf, seedSmallTipYear } from '../support/demo-workspace';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { DRAFT, draft2025 } from '../support/plan-fixtures';
import { runPlanStory } from '../support/plan-story';
import { dumpReadModels } from '../support/read-model-dump';
import { startTestApp, TestApp } from '../support/test-app';

const FUNNEL = `{ tipFunnel(year: 2024, groupBy: QUARTER) { total { impulses { value } tips { value } directActions { value } noActions { value } } } }`;

/**
 * The whole workspace on the EventStoreDB adapter (over the in-process protocol server): the
 * modules and projections run unchanged, survive an outage, and rebuild to the same rows.
 */
describe('The workspace on EventStoreDB', () => {
  let server: EventStoreProtocolServer;
  let t: TestApp;
  let store: EsdbEventStore;
  const countAll = async () => (await store.readAll()).length;
  const timelineSize = async () =>
    (t.app.get(ReadModelDb).db.prepare('SELECT count(*) AS n FROM timeline').get() as { n: number }).n;

  beforeAll(async () => {
    server = await startProtocolServer();
    t = await startTestApp({ env: { EVENTSTORE_CONNECTION_STRING: server.connectionString } });
    store = EsdbEventStore.connect(server.connectionString);
    await runPlanStory(t, 2025);
    await seedSmallTipYear(demoSendOf(t));
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await store.close();
    await server.close();
  });

  it('runs the plan and tip modules and projects every event once', async () => {
    const plans = await t.gql('AUDITOR', '{ collaborationPlans { edges { node { year revision status } } } }');
    expect(plans.data.collaborationPlans.edges).toEqual([{ node: { year: 2025, revision: 6, status: 'ADOPTED' } }]);
    const funnel = await t.gql('COLLABORATION_OFFICER', FUNNEL);
    expect(funnel.data.tipFunnel.total).toEqual({
      impulses: { value: 12 },
      tips: { value: 3 },
      directActions: { value: 1 },
      noActions: { value: 1 },
    });
    expect(await timelineSize()).toBe(await countAll());
    // 7 plan events; 12 impulses reported, 9 joined and 2 dismissed; 3 tips compiled, sent, received, given an outcome.
    expect(await timelineSize()).toBe(7 + 12 + 9 + 2 + 3 * 4);
  });

  it('chains every event by hash on EventStoreDB too, and verifies them, time travel included', async () => {
    const report = await t.gql('AUDITOR', '{ verifyIntegrity { holds eventsChecked brokenLinks } }');
    expect(report.data.verifyIntegrity).toEqual({ holds: true, eventsChecked: await countAll(), brokenLinks: 0 });
    const asOf = await t.gql(
      'AUDITOR',
      '{ entityAsOf(stream: "plan-2025", revision: 0) { revision currentRevision } }',
    );
    expect(asOf.data.entityAsOf).toEqual({ revision: 0, currentRevision: 6 });
  });

  it('rebuilds its read models from EventStoreDB to exactly the live rows', async () => {
    const live = dumpReadModels(t.app.get(ReadModelDb).db);
    await t.app.get(ProjectionRunner).rebuild();
    expect(dumpReadModels(t.app.get(ReadModelDb).db)).toEqual(live);
  });

  it('reports the store down during an outage, refuses commands with STORE_UNAVAILABLE, and catches up after', async () => {
    // Drafting a plan is always allowed, so the retry after the outage can only fail for the outage.
    const draft = (commandId: string) =>
      t.gql('STEERING_GROUP', DRAFT, { input: { ...draft2025, year: 2030, commandId } });
    const commandId = randomUUID();
    const eventsBefore = await countAll();
    await server.stop();

    const health = await request(t.app.getHttpServer()).get('/health');
    expect(health.status).toBe(503);
    expect(health.headers['content-type']).toMatch(/json/);
    expect(health.text).not.toMatch(/ServiceUnavailableException|node_modules/);
    expect(health.body.error.store).toMatchObject({ status: 'down', message: expect.stringMatching(/unreachable/) });
    const refused = await draft(commandId);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'STORE_UNAVAILABLE', retryable: true });

    await server.start();
    const retried = await draft(commandId);
    expect(retried.errors).toBeUndefined();
    expect(await countAll()).toBe(eventsBefore + 1);
    expect(await timelineSize()).toBe(eventsBefore + 1);
    const up = await request(t.app.getHttpServer()).get('/health');
    expect(up.status).toBe(200);
    expect(up.body.info.projections).toMatchObject({ status: 'up', lag: '0' });
    const ids = t.app.get(ReadModelDb).db.prepare('SELECT count(DISTINCT event_id) AS n FROM timeline').get() as {
      n: number;
    };
    expect(ids.n).toBe(eventsBefore + 1);
  }, 30_000);
});
