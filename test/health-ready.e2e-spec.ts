import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ProjectionRunner } from '@samverkan/core';
import { DRAFT, draft2025 } from './support/plan-fixtures';
import { useTestApp } from './support/test-app';

/**
 * Live and ready are told apart: a replica whose read models trail the store is alive (no restart)
 * but not ready (no reads sent to it), and ready again once it has caught up.
 */
describe('Health: live and ready', () => {
  const t = useTestApp({ env: { PROJECTION_WAIT_TIMEOUT_MS: '300' } });
  const get = (path: string) => request(t.app.getHttpServer()).get(path);
  const draft = (year: number) =>
    t.gql('STEERING_GROUP', DRAFT, { input: { ...draft2025, year, commandId: randomUUID() } });

  it('is live and ready when the read models hold every event, with nothing to share configured', async () => {
    expect((await draft(2031)).errors).toBeUndefined();
    const live = await get('/health/live');
    expect(live.status).toBe(200);
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toEqual({
      store: { status: 'up', head: expect.any(String) },
      projections: { status: 'up', position: expect.any(String), head: expect.any(String), lag: '0' },
    });
  });

  it('is live but not ready while its read models trail the store, and ready again once caught up', async () => {
    const runner = t.app.get(ProjectionRunner);
    await runner.stop();
    try {
      // Stored, but no projection applies it: the command's wait for the read models times out.
      const trailing = await draft(2032);
      expect(trailing.errors?.[0].extensions).toMatchObject({ code: 'PROJECTION_TIMEOUT', written: true });
      expect((await get('/health/live')).status).toBe(200);
      const ready = await get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.projections).toMatchObject({
        status: 'down',
        message: expect.stringMatching(/catching up/),
      });
      expect(Number(ready.body.error.projections.lag)).toBeGreaterThan(0);
    } finally {
      await runner.start();
    }
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info.projections).toMatchObject({ status: 'up', lag: '0' });
  });
});
