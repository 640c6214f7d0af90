import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, GraphQLInputObjectType, isInputObjectType } from 'graphql';
import { privacyModuleEvents, reportingModuleEvents } from '@samverkan/audit';
import { accessModuleEvents } from '@samverkan/auth';
import {
  checkWorldTime,
  DomainRuleViolation,
  EventCatalog,
  ModuleEvents,
  worldTimeOf,
  WorldTimeSource,
} from '@samverkan/core';
import { dialogueModuleEvents } from '@samverkan/dialogue';
import { forumsModuleEvents } from '@samverkan/forums';
import { knowledgeModuleEvents } from '@samverkan/knowledge';
import { momentumModuleEvents } from '@samverkan/momentum';
import { oversightModuleEvents } from '@samverkan/oversight';
import { planModuleEvents } from '@samverkan/plan';
import { supervisionModuleEvents } from '@samverkan/supervision';
import { tipsModuleEvents } from '@samverkan/tips';

const MODULES: ModuleEvents[] = [
  planModuleEvents,
  forumsModuleEvents,
  knowledgeModuleEvents,
  supervisionModuleEvents,
  dialogueModuleEvents,
  tipsModuleEvents,
  momentumModuleEvents,
  oversightModuleEvents,
  privacyModuleEvents,
  reportingModuleEvents,
  accessModuleEvents,
];
const catalog = new EventCatalog();
MODULES.forEach((m) => catalog.register(m));
const sources = catalog.worldTimeSources();

function describeSource(source: WorldTimeSource): string {
  if (source.kind === 'handled') return 'handling';
  return source.kind === 'stated' ? source.field : `entity ${source.label}`;
}

/**
 * Every command of every module and where its fact's time is read. Changing a line here is a
 * change to what the audit trail says happened when: it needs a reason in the commit.
 */
const EXPECTED: Record<string, string> = {
  // plan: the steering group's decisions carry their own moment
  DraftPlan: 'handling',
  AddActivity: 'handling',
  ChangeActivity: 'handling',
  RemoveActivity: 'handling',
  SubmitPlan: 'handling',
  RecordActivityProgress: 'handling',
  ReturnPlanToDraft: 'decision.decidedAt',
  AdoptPlan: 'decision.decidedAt',
  AmendPlan: 'decision.decidedAt',
  FollowUpPlan: 'decision.decidedAt',
  ClosePlan: 'decision.decidedAt',
  // forums
  EstablishForum: 'establishedOn',
  ChangeForumCapacity: 'handling',
  AdmitMember: 'joinedOn',
  ResignMember: 'leftOn',
  AddRepresentative: 'handling',
  RemoveRepresentative: 'handling',
  PlanMeeting: 'handling',
  RescheduleMeeting: 'handling',
  ChangeMeetingAgenda: 'handling',
  HoldMeeting: 'heldOn',
  RecordAttendance: 'entity meeting.heldOn',
  CancelMeeting: 'handling',
  AgreeJointAction: 'meeting.heldOn',
  RecordJointActionProgress: 'recordedOn',
  ChangeJointActionDueDate: 'handling',
  CompleteJointAction: 'doneOn',
  DropJointAction: 'droppedOn',
  // knowledge
  FoundGroup: 'foundedOn',
  AdmitGroupMember: 'joinedOn',
  RemoveGroupMember: 'leftOn',
  PlanGroupMeeting: 'handling',
  HoldGroupMeeting: 'heldOn',
  CancelGroupMeeting: 'handling',
  ProposeItem: 'proposedOn',
  ReviewItem: 'meeting.heldOn',
  PublishItem: 'publishedOn',
  RetireItem: 'retiredOn',
  RecordPresentation: 'forumMeeting.date',
  // supervision
  PlanCampaign: 'handling',
  ChangeCampaignSectors: 'handling',
  LaunchCampaign: 'launchedOn',
  ConcludeCampaign: 'concludedOn',
  EvaluateCampaign: 'evaluatedOn',
  MarkPrincipalEligible: 'markedOn',
  RecordInspection: 'inspectedOn',
  RecordFkParticipation: 'entity inspection.inspectedOn',
  RecordFindings: 'entity inspection.inspectedOn',
  IssueRequirement: 'issuedOn',
  RecordFollowUp: 'followedUpOn',
  CloseInspection: 'closedOn',
  CarryOverInspection: 'handling',
  // dialogue
  SelectEmployer: 'handling',
  DeselectEmployer: 'handling',
  PlanDialogueMeeting: 'handling',
  RecordDialogueParticipants: 'handling',
  HoldDialogueMeeting: 'heldOn',
  CancelDialogueMeeting: 'handling',
  RecordDialogueOutcomes: 'recordedOn',
  RecordDialogueFollowUp: 'followedUpOn',
  // tips
  ReportImpulse: 'reportedOn',
  DismissImpulse: 'dismissedOn',
  JoinTip: 'handling',
  LeaveTip: 'handling',
  CompileTip: 'handling',
  AddImpulseToTip: 'handling',
  RemoveImpulseFromTip: 'handling',
  SendTip: 'sentOn',
  RecordTipReceipt: 'receivedOn',
  RecordDirectAction: 'decidedOn',
  RecordIndirectUse: 'decidedOn',
  RecordNoAction: 'decidedOn',
  // momentum
  PlanActivity: 'handling',
  RescheduleActivity: 'handling',
  HoldActivity: 'heldOn',
  RecordParticipants: 'entity activity.heldOn',
  CancelActivity: 'handling',
  ReportEvaluation: 'handling',
  // oversight, privacy, reporting: acts of the workspace itself, dated when they are done
  MarkObligationOverdue: 'handling',
  ErasePerson: 'handling',
  SealEsfReport: 'handling',
  ReportParticipantMonth: 'handling',
  // access: a credential is issued and revoked when the decision is recorded, and takes effect then
  IssueServiceCredential: 'handling',
  RevokeServiceCredential: 'handling',
};

/**
 * Input fields that hold a date but not the time of the command's fact, each with why. A new date
 * field must either be declared as some command's world time or be listed here.
 */
const NOT_THE_FACTS_TIME: Record<string, string> = {
  dueDate: 'a deadline still ahead',
  date: "a meeting's or activity's planned date (planning happens when it is sent)",
  plannedOn: "the dialogue meeting's planned date",
  from: 'a period or filter bound',
  to: 'a period or filter bound',
  month: 'the month a participant report is about',
  occurredFrom: 'a timeline filter bound',
  occurredTo: 'a timeline filter bound',
  recordedFrom: 'a timeline filter bound',
  recordedTo: 'a timeline filter bound',
  expiresAt: "a service credential's expiry, still ahead",
};

describe("Every command declares where its fact's time is read", () => {
  it('lists each command of each module with its time field, and no others', () => {
    const declared = Object.fromEntries([...sources].map(([command, source]) => [command, describeSource(source)]));
    expect(declared).toEqual(EXPECTED);
  });

  it('reads the data of older events under the name their events keep it', () => {
    const recordedAs = [...sources]
      .filter(([, s]) => s.kind !== 'handled' && s.recordedAs)
      .map(([c, s]) => [c, (s as { recordedAs: string }).recordedAs]);
    expect(Object.fromEntries(recordedAs)).toEqual({ ReviewItem: 'reviewedOn', RecordPresentation: 'presentedOn' });
  });

  describe('each stated field is read and checked by the one mechanism', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const stated = [...sources].filter(([, s]) => s.kind === 'stated') as [string, { field: string }][];
    const commandWith = (type: string, path: string, value: string) => {
      const data: Record<string, unknown> = {};
      const keys = path.split('.');
      keys.reduce((node, key, i) => (node[key] = i === keys.length - 1 ? value : {}) as Record<string, unknown>, data);
      return { type, data, metadata: { now } };
    };

    it.each(stated)('%s: its field dates the fact, and a day after today is refused naming it', (type, source) => {
      const time = worldTimeOf(source as WorldTimeSource, commandWith(type, source.field, '2024-02-20'), {});
      expect(time).toMatchObject({ date: '2024-02-20', from: source.field });
      const tomorrow = worldTimeOf(source as WorldTimeSource, commandWith(type, source.field, '2026-12-03'), {});
      let refused: unknown;
      try {
        checkWorldTime(tomorrow, now, { stream: 'x-1', existedFrom: null });
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(DomainRuleViolation);
      expect(refused).toMatchObject({ code: 'DATE_IN_FUTURE', details: { field: source.field, today: '2026-12-02' } });
    });
  });

  describe('agrees with the GraphQL schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
    const inputs = Object.values(schema.getTypeMap()).filter(isInputObjectType) as GraphQLInputObjectType[];
    const dateFields = inputs.flatMap((type) =>
      Object.values(type.getFields())
        .filter(
          (f) =>
            /(On|At|Date|date|From|To|from|to|month)$/.test(f.name) &&
            ['String', 'DateTime'].includes(getNamedType(f.type).name),
        )
        .map((f) => ({ type: type.name, field: f.name })),
    );
    const statedLeaves = new Set(
      [...sources.values()]
        .filter((s) => s.kind === 'stated')
        .map((s) => (s as { field: string }).field.split('.').at(-1)),
    );

    it('finds the date fields it checks (the check would be empty otherwise)', () => {
      expect(dateFields.length).toBeGreaterThan(40);
      expect(dateFields).toContainEqual({ type: 'SteeringGroupDecisionInput', field: 'decidedAt' });
      expect(dateFields).toContainEqual({ type: 'HoldForumMeetingInput', field: 'heldOn' });
    });

    it("has no date field that is neither some command's world time nor listed with a reason", () => {
      const unexplained = dateFields.filter((f) => !statedLeaves.has(f.field) && !(f.field in NOT_THE_FACTS_TIME));
      expect(unexplained).toEqual([]);
    });

    it('names no field as "not the fact\'s time" that some command reads from its own input as its world time', () => {
      // Nested paths (`forumMeeting.date`) are filled by handlers from another entity, not typed by users.
      const topLevel = new Set(
        [...sources.values()]
          .filter((s) => s.kind === 'stated' && !s.field.includes('.'))
          .map((s) => (s as { field: string }).field),
      );
      expect(Object.keys(NOT_THE_FACTS_TIME).filter((name) => topLevel.has(name))).toEqual([]);
    });
  });
});
