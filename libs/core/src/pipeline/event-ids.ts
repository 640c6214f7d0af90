import { createHash } from 'node:crypto';

/**
 * Event ids derived from the command id, so that a retried command that slips past the stream
 * check (e.g. it lost a race with its own first attempt) is still deduplicated by the store.
 */
export function eventIdFor(commandId: string, index: number): string {
  const hex = createHash('sha256').update(`${commandId}:${index}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * An entity id derived from the command id (and a part, when one command creates several), so a
 * retried create addresses the same entity and the same person-directory entries.
 */
export function entityIdFor(commandId: string, part = 'entity'): string {
  return eventIdFor(`${commandId}:${part}`, 0);
}
