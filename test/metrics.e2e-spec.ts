import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PersonDirectory } from '@samverkan/core';
import { DRAFT, draft2025, SUBMIT } from './support/plan-fixtures';
import { runPlanStory } from './support/plan-story';
import { useTestApp } from './support/test-app';

/** Issue 26: what an operator's Prometheus scrapes, and that no person is in it. */
describe('/metrics', () => {
  const t = useTestApp();
  const scrape = async () => {
    const res = await request(t.app.getHttpServer()).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return res.text;
  };
  const sample = (text: string, name: string, labels: string) =>
    Number(new RegExp(`^${name}\\{${labels.replace(/[{}()|.]/g, '\\$&')}\\} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);

  it('counts commands by type and outcome (landed, refused by rule code, conflict), with latency', async () => {
    await runPlanStory(t, 2025);
    const refused = await t.gql('STEERING_GROUP', SUBMIT, { input: { year: 2025 } });
    expect(refused.errors?.[0].extensions?.rule).toBeDefined();
    const rule = refused.errors![0].extensions!.rule as string;
    const stale = await t.gql('STEERING_GROUP', DRAFT, {
      input: { ...draft2025, year: 2033, commandId: randomUUID() },
    });
    expect(stale.errors).toBeUndefined();
    const conflict = await t.gql('STEERING_GROUP', SUBMIT, { input: { year: 2033, expectedRevision: 7 } });
    expect(conflict.errors?.[0].extensions?.code).toBe('CONFLICT');

    const text = await scrape();
    expect(sample(text, 'samverkan_commands_total', 'command="DraftPlan",outcome="landed",code=""')).toBe(2);
    expect(sample(text, 'samverkan_commands_total', `command="SubmitPlan",outcome="refused",code="${rule}"`)).toBe(1);
    expect(sample(text, 'samverkan_commands_total', 'command="SubmitPlan",outcome="conflict",code="CONFLICT"')).toBe(1);
    expect(sample(text, 'samverkan_command_duration_seconds_count', 'command="AdoptPlan",outcome="landed"')).toBe(1);
    expect(text).toMatch(/^samverkan_event_store_errors_total 0$/m);
    expect(text).toMatch(/^samverkan_postgres_errors_total 0$/m);
  });

  it('reports the lag of each projection on this replica, caught up: 0', async () => {
    const text = await scrape();
    const lags = [...text.matchAll(/^samverkan_projection_lag\{projection="([^"]+)",replica="([^"]+)"\} (\d+)$/gm)];
    expect(lags.length).toBeGreaterThan(5);
    expect(lags.map((m) => m[1])).toContain('audit.timeline');
    expect(new Set(lags.map((m) => m[3]))).toEqual(new Set(['0']));
  });

  it('names no person: no name, no person id, in any label', async () => {
    const text = await scrape();
    const persons = t.app.get(PersonDirectory);
    const people = persons.search('Anna').concat(persons.search('Bertil'));
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.name);
    }
  });
});
