import { useTestApp } from '../support/test-app';
import { expectEachRefusedWithoutNames, namesMarked } from '../support/named-people';
import { commandMutation } from '../support/command-mutation';

const PLAN_DIALOGUE = commandMutation('planDialogueMeeting', 'PlanDialogueMeetingInput', 'meeting { id }');
const CANCEL_DIALOGUE = commandMutation('cancelDialogueMeeting', 'CancelDialogueMeetingInput', 'meeting { id }');
const DIALOGUE_PARTICIPANTS = commandMutation(
  'recordDialogueParticipants',
  'RecordDialogueParticipantsInput',
  'meeting { participants { name } }',
);
const PLAN_ACTIVITY = commandMutation('planProjectActivity', 'PlanProjectActivityInput', 'activity { id }');
const HOLD_ACTIVITY = commandMutation('holdProjectActivity', 'HoldProjectActivityInput', 'activity { id }');
const ACTIVITY_PARTICIPANTS = commandMutation(
  'recordProjectActivityParticipants',
  'RecordProjectActivityParticipantsInput',
  'activity { id }',
);

const SG = 'STEERING_GROUP';
const leadership = {
  area: 'Stockholm',
  kind: 'LEADERSHIP',
  employers: [{ organisationNumber: '212000-0142', name: 'Storstads kommun' }],
  plannedOn: '2025-10-01',
  audiences: ['MANAGERS'],
};
const conference = {
  kind: 'CONFERENCE',
  title: 'Regional konferens',
  organiser: 'FK',
  date: '2025-03-12',
  place: 'Göteborg',
  expectedParticipants: 80,
};

/**
 * Issue 20: staff in a dialogue and participants of a Momentum activity reach the person directory
 * only with the event that records them. Each refusal leaves no name; a success exactly its names.
 */
describe('Names of participants', () => {
  const t = useTestApp();

  describe('recordDialogueParticipants', () => {
    let plannedId: string;
    let cancelledId: string;
    const input = (meetingId: string, names: string[], extra: Record<string, unknown> = {}) => ({
      input: { meetingId, includeMe: false, others: names.map((name) => ({ name, agency: 'AV' })), ...extra },
    });

    beforeAll(async () => {
      plannedId = (await t.gql(SG, PLAN_DIALOGUE, { input: leadership })).data.planDialogueMeeting.meeting.id;
      cancelledId = (await t.gql(SG, PLAN_DIALOGUE, { input: leadership })).data.planDialogueMeeting.meeting.id;
      await t.gql(SG, CANCEL_DIALOGUE, { input: { meetingId: cancelledId, reason: 'Flyttas till nästa år' } });
    });

    it('leaves no name when a rule, a role that may not, a stale revision or validation refuses it', async () => {
      const marker = 'Dialogvägrad';
      const badAgency = input(plannedId, [`Ulla ${marker}`]);
      badAgency.input.others.push({ name: `Vera ${marker}`, agency: 'SKR' });
      await expectEachRefusedWithoutNames(t, DIALOGUE_PARTICIPANTS, marker, [
        [SG, input(cancelledId, [`Ulla ${marker}`]), 'DIALOGUE_MEETING_CANCELLED'],
        ['FK_CASEWORKER', input(plannedId, [`Ulla ${marker}`]), 'FORBIDDEN'],
        [SG, input(plannedId, [`Ulla ${marker}`], { expectedRevision: 3 }), 'CONFLICT'],
        [SG, badAgency, 'BAD_USER_INPUT'],
      ]);
    });

    it('names exactly the participants once they are recorded', async () => {
      const recorded = await t.gql(
        'AV_INSPECTOR',
        DIALOGUE_PARTICIPANTS,
        input(plannedId, ['Ulla Dialoggodkänd', 'Vera Dialoggodkänd'], { expectedRevision: 0 }),
      );
      expect(recorded.errors).toBeUndefined();
      expect(namesMarked(t, 'Dialoggodkänd')).toEqual(['Ulla Dialoggodkänd', 'Vera Dialoggodkänd']);
    });
  });

  describe('recordProjectActivityParticipants', () => {
    let plannedId: string;
    let heldId: string;
    const input = (activityId: string, names: string[], extra: Record<string, unknown> = {}) => ({
      input: {
        activityId,
        organisations: [{ organisation: 'FK', managers: 0, hr: 0, other: 3 }],
        namedParticipants: names.map((name) => ({ name, organisation: 'FK', email: 'deltagare@example.se' })),
        ...extra,
      },
    });

    beforeAll(async () => {
      plannedId = (await t.gql(SG, PLAN_ACTIVITY, { input: conference })).data.planProjectActivity.activity.id;
      heldId = (await t.gql(SG, PLAN_ACTIVITY, { input: conference })).data.planProjectActivity.activity.id;
      await t.gql(SG, HOLD_ACTIVITY, { input: { activityId: heldId, heldOn: '2025-03-12', summary: 'Genomförd' } });
    });

    it('leaves no name when a rule, a role that may not, a stale revision or validation refuses it', async () => {
      const marker = 'Momentumvägrad';
      const badEmail = input(heldId, [`Kim ${marker}`]);
      badEmail.input.namedParticipants[0].email = 'inte-en-adress';
      await expectEachRefusedWithoutNames(t, ACTIVITY_PARTICIPANTS, marker, [
        [SG, input(plannedId, [`Kim ${marker}`]), 'ACTIVITY_NOT_HELD'],
        ['FK_CASEWORKER', input(heldId, [`Kim ${marker}`]), 'FORBIDDEN'],
        [SG, input(heldId, [`Kim ${marker}`], { expectedRevision: 0 }), 'CONFLICT'],
        [SG, badEmail, 'BAD_USER_INPUT'],
      ]);
    });

    it('names exactly the participants once they are recorded', async () => {
      const recorded = await t.gql(
        'KNOWLEDGE_GROUP',
        ACTIVITY_PARTICIPANTS,
        input(heldId, ['Kim Momentumgodkänd', 'Lo Momentumgodkänd'], { expectedRevision: 1 }),
      );
      expect(recorded.errors).toBeUndefined();
      expect(namesMarked(t, 'Momentumgodkänd')).toEqual(['Kim Momentumgodkänd', 'Lo Momentumgodkänd']);
    });
  });
});
