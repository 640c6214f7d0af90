import { EventStore, SqliteEventStore } from '@samverkan/event-store';
import { EVENT_STORE } from '@samverkan/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAFT, draft2025 } from './support/plan-fixtures';
import { startTestApp } from './support/test-app';

describe('Graceful shutdown', () => {
  it('finishes an append that is in flight when the shutdown starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-shutdown-'));
    const t = await startTestApp({ dataDir });
    const store = t.app.get<EventStore>(EVENT_STORE);
    const append = store.append.bind(store);
    let appendStarted!: () => void;
    const started = new Promise<void>((resolve) => (appendStarted = resolve));
    store.append = async (...args) => {
      appendStarted();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return append(...args);
    };

    const response = t.gql('STEERING_GROUP', DRAFT, { input: draft2025 });
    await started;
    await t.app.close();
    const res = await response;
    expect(res.errors).toBeUndefined();
    expect(res.data.draftCollaborationPlan.revision).toBe(0);

    const reopened = SqliteEventStore.open(join(dataDir, 'events.sqlite'));
    expect((await reopened.readStream('plan-2025')).map((e) => e.type)).toEqual(['PlanDrafted']);
    await reopened.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
