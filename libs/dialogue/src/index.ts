export { DialogueModule } from './dialogue.module';
export { DIALOGUE_RULES } from './domain/dialogue.rules';
export {
  AGENCIES,
  dialogueMeetingDecider,
  dialogueMeetingStream,
  dialogueModuleEvents,
  selectionDecider,
  selectionIdFor,
  selectionStream,
} from './domain';
export type {
  Agency,
  CriterionAssessment,
  DialogueAudience,
  DialogueEmployer,
  DialogueKind,
  DialogueMeetingCommand,
  DialogueMeetingEvent,
  DialogueMeetingState,
  IsoDate,
  SelectedEmployer,
  SelectionCommand,
  SelectionEvent,
  SelectionState,
} from './domain';
export { dialogueMeetingEndpoint, selectionEndpoint } from './application';
export type { DialogueMeetingRequest, SelectionRequest } from './application';
export { dialogueMeetingIdFor, dialogueOutcomeIdFor, dialogueParticipantId } from './application';
export { AREA_COVERAGE_COUNTS } from './read-model/dialogue.coverage';
export type { AreaCoverageCount } from './read-model/dialogue.coverage';
