import type { Role } from '@samverkan/auth';
import type { Command, CommandEndpoint, DomainEvent, RequestOptions, Sender, SentRequest } from '@samverkan/core';
import { DemoSend, demoSender } from './demo-send';

/**
 * One request of a seed: the stable command id it runs under, the role of the dev person who sends
 * it (a coordinator with the forums granted), and its endpoint.
 */
export interface DemoRequest {
  commandId: string;
  role: Role;
  forums: readonly string[];
  sendTo(demo: DemoSend, sender: Sender, options: RequestOptions): Promise<SentRequest>;
}

/** A request to an endpoint as a step of a seed. */
export function demoRequest<R, C extends Command, E extends DomainEvent, S>(
  commandId: string,
  role: Role,
  endpoint: CommandEndpoint<R, C, E, S>,
  request: R,
  forums: readonly string[] = [],
): DemoRequest {
  return { commandId, role, forums, sendTo: (demo, sender, options) => demo.send(endpoint, request, sender, options) };
}

/**
 * Sends a seed's requests in order, each as the dev person of its role and under its own command id
 * (its correlation id too: a seed step has no caller), so a second run replays every one.
 */
export async function sendDemoRequests(
  demo: DemoSend,
  requests: readonly DemoRequest[],
  onCommand: () => void = () => undefined,
): Promise<void> {
  for (const { commandId, role, forums, sendTo } of requests) {
    await sendTo(demo, { ...demoSender(demo, role, forums), correlationId: commandId }, { commandId });
    onCommand();
  }
}

/** A module's seed, built from its requests in the order they are sent. */
export interface DemoSeed {
  /** Sends every request (see sendDemoRequests); `onCommand` ticks after each, for a progress bar. */
  send(demo: DemoSend, onCommand?: () => void): Promise<void>;
  /** How many requests the seed sends, for a progress bar. */
  count(): number;
  /** The command ids in the order they are sent, for tests. */
  commandIds(): string[];
}

export function demoSeed(requests: () => readonly DemoRequest[]): DemoSeed {
  return {
    send: (demo, onCommand) => sendDemoRequests(demo, requests(), onCommand),
    count: () => requests().length,
    commandIds: () => requests().map((r) => r.commandId),
  };
}
