export { DEMO_DIALOGUE_MEETINGS, DEMO_SELECTIONS, demoDialogueMeeting, demoSelection } from './demo-dialogues';
export type {
  DemoDeselection,
  DemoDialogueActor,
  DemoDialogueEnd,
  DemoDialogueFollowUp,
  DemoDialogueMeeting,
  DemoDialogueOutcome,
  DemoDialogueTopic,
  DemoParticipation,
  DemoSelectedEmployer,
  DemoSelection,
} from './demo-dialogues';
export {
  demoDialogueCommandIds,
  demoDialogueMeetingId,
  demoDialogueOutcomeId,
  dialogueCommandCount,
  seedDialogue,
} from './seed-dialogue';
