export { DEMO_FORUM_IDS, DEMO_FORUMS, demoForum, membersOn } from './demo-forums';
export type { DemoForum, DemoMember, DemoRepresentative } from './demo-forums';
export { DEMO_JOINT_ACTIONS, DEMO_MEETINGS, demoMeeting } from './demo-meetings';
export type {
  DemoGuest,
  DemoJointAction,
  DemoJointActionOutcome,
  DemoMeeting,
  DemoMeetingOutcome,
} from './demo-meetings';
export { demoJointActionId, demoMeetingId, forumsCommandCount, seedForums } from './seed-forums';
