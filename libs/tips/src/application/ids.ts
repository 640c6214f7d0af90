import { eventIdFor } from '@samverkan/core';

/** An entity id derived from the command id, so that a retried create addresses the same entity. */
export function entityIdFor(commandId: string): string {
  return eventIdFor(`${commandId}:entity`, 0);
}
