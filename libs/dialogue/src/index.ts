export { DialogueModule } from './dialogue.module';
export { DIALOGUE_RULES } from './domain/dialogue.rules';
export { dialogueMeetingDecider, dialogueMeetingStream, dialogueModuleEvents, selectionDecider, selectionIdFor, selectionStream } from './domain';
export type { DialogueMeetingCommand, DialogueMeetingEvent, SelectionCommand, SelectionEvent } from './domain';
export * from './demo';
