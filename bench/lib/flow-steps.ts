import type { Actor, Command, CommandContext, Decider, DomainEvent } from '@samverkan/core';
import { eventIdFor } from '@samverkan/core';

/**
 * What the benchmarks' histories are made of: commands on streams, with deterministic ids, actors
 * and dates, each decided by its stream's real decider.
 */
export interface FlowStep {
  stream: string;
  decider: Decider<Command, DomainEvent, unknown>;
  command: Command;
  context: CommandContext;
  /**
   * The stream outlives its flow (the one knowledge group): the generator keeps its head for later
   * flows instead of starting it afresh. Most streams are an entity of one flow only.
   */
  lasting?: boolean;
}

export const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2001, 0, 2, 8);
export const LAST_DAY = Date.UTC(2025, 11, 20, 8);

/** Flows advance through 2001-2025, so time, like position, grows through the history. */
export const flowNow = (i: number, total: number): Date =>
  new Date(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) * i) / Math.max(total, 1)));

/** The first flow whose moment is `time` or later. */
export const firstFlowAt = (time: number, total: number): number =>
  Math.ceil(((time - FIRST_DAY) * Math.max(total, 1)) / (LAST_DAY - FIRST_DAY));

export const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Where work at a fixed moment falls in a history: its flow, and the moment it records at. */
export interface Place<K> {
  key: K;
  index: number;
  moment: Date;
}

/**
 * Places work at fixed moments (given in the order of their moments) in a history of `total`
 * flows: each takes the first flow at or after its moment that is neither `taken` nor taken by
 * the one before it, and records at its own moment when it got the flow it fell on, else at that
 * flow's, so the recording clock runs forward. Work that falls past the last flow is left out.
 */
export function placeAtMoments<K>(
  moments: readonly { key: K; at: number }[],
  total: number,
  taken: (index: number) => boolean = () => false,
): Place<K>[] {
  const places: Place<K>[] = [];
  for (const { key, at } of moments) {
    const natural = firstFlowAt(at, total);
    let index = Math.max(natural, (places.at(-1)?.index ?? -1) + 1);
    while (taken(index)) index++;
    if (index >= total) break;
    places.push({ key, index, moment: index === natural ? new Date(at) : flowNow(index, total) });
  }
  return places;
}

export type BenchRole =
  | 'FK_CASEWORKER'
  | 'COLLABORATION_OFFICER'
  | 'AV_INSPECTOR'
  | 'STEERING_GROUP'
  | 'FORUM_COORDINATOR'
  | 'KNOWLEDGE_GROUP'
  | 'AUDITOR';

export const benchActor = (role: BenchRole, n: number): Actor => ({
  id: `bench-${role.toLowerCase()}-${n}`,
  organisation: role === 'AV_INSPECTOR' ? 'AV' : 'FK',
  role,
});

/** A step on `stream`, decided by the stream's own decider (a flow mixes streams, hence the widening). */
export const stepOn =
  <C extends Command, E extends DomainEvent, S>(stream: string, decider: Decider<C, E, S>, lasting = false) =>
  (command: C, context: CommandContext): FlowStep => ({
    stream,
    decider: decider as unknown as FlowStep['decider'],
    command,
    context,
    ...(lasting ? { lasting } : {}),
  });

/** The context of a step of the flow keyed `key`: its command id derives from the key and the step's name. */
export const contextFor =
  (key: string) =>
  (actor: Actor, step: string, cause?: string): CommandContext => {
    const commandId = eventIdFor(`${key}:${step}`, 0);
    return { actor, commandId, correlationId: eventIdFor(`${key}:start`, 0), causationId: cause };
  };
