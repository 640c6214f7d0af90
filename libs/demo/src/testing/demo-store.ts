import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store';
import {
  DEFAULT_REGIONS,
  DomainEvent,
  EventCatalog,
  loadState,
  ModuleEvents,
  PersonDirectory,
  SentRequest,
  sendRequest,
} from '@samverkan/core';
import type { DemoSend } from '../demo-send';

/** One request a seed sent, and what came of it. */
export interface SentByDemo {
  endpoint: string;
  request: unknown;
  commandId: string;
  sent: SentRequest;
}

/** A seed's target in tests: the real endpoints over a real SQLite store and person directory, without Nest. */
export interface DemoStore extends DemoSend {
  sent: SentByDemo[];
  store: SqliteEventStore;
  state<E extends DomainEvent, S>(stream: string, decider: Parameters<typeof loadState<E, S>>[2]): Promise<S>;
  close(): Promise<void>;
}

export function openDemoStore(modules: readonly ModuleEvents[]): DemoStore {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-demo-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const persons = new PersonDirectory(join(dir, 'personal-data.sqlite'));
  const catalog = new EventCatalog();
  for (const events of modules) catalog.register(events);
  const deps = { store, catalog, persons, env: { REGIONS: DEFAULT_REGIONS } };
  const sent: SentByDemo[] = [];
  return {
    persons,
    store,
    sent,
    async send(endpoint, request, sender, options) {
      const result = await sendRequest(deps, endpoint, request, sender, options);
      sent.push({ endpoint: endpoint.name, request, commandId: result.commandId, sent: result });
      return result;
    },
    load: (stream, decider) => loadState(deps, stream, decider),
    state: async (stream, decider) => (await loadState(deps, stream, decider)).state,
    async close() {
      persons.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
