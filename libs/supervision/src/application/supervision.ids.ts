import { entityIdFor } from '@samverkan/core';

/*
 * Ids a request mints, derived from its command id so that a retry mints the same ones. The
 * endpoints use these, and so does anything that must know an id before sending (the demo).
 */

/** The campaign a PlanCampaign request plans. */
export const campaignIdFor = (commandId: string): string => entityIdFor(commandId);

/** The inspection a RecordInspection request records. */
export const inspectionIdFor = (commandId: string): string => entityIdFor(commandId);

/** The requirement an IssueRequirement request issues. */
export const requirementIdFor = (commandId: string): string => entityIdFor(commandId, 'requirement');

/** The person id of the index-th other AV inspector a RecordInspection request names. */
export const otherInspectorId = (commandId: string, index: number): string =>
  `person-${entityIdFor(commandId, `inspector-${index}`)}`;

/** The person id of the index-th other FK participant a RecordFkParticipation request names. */
export const otherFkParticipantId = (commandId: string, index: number): string =>
  `person-${entityIdFor(commandId, `participant-${index}`)}`;
