import { TestApp, useTestApp } from '../support/test-app';
import { expectEachRefusedWithoutNames, namesMarked } from '../support/named-people';
import { commandMutation } from '../support/command-mutation';
import { heldActivity, plannedActivity, RECORD_PARTICIPANTS } from '../support/momentum-fixtures';

const PLAN_DIALOGUE = commandMutation('planDialogueMeeting', 'PlanDialogueMeetingInput', 'meeting { id }');
const CANCEL_DIALOGUE = commandMutation('cancelDialogueMeeting', 'CancelDialogueMeetingInput', 'meeting { id }');
const DIALOGUE_PARTICIPANTS = commandMutation(
  'recordDialogueParticipants',
  'RecordDialogueParticipantsInput',
  'meeting { participants { name } }',
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
  date: '2025-03-12',
  place: 'Göteborg',
  expectedParticipants: 80,
};

type Variables = { input: Record<string, any> };

/** A mutation that names participants, and what it takes to refuse it for each reason. */
interface ParticipantsCase {
  mutation: string;
  query: string;
  /** A subject the mutation may record for (at `revision`), and one a domain rule refuses (with `rule`). */
  subjects: (t: TestApp) => Promise<{ open: string; refused: string }>;
  revision: number;
  stale: number;
  rule: string;
  input: (id: string, names: string[], extra?: Record<string, unknown>) => Variables;
  /** Makes the request invalid, so that validation refuses it. */
  spoil: (variables: Variables, name: string) => void;
  recorder: string;
  /** The prefix of this case's markers, and the two people it names. */
  prefix: string;
  people: [string, string];
}

const cases: ParticipantsCase[] = [
  {
    mutation: 'recordDialogueParticipants',
    query: DIALOGUE_PARTICIPANTS,
    subjects: async (t) => {
      const planned = (await t.gql(SG, PLAN_DIALOGUE, { input: leadership })).data.planDialogueMeeting.meeting.id;
      const cancelled = (await t.gql(SG, PLAN_DIALOGUE, { input: leadership })).data.planDialogueMeeting.meeting.id;
      await t.gql(SG, CANCEL_DIALOGUE, { input: { meetingId: cancelled, reason: 'Flyttas till nästa år' } });
      return { open: planned, refused: cancelled };
    },
    revision: 0,
    stale: 3,
    rule: 'DIALOGUE_MEETING_CANCELLED',
    input: (meetingId, names, extra = {}) => ({
      input: { meetingId, includeMe: false, others: names.map((name) => ({ name, agency: 'AV' })), ...extra },
    }),
    spoil: (variables, name) => variables.input.others.push({ name, agency: 'SKR' }),
    recorder: 'AV_INSPECTOR',
    prefix: 'Dialog',
    people: ['Ulla', 'Vera'],
  },
  {
    mutation: 'recordProjectActivityParticipants',
    query: RECORD_PARTICIPANTS,
    // A planned activity refuses participants; the held one records them (its revision then 1).
    subjects: async (t) => ({ refused: await plannedActivity(t, conference), open: await heldActivity(t, conference) }),
    revision: 1,
    stale: 0,
    rule: 'ACTIVITY_NOT_HELD',
    input: (activityId, names, extra = {}) => ({
      input: {
        activityId,
        organisations: [{ organisation: 'FK', managers: 0, hr: 0, other: 3 }],
        namedParticipants: names.map((name) => ({ name, organisation: 'FK', email: 'deltagare@example.se' })),
        ...extra,
      },
    }),
    spoil: (variables) => (variables.input.namedParticipants[0].email = 'inte-en-adress'),
    recorder: 'KNOWLEDGE_GROUP',
    prefix: 'Momentum',
    people: ['Kim', 'Lo'],
  },
];

/**
 * Issue 20: staff in a dialogue and participants of a Momentum activity reach the person directory
 * only with the event that records them. Each refusal leaves no name; a success exactly its names.
 */
describe('Names of participants', () => {
  const t = useTestApp();

  describe.each(cases)('$mutation', (c) => {
    let ids: { open: string; refused: string };
    beforeAll(async () => {
      ids = await c.subjects(t);
    });

    it('leaves no name when a rule, a role that may not, a stale revision or validation refuses it', async () => {
      const marker = `${c.prefix}vägrad`;
      const [first, second] = c.people.map((person) => `${person} ${marker}`);
      const invalid = c.input(ids.open, [first]);
      c.spoil(invalid, second);
      await expectEachRefusedWithoutNames(t, c.query, marker, [
        [SG, c.input(ids.refused, [first]), c.rule],
        ['FK_CASEWORKER', c.input(ids.open, [first]), 'FORBIDDEN'],
        [SG, c.input(ids.open, [first], { expectedRevision: c.stale }), 'CONFLICT'],
        [SG, invalid, 'BAD_USER_INPUT'],
      ]);
    });

    it('names exactly the participants once they are recorded', async () => {
      const marker = `${c.prefix}godkänd`;
      const names = c.people.map((person) => `${person} ${marker}`);
      const recorded = await t.gql(c.recorder, c.query, c.input(ids.open, names, { expectedRevision: c.revision }));
      expect(recorded.errors).toBeUndefined();
      expect(namesMarked(t, marker)).toEqual(names);
    });
  });
});
