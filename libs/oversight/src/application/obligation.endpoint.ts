import { commandEndpoint, PlainRequest, plainCommand } from '@samverkan/core';
import { ObligationCommand, obligationDecider, obligationStream } from '../domain';

export type ObligationRequest = PlainRequest<ObligationCommand>;

/** The obligation's way in: the overdue watcher's marks, which need no read beyond the watcher's own. */
export const obligationEndpoint = commandEndpoint({
  name: 'obligation',
  decider: obligationDecider,
  streamOf: (command: ObligationCommand) => obligationStream(command.data.obligationId),
  prepare: (request: ObligationRequest, tools) => ({ command: plainCommand<ObligationCommand>(request, tools) }),
});
