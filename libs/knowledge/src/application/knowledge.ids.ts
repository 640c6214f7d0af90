import { entityIdFor } from '@samverkan/core';

/*
 * Ids a request mints, derived from its command id so that a retry mints the same ones. The
 * endpoints use these, and so does anything that must know an id before sending (the demo).
 */

/** The meeting a plan creates: its id follows from the command id, so a retry plans the same meeting. */
export const groupMeetingIdFor = (commandId: string): string => entityIdFor(commandId);

/** The item a proposal creates: its id follows from the command id, so a retry proposes the same item. */
export const knowledgeItemIdFor = (commandId: string): string => entityIdFor(commandId);
