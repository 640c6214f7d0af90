export { DialogueModule } from './dialogue.module';
export { dialogueMeetingDecider, dialogueMeetingStream, dialogueModuleEvents, selectionDecider, selectionIdFor, selectionStream } from './domain';
export type { DialogueMeetingCommand, DialogueMeetingEvent, SelectionCommand, SelectionEvent } from './domain';
export * from './demo';
