import { devActor, Role } from '@samverkan/auth';
import type { CommandPipeline, PersonDirectory, Sender } from '@samverkan/core';

/**
 * What a seed needs: the pipeline's `send`, the way every mutation goes, its `load` for the
 * processes that read before they send (the tip bundling's dry runs), and the person directory
 * the dev actors are named in. The CLI passes the workspace's own; tests pass one over a real store.
 */
export interface DemoSend {
  send: CommandPipeline['send'];
  load: CommandPipeline['load'];
  persons: PersonDirectory;
}

/** The workspace's own pipeline and directory as a seed's target. */
export function demoOf(pipeline: Pick<CommandPipeline, 'send' | 'load'>, persons: PersonDirectory): DemoSend {
  return { send: pipeline.send.bind(pipeline), load: pipeline.load.bind(pipeline), persons };
}

/** A dev person of the role as the sender (a coordinator with the forums given). */
export function demoSender(demo: DemoSend, role: Role, forums: readonly string[] = []): Sender {
  return { actor: devActor(demo.persons, role), correlationId: '', forums };
}
