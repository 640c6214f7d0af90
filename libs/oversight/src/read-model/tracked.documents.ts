import { IsoDate, Term } from '../domain';

/** An event that met (or closed) something: where an auditor finds it. */
export interface EventRef {
  eventId: string;
  position: string;
  stream: string;
  type: string;
}

/** A sent tip: AV owes an outcome. */
export interface TrackedTip {
  category: 'tip';
  tipId: string;
  employerName: string;
  sentOn: IsoDate | null;
  /** The first outcome AV recorded (direct action, indirect use or no action). */
  outcomeOn: IsoDate | null;
}

export interface TrackedJointAction {
  category: 'jointAction';
  jointActionId: string;
  forumId: string;
  title: string;
  owner: string;
  agreedOn: IsoDate;
  dueDate: IsoDate;
  status: 'OPEN' | 'DONE' | 'DROPPED';
}

export interface TrackedActivity {
  activityId: string;
  title: string;
  owner: string;
  dueDate: IsoDate;
  status: 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
  /** When the activity became a duty: the plan's adoption, or the amendment that added it. */
  since: IsoDate | null;
  /** The Stockholm date of the progress report that said DONE (the plan records no other done date). */
  doneOn: IsoDate | null;
  done: EventRef | null;
}

export interface TrackedPlan {
  category: 'plan';
  year: number;
  /** Adopted (and not returned to draft): only then are its activities duties. */
  adopted: boolean;
  activities: TrackedActivity[];
}

export interface TrackedDialogueMeeting {
  category: 'dialogueMeeting';
  meetingId: string;
  area: string;
  kind: string;
  heldOn: IsoDate | null;
  cancelled: boolean;
  outcomesOn: IsoDate | null;
}

export interface TrackedForum {
  category: 'forum';
  forumId: string;
  name: string;
  establishedOn: IsoDate;
}

export interface TrackedMeeting {
  meetingId: string;
  term: Term;
  year: number;
  date: IsoDate;
  status: 'PLANNED' | 'HELD' | 'CANCELLED';
  heldOn: IsoDate | null;
  held: EventRef | null;
}

export interface TrackedForumMeeting extends TrackedMeeting {
  category: 'forumMeeting';
  forumId: string;
}

export interface TrackedGroup {
  category: 'knowledgeGroup';
  groupId: string;
  foundedOn: IsoDate;
  meetings: TrackedMeeting[];
}

export interface TrackedCampaign {
  category: 'campaign';
  campaignId: string;
  name: string;
  period: { from: IsoDate; to: IsoDate };
  launchedOn: IsoDate | null;
  launched: EventRef | null;
  concludedOn: IsoDate | null;
  concluded: EventRef | null;
}

/** One document per stream of another module, holding only what oversight needs from it. */
export type TrackedDoc =
  | TrackedTip
  | TrackedJointAction
  | TrackedPlan
  | TrackedDialogueMeeting
  | TrackedForum
  | TrackedForumMeeting
  | TrackedGroup
  | TrackedCampaign;

export type TrackedCategory = TrackedDoc['category'];

/** A system record that an obligation went overdue (the oversight module's own stream). */
export interface OverdueMark {
  obligationId: string;
  dueOn: IsoDate;
  markedAt: string;
  event: EventRef;
}
