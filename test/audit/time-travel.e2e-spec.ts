import { EVENT_STORE, EventCatalog, PersonDirectory } from '@samverkan/core';
import { plainJson } from '@samverkan/audit';
import { OverdueWatcher } from '@samverkan/oversight';
import type { EventStore, RecordedEvent } from '@samverkan/event-store';
import { seedEveryModule } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

const AS_OF = `query($stream: String!, $revision: Int, $at: DateTime, $clock: AsOfClock) {
  entityAsOf(stream: $stream, revision: $revision, at: $at, clock: $clock) {
    stream module existed revision position clock currentRevision lastChangeAt state
    people { id name organisation erased } actors { id organisation role } } }`;

describe('Time travel: any entity of any module as it was', () => {
  const t = useTestApp();
  let streams: Map<string, RecordedEvent[]>;
  let catalog: EventCatalog;
  beforeAll(async () => {
    await seedEveryModule(t);
    // The demo's past-due joint actions and activities: the watcher records them, so oversight has streams.
    expect(await t.app.get(OverdueWatcher).checkNow()).toBeGreaterThan(0);
    // Erasures are entities too: one, so the privacy module has a stream to travel through.
    const [guest] = t.app.get(PersonDirectory).search('a', 1);
    const erased = await t.gql(
      'DATA_PROTECTION_OFFICER',
      'mutation($i: ErasePersonInput!) { erasePerson(input: $i) { stream } }',
      {
        i: { personId: guest.id, reason: 'Begäran om radering, dnr 2026/123' },
      },
    );
    expect(erased.errors).toBeUndefined();
    // The reporting module's entities: one sealed ESF report and one reported month.
    const sealed = await t.gql('AUDITOR', 'mutation($i: SealEsfReportInput!) { sealEsfReport(input: $i) { stream } }', {
      i: { from: '2025-01-01', to: '2025-06-30', reason: 'Utbetalningsansökan 2025 H1' },
    });
    expect(sealed.errors).toBeUndefined();
    const reported = await t.gql(
      'STEERING_GROUP',
      'mutation($i: ReportParticipantMonthInput!) { reportParticipantMonth(input: $i) { stream } }',
      {
        i: { month: '2024-05' },
      },
    );
    expect(reported.errors).toBeUndefined();
    // The access module's entity: a service credential for a dashboard.
    const issued = await t.gql(
      'STEERING_GROUP',
      'mutation($i: IssueServiceCredentialInput!) { issueServiceCredential(input: $i) { clientId } }',
      {
        i: {
          name: 'Regional dashboard Skåne',
          role: 'DASHBOARD',
          expiresAt: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString(),
          reason: 'Läget i Skåne för styrgruppen',
        },
      },
    );
    expect(issued.errors).toBeUndefined();
    catalog = t.app.get(EventCatalog);
    streams = new Map();
    for (const event of await t.app.get<EventStore>(EVENT_STORE).readAll()) {
      streams.set(event.stream, [...(streams.get(event.stream) ?? []), event]);
    }
  }, 90_000);

  it('has a fold for every category every module registered, and demo streams of each', () => {
    const categories = catalog.categories();
    expect(new Set(categories.map((c) => c.module))).toEqual(
      new Set([
        'access',
        'plan',
        'tips',
        'forums',
        'supervision',
        'dialogue',
        'knowledge',
        'momentum',
        'privacy',
        'reporting',
        'oversight',
      ]),
    );
    for (const { category } of categories) {
      expect({ category, folds: catalog.evolverOf(`${category}-x`) !== undefined }).toEqual({ category, folds: true });
      expect({ category, streams: [...streams.keys()].some((s) => s.startsWith(`${category}-`)) }).toEqual({
        category,
        streams: true,
      });
    }
  });

  it('gives, for every module, the state as of each revision equal to replaying the stream up to it', async () => {
    // Two streams per category, the longest ones, each at every revision, through GraphQL.
    for (const { category } of catalog.categories()) {
      const chosen = [...streams]
        .filter(([s]) => s.startsWith(`${category}-`))
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, 2);
      for (const [stream, events] of chosen) {
        const evolver = catalog.evolverOf(stream)!;
        let replayed = evolver.initialState();
        for (const event of events) {
          replayed = evolver.evolve(replayed, { type: event.type, data: catalog.currentData(event) });
          const res = await t.gql('AUDITOR', AS_OF, { stream, revision: event.revision });
          expect(res.errors).toBeUndefined();
          expect(res.data.entityAsOf).toMatchObject({
            stream,
            existed: true,
            revision: event.revision,
            position: event.position.toString(),
            currentRevision: events.length - 1,
          });
          expect(res.data.entityAsOf.state).toEqual(JSON.parse(JSON.stringify(plainJson(replayed))));
        }
      }
    }
  }, 120_000);

  it("reads a moment on the decision clock: the state at an event's occurredAt includes it, a millisecond before does not", async () => {
    const [stream, events] = [...streams].find(([s, e]) => s.startsWith('forumMeeting-') && e.length >= 3)!;
    const held = events.find((e) => e.type === 'MeetingHeld')!;
    const occurredAt = (held.metadata as { occurredAt: string }).occurredAt;
    const at = await t.gql('AUDITOR', AS_OF, { stream, at: occurredAt, clock: 'OCCURRED' });
    expect(at.data.entityAsOf.state.status).toBe('HELD');
    expect(at.data.entityAsOf.clock).toBe('OCCURRED');
    expect((await t.gql('AUDITOR', AS_OF, { stream, at: occurredAt })).data.entityAsOf.clock).toBe('RECORDED');
    const before = await t.gql('AUDITOR', AS_OF, {
      stream,
      at: new Date(Date.parse(occurredAt) - 1).toISOString(),
      clock: 'OCCURRED',
    });
    expect(before.data.entityAsOf.revision).toBeLessThan(held.revision);
    expect(before.data.entityAsOf.state.status).not.toBe('HELD');
  });

  it('shows an entity that did not exist yet at a moment as not existing', async () => {
    const res = await t.gql('AUDITOR', AS_OF, { stream: 'plan-2025', at: '2000-01-01T00:00:00Z' });
    expect(res.data.entityAsOf).toMatchObject({ existed: false, revision: -1, position: null });
  });

  it('names the field for bad input, NOT_FOUND for an unknown entity, FORBIDDEN for the dashboard', async () => {
    const both = await t.gql('AUDITOR', AS_OF, { stream: 'plan-2025', revision: 1, at: '2025-01-01T00:00:00Z' });
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(both.errors?.[0].extensions)).toContain('revision');
    const alien = await t.gql('AUDITOR', AS_OF, { stream: 'nosuchcategory-1' });
    expect(JSON.stringify(alien.errors?.[0].extensions)).toContain('stream');
    const missing = await t.gql('AUDITOR', AS_OF, { stream: 'plan-1999' });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const dashboard = await t.gql('DASHBOARD', AS_OF, { stream: 'plan-2025' });
    expect(dashboard.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
