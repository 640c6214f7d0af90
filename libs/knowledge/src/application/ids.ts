import { eventIdFor } from '@samverkan/core';

/** An id derived from the command id, so that a retried create addresses the same entity. */
export function entityIdFor(commandId: string, part = 'entity'): string {
  return eventIdFor(`${commandId}:${part}`, 0);
}
