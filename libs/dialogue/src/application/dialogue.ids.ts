import { entityIdFor } from '@samverkan/core';

/*
 * Ids a request mints, derived from its command id so that a retry mints the same ones. The
 * endpoint uses these, and so does anything that must know an id before sending (the demo).
 */

/** The meeting a PlanDialogueMeeting request plans. */
export const dialogueMeetingIdFor = (commandId: string): string => entityIdFor(commandId);

/** The index-th outcome a RecordDialogueOutcomes request records. */
export const dialogueOutcomeIdFor = (commandId: string, index: number): string =>
  entityIdFor(commandId, `outcome-${index}`);

/** The person id of the index-th other participant a RecordDialogueParticipants request names. */
export const dialogueParticipantId = (commandId: string, index: number): string =>
  `person-${entityIdFor(commandId, `participant-${index}`)}`;
