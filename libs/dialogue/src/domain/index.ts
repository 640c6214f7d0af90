export * from './dialogue.model';
export * from './selection.commands';
export * from './dialogue-meeting.commands';
export * from './dialogue-meeting.events';
export { dialogueMeetingEventDefinitions, selectionEventDefinitions } from './dialogue.events';
export type { DialogueMeetingEventType, SelectionEventType } from './dialogue.events';
export { agencyLabel, dialogueAudienceLabel, dialogueKindLabel, selectionCriterionLabel } from './dialogue.summaries';
export * from './selection';
export * from './dialogue-meeting';
export * from './dialogue';
export {
  areaSlug,
  DIALOGUE_TEXT_LIMITS,
  isCalendarDate,
  isOrganisationNumber,
  SELECTION_YEAR_RANGE,
  stockholmDate,
} from './dialogue.guards';
