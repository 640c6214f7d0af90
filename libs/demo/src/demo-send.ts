import { devActor, Role } from '@samverkan/auth';
import type { CommandPipeline, PersonDirectory, Sender } from '@samverkan/core';

/**
 * What a seed needs: the pipeline's `send`, the way every mutation goes, and the person directory
 * the dev actors are named in. The CLI passes the workspace's own; tests pass one over a real store.
 */
export interface DemoSend {
  send: CommandPipeline['send'];
  persons: PersonDirectory;
}

/** A dev person of the role as the sender (a coordinator with the forums given). */
export function demoSender(demo: DemoSend, role: Role, forums: readonly string[] = []): Sender {
  return { actor: devActor(demo.persons, role), correlationId: '', forums };
}
