/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionOwnerInput = {
  /** A named owner, kept in the person directory. */
  name?: string | null | undefined;
  /** FK, AV, or a member employer’s name. */
  organisation: string;
};

export type ActivityArea =
  | 'COMMUNICATION'
  | 'DIALOGUE'
  | 'JOINT_SUPERVISION'
  | 'KNOWLEDGE'
  | 'OTHER'
  | 'TIP_ROUTINES';

export type ActivityChangesInput = {
  area?: ActivityArea | null | undefined;
  /** Removes the region when true. */
  clearRegion?: boolean | null | undefined;
  dueDate?: string | null | undefined;
  indicators?: Array<string> | null | undefined;
  owner?: ActivityOwner | null | undefined;
  region?: string | null | undefined;
  title?: string | null | undefined;
};

/** FK, AV or both jointly. */
export type ActivityOwner =
  | 'AV'
  | 'FK'
  | 'JOINT';

export type ActivityStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PLANNED';

export type AddForumRepresentativeInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  email?: string | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  forumId: string;
  /** Kept in the erasable person directory, never in an event. */
  name: string;
  organisationNumber: string;
  role: RepresentativeRole;
};

export type AddPlanActivityInput = {
  activity: PlanActivityInput;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  year: number;
};

export type AdmitForumMemberInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  employer: MemberEmployerInput;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  forumId: string;
  /** Today if left out. */
  joinedOn?: string | null | undefined;
};

export type Agency =
  | 'AV'
  | 'FK';

export type AgendaItemInput = {
  /** e.g. Folkhälsomyndigheten */
  speakerOrganisation: string;
  topic: string;
};

export type AgreeJointActionInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  description: string;
  dueDate: string;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** The held meeting it was agreed at. */
  meetingId: string;
  owner: ActionOwnerInput;
  planActivity?: PlanActivityLinkInput | null | undefined;
  /** Why: agreeing a joint action is a decision. */
  reason: string;
  title: string;
};

export type AmendCollaborationPlanInput = {
  addActivity?: PlanActivityInput | null | undefined;
  cancelActivityId?: string | null | undefined;
  changeActivity?: ChangePlanActivityRefInput | null | undefined;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  decision: SteeringGroupDecisionInput;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** Why: required for every decision. */
  reason: string;
  year: number;
};

/** RECORDED: what the workspace knew at that moment (default). OCCURRED: by when each fact happened in the world (a decision's decidedAt, the day a meeting was held): the stream up to its last event that had happened by then. */
export type AsOfClock =
  | 'OCCURRED'
  | 'RECORDED';

export type CampaignStatus =
  | 'CONCLUDED'
  | 'EVALUATED'
  | 'LAUNCHED'
  | 'PLANNED';

export type CancelDialogueMeetingInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  meetingId: string;
  reason: string;
};

export type CancelForumMeetingInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  meetingId: string;
  reason: string;
};

export type ChangeForumCapacityInput = {
  capacity: number;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  forumId: string;
  /** Why: a steering group decision. */
  reason: string;
};

export type ChangeForumMeetingAgendaInput = {
  agenda: Array<AgendaItemInput>;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  meetingId: string;
};

export type ChangeJointActionDueDateInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  dueDate: string;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  jointActionId: string;
  reason: string;
};

export type ChangePlanActivityInput = {
  activityId: string;
  changes: ActivityChangesInput;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  year: number;
};

export type ChangePlanActivityRefInput = {
  activityId: string;
  changes: ActivityChangesInput;
};

export type CompleteJointActionInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  doneOn?: string | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  jointActionId: string;
  note?: string | null | undefined;
};

/** Marks a command as a correction of an earlier event of the same entity. */
export type CorrectionInput = {
  /** Id of the event being corrected (see timeline eventId). */
  corrects: string;
  /** Why the earlier event was wrong. Shown in the timeline next to both events. */
  reason: string;
};

export type CriterionInput = {
  criterion: SelectionCriterion;
  rationale: string;
  /** e.g. "ohälsotal 14,2 dagar". */
  value: string;
};

export type DecisionMemberInput = {
  /** Personal data: kept in the erasable person directory, not in events. */
  name: string;
  organisation: string;
};

export type DeselectEmployerInput = {
  area: string;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  organisationNumber: string;
  reason: string;
  year: number;
};

export type DialogueAudience =
  | 'HR'
  | 'MANAGERS'
  | 'SENIOR_MANAGEMENT';

export type DialogueEmployerInput = {
  name: string;
  /** 10 digits, with or without the dash. */
  organisationNumber: string;
};

/** A targeted dialogue, or a leadership dialogue of the directors-general. */
export type DialogueKind =
  | 'LEADERSHIP'
  | 'TARGETED';

export type DialogueMeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

export type DialogueOutcomeInput = {
  description: string;
  followUpBy?: string | null | undefined;
};

export type DialogueParticipantInput = {
  agency: Agency;
  /** Kept in the erasable person directory. */
  name: string;
};

export type DialogueTopicInput = {
  /** An earlier joint supervision inspection of one of the employers. */
  citedInspectionId?: string | null | undefined;
  title: string;
};

export type DraftCollaborationPlanInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** AV diary number, e.g. 2025/005661 */
  diaryNumberAv?: string | null | undefined;
  /** FK diary number, e.g. 2025/002400 */
  diaryNumberFk?: string | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  title: string;
  year: number;
};

export type DropJointActionInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  droppedOn?: string | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  jointActionId: string;
  reason: string;
};

/** Employees, in bands (forums invite employers above 250). */
export type EmployerSize =
  | 'FROM_250_TO_499'
  | 'FROM_500_TO_999'
  | 'FROM_1000_TO_4999'
  | 'FROM_5000';

export type EstablishForumInput = {
  /** 25 if left out. */
  capacity?: number | null | undefined;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  establishedOn?: string | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** A short lower-case id, e.g. `vast`. */
  forumId: string;
  name: string;
  /** One of the `regions`. */
  region: string;
};

/** Whether an event records a decision or an action. */
export type EventKind =
  | 'action'
  | 'decision';

export type ExpectationKind =
  | 'CAMPAIGN_CONCLUSION'
  | 'CAMPAIGN_LAUNCH'
  | 'FORUM_MEETINGS'
  | 'KNOWLEDGE_GROUP_MEETINGS'
  | 'PLAN_ACTIVITY';

/** MET; ON_TRACK; AT_RISK (short of it, or due within 30 days); MISSED (the term or due date passed, or done late). */
export type ExpectationStatus =
  | 'AT_RISK'
  | 'MET'
  | 'MISSED'
  | 'ON_TRACK';

export type FollowUpCollaborationPlanInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  decision: SteeringGroupDecisionInput;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  indicatorResults?: Array<IndicatorResultInput>;
  /** Why: required for every decision. */
  reason: string;
  summary: string;
  year: number;
};

export type HoldDialogueMeetingInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** HR staff and managers of the employers who came. */
  employerParticipants: number;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  heldOn?: string | null | undefined;
  meetingId: string;
};

export type HoldForumMeetingInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** Today if left out. */
  heldOn?: string | null | undefined;
  meetingId: string;
  minutes: string;
};

export type IndicatorResultInput = {
  activityId: string;
  indicator: string;
  result: string;
};

/** Workplace (arbetsplatsnivå) or principal (huvudmannanivå). */
export type InspectionLevel =
  | 'PRINCIPAL'
  | 'WORKPLACE';

export type JointActionStatus =
  | 'AGREED'
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS';

export type KnowledgeItemKind =
  | 'METHOD'
  | 'RECORDING'
  | 'REPORT'
  | 'RESEARCH'
  | 'TOOL';

export type MeetingFormat =
  | 'EXPERIENCE_EXCHANGE'
  | 'SEMINAR'
  | 'WEBINAR'
  | 'WORKSHOP';

export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'PLANNED';

export type MemberAttendanceInput = {
  hr?: number;
  managers?: number;
  organisationNumber: string;
  other?: number;
};

export type MemberEmployerInput = {
  /** SNI 2007 code, e.g. 86.101. */
  industry: string;
  name: string;
  /** 10 digits, with or without the dash. */
  organisationNumber: string;
  sector: Sector;
  size: EmployerSize;
};

export type NamedGuestInput = {
  /** Kept in the erasable person directory. */
  name: string;
  organisation: string;
};

export type ObligationFilterInput = {
  module?: ObligationModule | null | undefined;
  /** Only those past their due date. */
  overdueOnly?: boolean | null | undefined;
  /** FK, AV, JOINT, or a joint action owner organisation, exactly. */
  owner?: string | null | undefined;
};

/** TIP_OUTCOME: AV's outcome of a sent tip; JOINT_ACTION; PLAN_ACTIVITY; DIALOGUE_OUTCOMES: outcomes after a held dialogue meeting. */
export type ObligationKind =
  | 'DIALOGUE_OUTCOMES'
  | 'JOINT_ACTION'
  | 'PLAN_ACTIVITY'
  | 'TIP_OUTCOME';

/** The module the obligation comes from (the timeline module name). */
export type ObligationModule =
  | 'dialogue'
  | 'forums'
  | 'plan'
  | 'tips';

/** VT: January–June; HT: July–December. */
export type OversightTerm =
  | 'HT'
  | 'VT';

export type PlanActivityInput = {
  /** Your own id for the activity; one is made up when absent. */
  activityId?: string | null | undefined;
  area: ActivityArea;
  /** YYYY-MM-DD */
  dueDate: string;
  indicators?: Array<string>;
  owner: ActivityOwner;
  region?: string | null | undefined;
  title: string;
};

export type PlanActivityLinkInput = {
  activityId: string;
  year: number;
};

export type PlanActivityRefInput = {
  activityId: string;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  year: number;
};

export type PlanDecisionInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  decision: SteeringGroupDecisionInput;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** Why: required for every decision. */
  reason: string;
  year: number;
};

export type PlanDialogueMeetingInput = {
  area: string;
  audiences: Array<DialogueAudience>;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  employers: Array<DialogueEmployerInput>;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  kind: DialogueKind;
  plannedOn: string;
  topics?: Array<DialogueTopicInput>;
};

export type PlanForumMeetingInput = {
  agenda?: Array<AgendaItemInput>;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Inside the term. */
  date: string;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  format: MeetingFormat;
  forumId: string;
  term: Term;
  title: string;
  year: number;
};

export type PlanRefInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  year: number;
};

export type PlanStatus =
  | 'ADOPTED'
  | 'CLOSED'
  | 'DRAFT'
  | 'FOLLOWED_UP'
  | 'SUBMITTED';

export type RecordActivityProgressInput = {
  activityId: string;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  note: string;
  /** IN_PROGRESS or DONE */
  status: string;
  year: number;
};

export type RecordDialogueFollowUpInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  done: boolean;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  followedUpOn?: string | null | undefined;
  meetingId: string;
  note: string;
  outcomeId: string;
};

export type RecordDialogueOutcomesInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  meetingId: string;
  outcomes: Array<DialogueOutcomeInput>;
  recordedOn?: string | null | undefined;
};

export type RecordDialogueParticipantsInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** You take part yourself (for your agency). */
  includeMe?: boolean;
  meetingId: string;
  others?: Array<DialogueParticipantInput>;
};

export type RecordForumAttendanceInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  guests?: Array<NamedGuestInput>;
  meetingId: string;
  members: Array<MemberAttendanceInput>;
};

export type RecordJointActionProgressInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  jointActionId: string;
  note: string;
  recordedOn?: string | null | undefined;
};

export type RemoveForumRepresentativeInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  forumId: string;
  organisationNumber: string;
  personId: string;
};

export type RepresentativeRole =
  | 'HR'
  | 'MANAGER';

export type RescheduleForumMeetingInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  date: string;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  meetingId: string;
};

export type ResignForumMemberInput = {
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  forumId: string;
  leftOn?: string | null | undefined;
  organisationNumber: string;
  reason: string;
};

/** Public or private employer. */
export type Sector =
  | 'PRIVATE'
  | 'PUBLIC';

export type SelectEmployerInput = {
  /** The regional collaboration area: one of the `regions`. */
  area: string;
  /** Idempotency key: a retry with the same id returns the first result and appends nothing. */
  commandId?: string | null | undefined;
  /** Set when this command corrects an earlier event; the earlier event stays, linked. */
  correction?: CorrectionInput | null | undefined;
  criteria: Array<CriterionInput>;
  employer: DialogueEmployerInput;
  /** Optimistic concurrency: the revision you last saw (-1: must not exist yet). */
  expectedRevision?: number | null | undefined;
  /** Why: the selection is a decision. */
  reason: string;
  year: number;
};

/** Ill-health rate, known challenges, size. */
export type SelectionCriterion =
  | 'ILL_HEALTH_RATE'
  | 'KNOWN_CHALLENGES'
  | 'SIZE';

/** A steering group decision as its minutes record it. */
export type SteeringGroupDecisionInput = {
  decidedAt: string;
  decidedBy: Array<DecisionMemberInput>;
  /** The steering group reference, e.g. SG-2025-03. */
  decisionId: string;
  minutesReference: string;
  what: string;
};

/** VT: 1 January – 30 June; HT: 1 July – 31 December. */
export type Term =
  | 'HT'
  | 'VT';

export type TimelineFilterInput = {
  actorId?: string | null | undefined;
  correlationId?: string | null | undefined;
  kind?: EventKind | null | undefined;
  /** Only late entries (lateEntry): recorded more than LATE_ENTRY_DAYS days after they happened. */
  lateOnly?: boolean | null | undefined;
  /** Module, e.g. "plan". */
  module?: string | null | undefined;
  /** Facts that happened at or after this moment (the world's time, occurredAt). */
  occurredFrom?: string | null | undefined;
  /** Facts that happened at or before this moment (the world's time, occurredAt). */
  occurredTo?: string | null | undefined;
  organisation?: string | null | undefined;
  /** Events recorded at or after this moment (recordedAt). */
  recordedFrom?: string | null | undefined;
  /** Events recorded at or before this moment (recordedAt). */
  recordedTo?: string | null | undefined;
  stream?: string | null | undefined;
};

export type MyOperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOperationsQuery = { myOperations: Array<string> };

export type DialogueMeetingSummaryFragment = { id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, employers: Array<{ organisationNumber: string, name: string }> };

export type DialogueMeetingDocumentFragment = { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> };

export type DialogueSelectionFragment = { id: string, area: string, year: number, employers: Array<{ organisationNumber: string, name: string, reason: string, criteria: Array<{ criterion: SelectionCriterion, value: string, rationale: string }> }> };

export type DialogueOverviewQueryVariables = Exact<{
  year: number;
  from: string;
  to: string;
}>;


export type DialogueOverviewQuery = { regions: Array<string>, dialogueCoverage: Array<{ area: string, employersSelected: { value: number | null, display: string }, meetingsPlanned: { value: number | null, display: string }, meetingsHeld: { value: number | null, display: string }, meetingsCancelled: { value: number | null, display: string }, outcomes: { value: number | null, display: string }, outcomesFollowedUp: { value: number | null, display: string } }>, dialogueMeetings: { edges: Array<{ node: { id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, employers: Array<{ organisationNumber: string, name: string }> } }> } };

export type DialogueAreaQueryVariables = Exact<{
  year: number;
  area: string;
  from: string;
  to: string;
}>;


export type DialogueAreaQuery = { employerSelections: Array<{ id: string, area: string, year: number, employers: Array<{ organisationNumber: string, name: string, reason: string, criteria: Array<{ criterion: SelectionCriterion, value: string, rationale: string }> }> }>, dialogueMeetings: { edges: Array<{ node: { id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, employers: Array<{ organisationNumber: string, name: string }> } }> }, supervisionCampaigns: Array<{ id: string, name: string, inspections: Array<{ id: string, level: InspectionLevel, inspectedOn: string, workplace: string | null, principal: { organisationNumber: string, name: string } }> }> };

export type DialogueMeetingQueryVariables = Exact<{
  id: string;
}>;


export type DialogueMeetingQuery = { dialogueMeeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } };

export type SelectEmployerForDialogueMutationVariables = Exact<{
  input: SelectEmployerInput;
}>;


export type SelectEmployerForDialogueMutation = { selectEmployerForDialogue: { selection: { id: string, area: string, year: number, employers: Array<{ organisationNumber: string, name: string, reason: string, criteria: Array<{ criterion: SelectionCriterion, value: string, rationale: string }> }> } } };

export type DeselectEmployerForDialogueMutationVariables = Exact<{
  input: DeselectEmployerInput;
}>;


export type DeselectEmployerForDialogueMutation = { deselectEmployerForDialogue: { selection: { id: string, area: string, year: number, employers: Array<{ organisationNumber: string, name: string, reason: string, criteria: Array<{ criterion: SelectionCriterion, value: string, rationale: string }> }> } } };

export type PlanDialogueMeetingMutationVariables = Exact<{
  input: PlanDialogueMeetingInput;
}>;


export type PlanDialogueMeetingMutation = { planDialogueMeeting: { meeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } } };

export type RecordDialogueParticipantsMutationVariables = Exact<{
  input: RecordDialogueParticipantsInput;
}>;


export type RecordDialogueParticipantsMutation = { recordDialogueParticipants: { meeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } } };

export type HoldDialogueMeetingMutationVariables = Exact<{
  input: HoldDialogueMeetingInput;
}>;


export type HoldDialogueMeetingMutation = { holdDialogueMeeting: { meeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } } };

export type CancelDialogueMeetingMutationVariables = Exact<{
  input: CancelDialogueMeetingInput;
}>;


export type CancelDialogueMeetingMutation = { cancelDialogueMeeting: { meeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } } };

export type RecordDialogueOutcomesMutationVariables = Exact<{
  input: RecordDialogueOutcomesInput;
}>;


export type RecordDialogueOutcomesMutation = { recordDialogueOutcomes: { meeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } } };

export type RecordDialogueFollowUpMutationVariables = Exact<{
  input: RecordDialogueFollowUpInput;
}>;


export type RecordDialogueFollowUpMutation = { recordDialogueFollowUp: { meeting: { revision: number, audiences: Array<DialogueAudience>, employerParticipants: number | null, cancellationReason: string | null, id: string, area: string, kind: DialogueKind, status: DialogueMeetingStatus, plannedOn: string, heldOn: string | null, topics: Array<{ title: string, citedInspectionId: string | null }>, participants: Array<{ personId: string, name: string | null, agency: Agency }>, outcomes: Array<{ outcomeId: string, description: string, followUpBy: string | null, recordedOn: string, done: boolean, followUps: Array<{ followedUpOn: string, note: string, done: boolean }> }>, employers: Array<{ organisationNumber: string, name: string }> } } };

export type ForumListQueryVariables = Exact<{
  year: number;
}>;


export type ForumListQuery = { forums: Array<{ id: string, name: string, region: string, capacity: number, memberCount: number, seatsLeft: number }>, forumCadence: { year: number, forums: Array<{ forumId: string, terms: Array<{ term: Term, held: number, expected: number, planned: number, cancelled: number, onTrack: boolean }> }> } };

export type ForumRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ForumRegionsQuery = { regions: Array<string> };

export type ForumRoomMeetingFragment = { id: string, revision: number, title: string, format: MeetingFormat, term: Term, year: number, date: string, status: MeetingStatus, heldOn: string | null, minutes: string | null, cancellationReason: string | null, agenda: Array<{ topic: string, speakerOrganisation: string }>, attendance: { organisations: number, participants: { managers: number, hr: number, other: number, guests: number, total: number }, members: Array<{ organisationNumber: string, employerName: string | null, participants: { managers: number, hr: number, other: number, total: number } }>, guests: Array<{ personId: string, name: string, organisation: string }> } | null };

export type ForumRoomActionFragment = { id: string, revision: number, meetingId: string, title: string, description: string, dueDate: string, status: JointActionStatus, overdue: boolean, agreedOn: string, agreedReason: string | null, doneOn: string | null, droppedOn: string | null, dropReason: string | null, owner: { organisation: string, name: string | null }, progress: Array<{ note: string, recordedOn: string }> };

export type ForumRoomQueryVariables = Exact<{
  id: string;
}>;


export type ForumRoomQuery = { forum: { id: string, revision: number, name: string, region: string, capacity: number, memberCount: number, seatsLeft: number, establishedOn: string, mayAct: boolean, members: Array<{ organisationNumber: string, name: string, sector: Sector, industry: string, size: EmployerSize, joinedOn: string, representatives: Array<{ personId: string, name: string, role: RepresentativeRole }> }>, formerMembers: Array<{ organisationNumber: string, name: string, joinedOn: string, leftOn: string, reason: string }>, meetings: Array<{ id: string, revision: number, title: string, format: MeetingFormat, term: Term, year: number, date: string, status: MeetingStatus, heldOn: string | null, minutes: string | null, cancellationReason: string | null, agenda: Array<{ topic: string, speakerOrganisation: string }>, attendance: { organisations: number, participants: { managers: number, hr: number, other: number, guests: number, total: number }, members: Array<{ organisationNumber: string, employerName: string | null, participants: { managers: number, hr: number, other: number, total: number } }>, guests: Array<{ personId: string, name: string, organisation: string }> } | null }>, jointActions: Array<{ id: string, revision: number, meetingId: string, title: string, description: string, dueDate: string, status: JointActionStatus, overdue: boolean, agreedOn: string, agreedReason: string | null, doneOn: string | null, droppedOn: string | null, dropReason: string | null, owner: { organisation: string, name: string | null }, progress: Array<{ note: string, recordedOn: string }> }> } };

export type ForumKnowledgeQueryVariables = Exact<{ [key: string]: never; }>;


export type ForumKnowledgeQuery = { knowledgeItems: { edges: Array<{ node: { id: string, title: string, kind: KnowledgeItemKind, sourceOrganisation: string, presentations: Array<{ forumId: string, forumMeetingId: string, meetingTitle: string | null, presentedOn: string }> } }> } };

export type EstablishForumMutationVariables = Exact<{
  input: EstablishForumInput;
}>;


export type EstablishForumMutation = { establishForum: { forum: { id: string } } };

export type ChangeForumCapacityMutationVariables = Exact<{
  input: ChangeForumCapacityInput;
}>;


export type ChangeForumCapacityMutation = { changeForumCapacity: { forum: { id: string, revision: number, capacity: number, seatsLeft: number } } };

export type AdmitForumMemberMutationVariables = Exact<{
  input: AdmitForumMemberInput;
}>;


export type AdmitForumMemberMutation = { admitForumMember: { forum: { id: string, revision: number } } };

export type ResignForumMemberMutationVariables = Exact<{
  input: ResignForumMemberInput;
}>;


export type ResignForumMemberMutation = { resignForumMember: { forum: { id: string, revision: number } } };

export type AddForumRepresentativeMutationVariables = Exact<{
  input: AddForumRepresentativeInput;
}>;


export type AddForumRepresentativeMutation = { addForumRepresentative: { forum: { id: string, revision: number } } };

export type RemoveForumRepresentativeMutationVariables = Exact<{
  input: RemoveForumRepresentativeInput;
}>;


export type RemoveForumRepresentativeMutation = { removeForumRepresentative: { forum: { id: string, revision: number } } };

export type PlanForumMeetingMutationVariables = Exact<{
  input: PlanForumMeetingInput;
}>;


export type PlanForumMeetingMutation = { planForumMeeting: { meeting: { id: string, revision: number } } };

export type RescheduleForumMeetingMutationVariables = Exact<{
  input: RescheduleForumMeetingInput;
}>;


export type RescheduleForumMeetingMutation = { rescheduleForumMeeting: { meeting: { id: string, revision: number } } };

export type ChangeForumMeetingAgendaMutationVariables = Exact<{
  input: ChangeForumMeetingAgendaInput;
}>;


export type ChangeForumMeetingAgendaMutation = { changeForumMeetingAgenda: { meeting: { id: string, revision: number } } };

export type HoldForumMeetingMutationVariables = Exact<{
  input: HoldForumMeetingInput;
}>;


export type HoldForumMeetingMutation = { holdForumMeeting: { meeting: { id: string, revision: number } } };

export type RecordForumMeetingAttendanceMutationVariables = Exact<{
  input: RecordForumAttendanceInput;
}>;


export type RecordForumMeetingAttendanceMutation = { recordForumMeetingAttendance: { meeting: { id: string, revision: number } } };

export type CancelForumMeetingMutationVariables = Exact<{
  input: CancelForumMeetingInput;
}>;


export type CancelForumMeetingMutation = { cancelForumMeeting: { meeting: { id: string, revision: number } } };

export type AgreeJointActionMutationVariables = Exact<{
  input: AgreeJointActionInput;
}>;


export type AgreeJointActionMutation = { agreeJointAction: { jointAction: { id: string, revision: number } } };

export type RecordJointActionProgressMutationVariables = Exact<{
  input: RecordJointActionProgressInput;
}>;


export type RecordJointActionProgressMutation = { recordJointActionProgress: { jointAction: { id: string, revision: number } } };

export type ChangeJointActionDueDateMutationVariables = Exact<{
  input: ChangeJointActionDueDateInput;
}>;


export type ChangeJointActionDueDateMutation = { changeJointActionDueDate: { jointAction: { id: string, revision: number } } };

export type CompleteJointActionMutationVariables = Exact<{
  input: CompleteJointActionInput;
}>;


export type CompleteJointActionMutation = { completeJointAction: { jointAction: { id: string, revision: number } } };

export type DropJointActionMutationVariables = Exact<{
  input: DropJointActionInput;
}>;


export type DropJointActionMutation = { dropJointAction: { jointAction: { id: string, revision: number } } };

export type CellFragment = { value: number | null, display: string, suppressed: boolean };

export type OverviewFunnelQueryVariables = Exact<{
  year: number;
}>;


export type OverviewFunnelQuery = { tipFunnel: { year: number, suppressed: boolean, total: { impulses: { value: number | null, display: string, suppressed: boolean }, tips: { value: number | null, display: string, suppressed: boolean }, directActions: { value: number | null, display: string, suppressed: boolean } }, groups: Array<{ key: string, label: string, figures: { impulses: { value: number | null, display: string, suppressed: boolean }, tips: { value: number | null, display: string, suppressed: boolean }, directActions: { value: number | null, display: string, suppressed: boolean } } }> } };

export type OverviewPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewPlansQuery = { collaborationPlans: { edges: Array<{ node: { year: number, title: string, status: PlanStatus, activities: Array<{ activityId: string, title: string, status: ActivityStatus, dueDate: string, owner: ActivityOwner }> } }> } };

export type OverviewCadenceQueryVariables = Exact<{
  year: number;
}>;


export type OverviewCadenceQuery = { forumCadence: { forums: Array<{ forumId: string, forumName: string, region: string, terms: Array<{ term: Term, held: number, expected: number, planned: number, cancelled: number, onTrack: boolean }> }> } };

export type OverviewCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewCampaignsQuery = { supervisionCampaigns: Array<{ id: string, name: string, status: CampaignStatus, period: { from: string, to: string } }> };

export type OverviewInspectionsQueryVariables = Exact<{
  campaignId: string;
}>;


export type OverviewInspectionsQuery = { inspectionsDashboard: { campaignId: string, total: number, workplaceInspections: number, withSystemDeficiencies: number, byLevel: Array<{ key: string, count: { value: number | null, display: string, suppressed: boolean } }>, bySector: Array<{ key: string, count: { value: number | null, display: string, suppressed: boolean } }> } };

export type OverviewTipYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewTipYearsQuery = { tipFunnelYears: Array<number> };

export type OverviewPlanYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewPlanYearsQuery = { collaborationPlans: { edges: Array<{ node: { year: number } }> } };

export type ObligationsQueryVariables = Exact<{
  filter?: ObligationFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ObligationsQuery = { obligations: { edges: Array<{ node: { id: string, kind: ObligationKind, module: ObligationModule, owner: string, title: string, dueOn: string, since: string, overdue: boolean, daysOverdue: number, sourceStream: string } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PlanVersusActualQueryVariables = Exact<{
  year: number;
}>;


export type PlanVersusActualQuery = { planVersusActual: { year: number, today: string, tally: { met: number, onTrack: number, atRisk: number, missed: number }, expectations: Array<{ id: string, kind: ExpectationKind, module: string, subject: string, term: OversightTerm | null, dueOn: string, expected: number | null, achieved: number | null, planned: number | null, status: ExpectationStatus, note: string | null, sourceStream: string, evidence: Array<{ eventId: string, position: string, stream: string, type: string }> }> } };

export type PlanDocumentFragment = { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> };

export type SteeringPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SteeringPlansQuery = { collaborationPlans: { edges: Array<{ node: { year: number, title: string, status: PlanStatus, activities: Array<{ activityId: string }> } }> } };

export type SteeringPlanQueryVariables = Exact<{
  year: number;
}>;


export type SteeringPlanQuery = { collaborationPlan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } };

export type DraftPlanMutationVariables = Exact<{
  input: DraftCollaborationPlanInput;
}>;


export type DraftPlanMutation = { draftCollaborationPlan: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type AddActivityMutationVariables = Exact<{
  input: AddPlanActivityInput;
}>;


export type AddActivityMutation = { addPlanActivity: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type ChangeActivityMutationVariables = Exact<{
  input: ChangePlanActivityInput;
}>;


export type ChangeActivityMutation = { changePlanActivity: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type RemoveActivityMutationVariables = Exact<{
  input: PlanActivityRefInput;
}>;


export type RemoveActivityMutation = { removePlanActivity: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type SubmitPlanMutationVariables = Exact<{
  input: PlanRefInput;
}>;


export type SubmitPlanMutation = { submitCollaborationPlan: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type ReturnPlanToDraftMutationVariables = Exact<{
  input: PlanDecisionInput;
}>;


export type ReturnPlanToDraftMutation = { returnCollaborationPlanToDraft: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type AdoptPlanMutationVariables = Exact<{
  input: PlanDecisionInput;
}>;


export type AdoptPlanMutation = { adoptCollaborationPlan: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type AmendPlanMutationVariables = Exact<{
  input: AmendCollaborationPlanInput;
}>;


export type AmendPlanMutation = { amendCollaborationPlan: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type RecordProgressMutationVariables = Exact<{
  input: RecordActivityProgressInput;
}>;


export type RecordProgressMutation = { recordActivityProgress: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type FollowUpPlanMutationVariables = Exact<{
  input: FollowUpCollaborationPlanInput;
}>;


export type FollowUpPlanMutation = { followUpCollaborationPlan: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type ClosePlanMutationVariables = Exact<{
  input: PlanDecisionInput;
}>;


export type ClosePlanMutation = { closeCollaborationPlan: { revision: number, plan: { year: number, title: string, status: PlanStatus, revision: number, stream: string, diaryNumbers: { av: string | null, fk: string | null }, activities: Array<{ activityId: string, title: string, area: ActivityArea, owner: ActivityOwner, region: string | null, dueDate: string, indicators: Array<string>, status: ActivityStatus, cancellationReason: string | null, addedByDecision: string | null, progress: Array<{ status: ActivityStatus, note: string, recordedAt: string }> }>, decisions: Array<{ decisionId: string, what: string, decidedAt: string, minutesReference: string, reason: string | null, recordedAs: string, decidedBy: Array<{ name: string | null, organisation: string }> }>, followUps: Array<{ decisionId: string, summary: string, indicatorResults: Array<{ activityId: string, indicator: string, result: string }> }> } } };

export type PlanDecisionEventsQueryVariables = Exact<{
  stream: string;
}>;


export type PlanDecisionEventsQuery = { timeline: { edges: Array<{ node: { position: string, type: string, data: unknown } }> } };

export type EntryFragment = { position: string, eventId: string, stream: string, module: string, revision: number, type: string, kind: EventKind | null, occurredAt: string, occurredFrom: string, occurredDerived: boolean, recordedAt: string, daysLate: number, lateEntry: boolean, summary: string, reason: string | null, actor: { id: string, name: string | null, role: string, organisation: string } | null, corrects: { eventId: string, position: string, reason: string | null } | null, correctedBy: Array<{ eventId: string, position: string, reason: string | null }> };

export type TimelinePageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: TimelineFilterInput | null | undefined;
}>;


export type TimelinePageQuery = { timeline: { edges: Array<{ node: { position: string, eventId: string, stream: string, module: string, revision: number, type: string, kind: EventKind | null, occurredAt: string, occurredFrom: string, occurredDerived: boolean, recordedAt: string, daysLate: number, lateEntry: boolean, summary: string, reason: string | null, actor: { id: string, name: string | null, role: string, organisation: string } | null, corrects: { eventId: string, position: string, reason: string | null } | null, correctedBy: Array<{ eventId: string, position: string, reason: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type TimelineLiveSubscriptionVariables = Exact<{
  filter?: TimelineFilterInput | null | undefined;
}>;


export type TimelineLiveSubscription = { timelineAppended: { position: string, eventId: string, stream: string, module: string, revision: number, type: string, kind: EventKind | null, occurredAt: string, occurredFrom: string, occurredDerived: boolean, recordedAt: string, daysLate: number, lateEntry: boolean, summary: string, reason: string | null, actor: { id: string, name: string | null, role: string, organisation: string } | null, corrects: { eventId: string, position: string, reason: string | null } | null, correctedBy: Array<{ eventId: string, position: string, reason: string | null }> } };

export type EntityHistoryQueryVariables = Exact<{
  stream: string;
  first: number;
  after?: string | null | undefined;
}>;


export type EntityHistoryQuery = { entityHistory: { edges: Array<{ node: { position: string, eventId: string, stream: string, module: string, revision: number, type: string, kind: EventKind | null, occurredAt: string, occurredFrom: string, occurredDerived: boolean, recordedAt: string, daysLate: number, lateEntry: boolean, summary: string, reason: string | null, actor: { id: string, name: string | null, role: string, organisation: string } | null, corrects: { eventId: string, position: string, reason: string | null } | null, correctedBy: Array<{ eventId: string, position: string, reason: string | null }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type EntityAsOfQueryVariables = Exact<{
  stream: string;
  at?: string | null | undefined;
  revision?: number | null | undefined;
  clock?: AsOfClock | null | undefined;
}>;


export type EntityAsOfQuery = { entityAsOf: { stream: string, module: string, existed: boolean, revision: number, currentRevision: number, clock: AsOfClock, lastChangeAt: string | null, position: string | null, state: unknown, people: Array<{ id: string, name: string | null, organisation: string | null, erased: boolean }>, actors: Array<{ id: string, name: string | null, role: string, organisation: string }> } };

export const DialogueMeetingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DialogueMeetingSummaryFragment, unknown>;
export const DialogueMeetingDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DialogueMeetingDocumentFragment, unknown>;
export const DialogueSelectionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueSelection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]} as unknown as DocumentNode<DialogueSelectionFragment, unknown>;
export const ForumRoomMeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumRoomMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"speakerOrganisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managers"}},{"kind":"Field","name":{"kind":"Name","value":"hr"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"guests"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managers"}},{"kind":"Field","name":{"kind":"Name","value":"hr"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]} as unknown as DocumentNode<ForumRoomMeetingFragment, unknown>;
export const ForumRoomActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumRoomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreedReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}}]}}]} as unknown as DocumentNode<ForumRoomActionFragment, unknown>;
export const CellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Cell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmallCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<CellFragment, unknown>;
export const PlanDocumentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<PlanDocumentFragment, unknown>;
export const EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"occurredDerived"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntry"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<EntryFragment, unknown>;
export const MyOperationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOperations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOperations"}}]}}]} as unknown as DocumentNode<MyOperationsQuery, MyOperationsQueryVariables>;
export const DialogueOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialogueOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"dialogueCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"employersSelected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsPlanned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetingsCancelled"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomesFollowedUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogueMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DialogueOverviewQuery, DialogueOverviewQueryVariables>;
export const DialogueAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialogueArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerSelections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueSelection"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dialogueMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"inspectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"principal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueSelection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DialogueAreaQuery, DialogueAreaQueryVariables>;
export const DialogueMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DialogueMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dialogueMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<DialogueMeetingQuery, DialogueMeetingQueryVariables>;
export const SelectEmployerForDialogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectEmployerForDialogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectEmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectEmployerForDialogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueSelection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueSelection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]} as unknown as DocumentNode<SelectEmployerForDialogueMutation, SelectEmployerForDialogueMutationVariables>;
export const DeselectEmployerForDialogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeselectEmployerForDialogue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeselectEmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deselectEmployerForDialogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueSelection"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueSelection"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmployerSelection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}}]}}]}}]} as unknown as DocumentNode<DeselectEmployerForDialogueMutation, DeselectEmployerForDialogueMutationVariables>;
export const PlanDialogueMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanDialogueMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanDialogueMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planDialogueMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<PlanDialogueMeetingMutation, PlanDialogueMeetingMutationVariables>;
export const RecordDialogueParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDialogueParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDialogueParticipantsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDialogueParticipants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDialogueParticipantsMutation, RecordDialogueParticipantsMutationVariables>;
export const HoldDialogueMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldDialogueMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldDialogueMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdDialogueMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<HoldDialogueMeetingMutation, HoldDialogueMeetingMutationVariables>;
export const CancelDialogueMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDialogueMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelDialogueMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDialogueMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<CancelDialogueMeetingMutation, CancelDialogueMeetingMutationVariables>;
export const RecordDialogueOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDialogueOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDialogueOutcomesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDialogueOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDialogueOutcomesMutation, RecordDialogueOutcomesMutationVariables>;
export const RecordDialogueFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDialogueFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDialogueFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDialogueFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"employers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DialogueMeetingDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DialogueMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DialogueMeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"employerParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"citedInspectionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"followUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDialogueFollowUpMutation, RecordDialogueFollowUpMutationVariables>;
export const ForumListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"forumCadence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumId"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForumListQuery, ForumListQueryVariables>;
export const ForumRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"}}]}}]} as unknown as DocumentNode<ForumRegionsQuery, ForumRegionsQueryVariables>;
export const ForumRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"establishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mayAct"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"formerMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumRoomMeeting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForumRoomAction"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumRoomMeeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ForumMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"speakerOrganisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managers"}},{"kind":"Field","name":{"kind":"Name","value":"hr"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"guests"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managers"}},{"kind":"Field","name":{"kind":"Name","value":"hr"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForumRoomAction"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"agreedOn"}},{"kind":"Field","name":{"kind":"Name","value":"agreedReason"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dropReason"}}]}}]} as unknown as DocumentNode<ForumRoomQuery, ForumRoomQueryVariables>;
export const ForumKnowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForumKnowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"knowledgeItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"presentations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumId"}},{"kind":"Field","name":{"kind":"Name","value":"forumMeetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingTitle"}},{"kind":"Field","name":{"kind":"Name","value":"presentedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ForumKnowledgeQuery, ForumKnowledgeQueryVariables>;
export const EstablishForumDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EstablishForum"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EstablishForumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"establishForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EstablishForumMutation, EstablishForumMutationVariables>;
export const ChangeForumCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeForumCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeForumCapacityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeForumCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeForumCapacityMutation, ChangeForumCapacityMutationVariables>;
export const AdmitForumMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitForumMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmitForumMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitForumMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<AdmitForumMemberMutation, AdmitForumMemberMutationVariables>;
export const ResignForumMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResignForumMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResignForumMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resignForumMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<ResignForumMemberMutation, ResignForumMemberMutationVariables>;
export const AddForumRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddForumRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddForumRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addForumRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<AddForumRepresentativeMutation, AddForumRepresentativeMutationVariables>;
export const RemoveForumRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveForumRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveForumRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeForumRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveForumRepresentativeMutation, RemoveForumRepresentativeMutationVariables>;
export const PlanForumMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanForumMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanForumMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planForumMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<PlanForumMeetingMutation, PlanForumMeetingMutationVariables>;
export const RescheduleForumMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleForumMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleForumMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleForumMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleForumMeetingMutation, RescheduleForumMeetingMutationVariables>;
export const ChangeForumMeetingAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeForumMeetingAgenda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeForumMeetingAgendaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeForumMeetingAgenda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeForumMeetingAgendaMutation, ChangeForumMeetingAgendaMutationVariables>;
export const HoldForumMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HoldForumMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HoldForumMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdForumMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<HoldForumMeetingMutation, HoldForumMeetingMutationVariables>;
export const RecordForumMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordForumMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordForumAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordForumMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RecordForumMeetingAttendanceMutation, RecordForumMeetingAttendanceMutationVariables>;
export const CancelForumMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelForumMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelForumMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelForumMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<CancelForumMeetingMutation, CancelForumMeetingMutationVariables>;
export const AgreeJointActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgreeJointAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AgreeJointActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreeJointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<AgreeJointActionMutation, AgreeJointActionMutationVariables>;
export const RecordJointActionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJointActionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJointActionProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJointActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<RecordJointActionProgressMutation, RecordJointActionProgressMutationVariables>;
export const ChangeJointActionDueDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeJointActionDueDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeJointActionDueDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeJointActionDueDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeJointActionDueDateMutation, ChangeJointActionDueDateMutationVariables>;
export const CompleteJointActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteJointAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteJointActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeJointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteJointActionMutation, CompleteJointActionMutationVariables>;
export const DropJointActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DropJointAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DropJointActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropJointAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<DropJointActionMutation, DropJointActionMutationVariables>;
export const OverviewFunnelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewFunnel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipFunnel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impulses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impulses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Cell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmallCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<OverviewFunnelQuery, OverviewFunnelQueryVariables>;
export const OverviewPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewPlansQuery, OverviewPlansQueryVariables>;
export const OverviewCadenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewCadence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumCadence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumId"}},{"kind":"Field","name":{"kind":"Name","value":"forumName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewCadenceQuery, OverviewCadenceQueryVariables>;
export const OverviewCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<OverviewCampaignsQuery, OverviewCampaignsQueryVariables>;
export const OverviewInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionsDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceInspections"}},{"kind":"Field","name":{"kind":"Name","value":"withSystemDeficiencies"}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Cell"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Cell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmallCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<OverviewInspectionsQuery, OverviewInspectionsQueryVariables>;
export const OverviewTipYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewTipYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tipFunnelYears"}}]}}]} as unknown as DocumentNode<OverviewTipYearsQuery, OverviewTipYearsQueryVariables>;
export const OverviewPlanYearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverviewPlanYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverviewPlanYearsQuery, OverviewPlanYearsQueryVariables>;
export const ObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Obligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ObligationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"sourceStream"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ObligationsQuery, ObligationsQueryVariables>;
export const PlanVersusActualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanVersusActual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planVersusActual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expectations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceStream"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanVersusActualQuery, PlanVersusActualQueryVariables>;
export const SteeringPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SteeringPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SteeringPlansQuery, SteeringPlansQueryVariables>;
export const SteeringPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SteeringPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<SteeringPlanQuery, SteeringPlanQueryVariables>;
export const DraftPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftCollaborationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftCollaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<DraftPlanMutation, DraftPlanMutationVariables>;
export const AddActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<AddActivityMutation, AddActivityMutationVariables>;
export const ChangeActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlanActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeActivityMutation, ChangeActivityMutationVariables>;
export const RemoveActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActivityRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveActivityMutation, RemoveActivityMutationVariables>;
export const SubmitPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCollaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPlanMutation, SubmitPlanMutationVariables>;
export const ReturnPlanToDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPlanToDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnCollaborationPlanToDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnPlanToDraftMutation, ReturnPlanToDraftMutationVariables>;
export const AdoptPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptCollaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<AdoptPlanMutation, AdoptPlanMutationVariables>;
export const AmendPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendCollaborationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendCollaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<AmendPlanMutation, AmendPlanMutationVariables>;
export const RecordProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordActivityProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordActivityProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<RecordProgressMutation, RecordProgressMutationVariables>;
export const FollowUpPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpCollaborationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpCollaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpPlanMutation, FollowUpPlanMutationVariables>;
export const ClosePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCollaborationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanDocument"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanDocument"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"diaryNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"av"}},{"kind":"Field","name":{"kind":"Name","value":"fk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"addedByDecision"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutesReference"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAs"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]}}]} as unknown as DocumentNode<ClosePlanMutation, ClosePlanMutationVariables>;
export const PlanDecisionEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanDecisionEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stream"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stream"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"decision"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanDecisionEventsQuery, PlanDecisionEventsQueryVariables>;
export const TimelinePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"occurredDerived"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntry"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<TimelinePageQuery, TimelinePageQueryVariables>;
export const TimelineLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TimelineLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timelineAppended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"occurredDerived"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntry"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<TimelineLiveSubscription, TimelineLiveSubscriptionVariables>;
export const EntityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stream"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stream"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Entry"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelineEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"occurredFrom"}},{"kind":"Field","name":{"kind":"Name","value":"occurredDerived"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}},{"kind":"Field","name":{"kind":"Name","value":"lateEntry"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const EntityAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stream"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clock"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AsOfClock"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stream"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stream"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}},{"kind":"Argument","name":{"kind":"Name","value":"clock"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clock"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stream"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"existed"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"currentRevision"}},{"kind":"Field","name":{"kind":"Name","value":"clock"}},{"kind":"Field","name":{"kind":"Name","value":"lastChangeAt"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]} as unknown as DocumentNode<EntityAsOfQuery, EntityAsOfQueryVariables>;