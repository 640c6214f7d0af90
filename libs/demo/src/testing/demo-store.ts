import type { SqliteEventStore } from '@samverkan/event-store';
import { DomainEvent, loadState, ModuleEvents, SentRequest, sendRequest } from '@samverkan/core';
import { catalogOf, openScratchWorkspace } from '@samverkan/core/testing/scratch-workspace';
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
  const deps = openScratchWorkspace(catalogOf(modules));
  const sent: SentByDemo[] = [];
  return {
    persons: deps.persons,
    store: deps.store,
    sent,
    async send(endpoint, request, sender, options) {
      const result = await sendRequest(deps, endpoint, request, sender, options);
      sent.push({ endpoint: endpoint.name, request, commandId: result.commandId, sent: result });
      return result;
    },
    load: (stream, decider) => loadState(deps, stream, decider),
    state: async (stream, decider) => (await loadState(deps, stream, decider)).state,
    close: () => deps.close(),
  };
}
