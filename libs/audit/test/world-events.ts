import { randomUUID } from 'node:crypto';
import { EventCatalog } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import type { EventStore } from '@samverkan/event-store';
import { forumsModuleEvents } from '@samverkan/forums';
import { knowledgeModuleEvents } from '@samverkan/knowledge';
import { momentumModuleEvents } from '@samverkan/momentum';
import { planModuleEvents } from '@samverkan/plan';
import { privacyModuleEvents, reportingModuleEvents } from '../src';

/** The catalog as the workspace builds it for the modules the ESF report reads. */
export function reportingCatalog(): EventCatalog {
  const catalog = new EventCatalog();
  for (const events of [
    planModuleEvents,
    forumsModuleEvents,
    knowledgeModuleEvents,
    momentumModuleEvents,
    privacyModuleEvents,
    reportingModuleEvents,
  ]) {
    catalog.register(events);
  }
  return catalog;
}

/**
 * A stored event as a test states it: when it was recorded, and when its envelope says its fact
 * happened. `world` absent: an event written before the envelope kept the world's time (its
 * `occurredAt` is the handling time and it has no `occurredFrom`).
 */
export interface Given {
  stream: string;
  type: string;
  command: string;
  data: unknown;
  recordedAt: string;
  world?: { at: string; from: string };
  decision?: string;
}

export const now = new Date();
/** Recorded while the test runs. */
export const TODAY = now.toISOString();
export const today = stockholmDate(now);

/** Appends the events as given (no hash chain: these tests read dates, not integrity). */
export async function given(store: EventStore, events: Given[]): Promise<void> {
  for (const e of events) {
    const occurredAt = e.world?.at ?? e.recordedAt;
    await store.append(
      e.stream,
      [
        {
          id: randomUUID(),
          type: e.type,
          data: e.data,
          metadata: {
            actor: { id: 'p-sg', organisation: 'FK', role: 'STEERING_GROUP' },
            commandId: randomUUID(),
            commandType: e.command,
            $correlationId: 'c',
            $causationId: 'c',
            occurredAt,
            ...(e.world ? { occurredFrom: e.world.from } : {}),
            recordedAt: e.recordedAt,
            kind: e.decision ? 'decision' : 'action',
            ...(e.decision ? { reason: e.decision } : {}),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 'any' },
    );
  }
}

/** Midnight in Stockholm on a winter date, as the pipeline writes a stated day. */
export const winterDay = (date: string) => ({ at: new Date(`${date}T00:00:00+01:00`).toISOString(), from: 'heldOn' });
