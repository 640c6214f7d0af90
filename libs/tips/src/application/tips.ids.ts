import { entityIdFor } from '@samverkan/core';

/*
 * Ids a request mints, derived from its command id so that a retry mints the same ones. The
 * endpoints use these, and so does anything that must know an id before sending (the demo).
 */

/** The impulse a report creates: its id follows from the command id, so a retry addresses the same impulse. */
export const impulseIdFor = (commandId: string): string => entityIdFor(commandId);

/** The tip a compilation creates: its id follows from the command id, so a retry addresses the same tip. */
export const tipIdFor = (commandId: string): string => entityIdFor(commandId);
