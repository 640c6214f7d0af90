import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { changed } from '@samverkan/core/testing/changed';
import { without } from '@samverkan/core/testing/edges';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import {
  aCancelledDialogue,
  aDialogueWithBothAgencies,
  aDialogueWithOutcomes,
  aHeldDialogue,
  aPlannedDialogue,
  cancelDialogue,
  careCompany,
  dialogueMeetingSpec as spec,
  holdDialogue,
  MEETING_ID as meetingId,
  municipality,
  outcomes,
  PERSON,
  planDialogue,
  recordFollowUp,
  recordOutcomes,
  recordParticipants,
  TODAY,
  TOMORROW,
} from './testing/dialogue.fixtures';

/**
 * A rejection names the meeting it refuses, and the entry (by index), outcome or field it is about,
 * so that a client can point at what to correct; the held meeting was held on 15 October 2025.
 */

type Rejection = Refusal<DialogueMeetingCommand, DialogueMeetingEvent>;

const plan = changed(planDialogue);
const [, uncitedTopic] = planDialogue.data.topics;
const av = { personId: PERSON.av, agency: 'AV' as const };
const [dated, undated] = outcomes;
const asSecond = (changes: Partial<(typeof outcomes)[number]>) => recordOutcomes([undated, { ...dated, ...changes }]);

const planning: Rejection[] = [
  ['planning it again', aPlannedDialogue, planDialogue, 'DIALOGUE_MEETING_ALREADY_PLANNED', { meetingId }],
  ['a blank area', [], plan({ area: ' ' }), 'INVALID_TEXT', { meetingId, field: 'area' }],
  ['an unknown kind', [], plan({ kind: 'INFORMAL' as never }), 'INVALID_CHOICE', { meetingId, field: 'kind' }],
  ['an impossible day', [], plan({ plannedOn: '2025-09-31' }), 'INVALID_DATE', { meetingId, field: 'plannedOn' }],
  ['no employer', [], plan({ employers: [] }), 'EMPLOYER_REQUIRED', { meetingId }],
  [
    'a malformed organisation number',
    [],
    plan({ employers: [municipality, { ...careCompany, organisationNumber: '5560360793' }] }),
    'INVALID_ORGANISATION_NUMBER',
    { meetingId, index: 1 },
  ],
  [
    'an employer without a name',
    [],
    plan({ employers: [municipality, { ...careCompany, name: ' ' }] }),
    'INVALID_TEXT',
    { meetingId, index: 1, field: 'name' },
  ],
  ['no audience', [], plan({ audiences: [] }), 'AUDIENCE_REQUIRED', { meetingId }],
  [
    'an unknown audience',
    [],
    plan({ audiences: ['HR', 'UNIONS' as never] }),
    'INVALID_CHOICE',
    { meetingId, field: 'audiences' },
  ],
  [
    'a topic title longer than 200 characters',
    [],
    plan({ topics: [uncitedTopic, { title: 'a'.repeat(201) }] }),
    'INVALID_TEXT',
    { meetingId, index: 1, field: 'title', max: 200 },
  ],
  [
    'a topic citing a padded inspection id',
    [],
    plan({ topics: [uncitedTopic, { title: 'Tillsynen', citedInspectionId: ' insp-2025-0001' }] }),
    'INVALID_ID',
    { meetingId, index: 1, field: 'citedInspectionId' },
  ],
];

const recordingParticipants: Rejection[] = [
  ['no participant', aPlannedDialogue, recordParticipants([]), 'PARTICIPANT_REQUIRED', { meetingId }],
  [
    'an agency other than FK or AV',
    aPlannedDialogue,
    recordParticipants([av, { personId: PERSON.fk, agency: 'ISF' as never }]),
    'INVALID_CHOICE',
    { meetingId, index: 1, field: 'agency' },
  ],
  ['a cancelled meeting', aCancelledDialogue, recordParticipants(), 'DIALOGUE_MEETING_CANCELLED', { meetingId }],
];

const holding: Rejection[] = [
  ['holding it again', aHeldDialogue, holdDialogue(), 'DIALOGUE_MEETING_NOT_PLANNED', { meetingId, status: 'HELD' }],
  [
    'a day to come',
    aDialogueWithBothAgencies,
    holdDialogue(TOMORROW),
    'DATE_IN_FUTURE',
    { meetingId, field: 'heldOn' },
  ],
  [
    'a negative count of employer participants',
    aDialogueWithBothAgencies,
    holdDialogue(undefined, -1),
    'INVALID_PARTICIPANT_COUNT',
    { meetingId, employerParticipants: -1 },
  ],
  [
    'no count of employer participants',
    aDialogueWithBothAgencies,
    without(holdDialogue(), 'employerParticipants'),
    'INVALID_PARTICIPANT_COUNT',
    { meetingId, employerParticipants: null },
  ],
];

const cancelling: Rejection[] = [
  [
    'cancelling a held meeting',
    aHeldDialogue,
    cancelDialogue(),
    'DIALOGUE_MEETING_ALREADY_HELD',
    { meetingId, heldOn: '2025-10-15' },
  ],
  ['cancelling without a reason', aPlannedDialogue, cancelDialogue(null), 'REASON_REQUIRED', { meetingId }],
];

const recordingOutcomes: Rejection[] = [
  ['outcomes before the meeting is held', aPlannedDialogue, recordOutcomes(), 'OUTCOMES_BEFORE_HELD', { meetingId }],
  [
    'outcomes of a cancelled meeting',
    aCancelledDialogue,
    recordOutcomes(),
    'DIALOGUE_MEETING_CANCELLED',
    { meetingId },
  ],
  ['no outcome', aHeldDialogue, recordOutcomes([]), 'OUTCOME_REQUIRED', { meetingId }],
  [
    'outcomes recorded on a day to come',
    aHeldDialogue,
    recordOutcomes(outcomes, TOMORROW),
    'DATE_IN_FUTURE',
    { meetingId, field: 'recordedOn' },
  ],
  [
    'outcomes recorded before the meeting was held',
    aHeldDialogue,
    recordOutcomes(outcomes, '2025-10-14'),
    'DATE_BEFORE_HELD',
    { meetingId, field: 'recordedOn' },
  ],
  ['a padded outcome id', aHeldDialogue, asSecond({ outcomeId: ' o-1' }), 'INVALID_ID', { meetingId, index: 1 }],
  [
    'a blank description',
    aHeldDialogue,
    asSecond({ description: ' ' }),
    'INVALID_TEXT',
    { meetingId, index: 1, field: 'description' },
  ],
  [
    'an impossible follow-up day',
    aHeldDialogue,
    asSecond({ followUpBy: '2026-02-30' }),
    'INVALID_DATE',
    { meetingId, index: 1, field: 'followUpBy' },
  ],
  [
    'a follow-up due before the meeting was held',
    aHeldDialogue,
    asSecond({ followUpBy: '2025-10-14' }),
    'DATE_BEFORE_HELD',
    { meetingId, index: 1, field: 'followUpBy' },
  ],
];

const followingUp: Rejection[] = [
  [
    'a follow-up before any outcome',
    aHeldDialogue,
    recordFollowUp(),
    'FOLLOW_UP_BEFORE_OUTCOMES',
    { meetingId, status: 'HELD' },
  ],
  [
    'a padded outcome id',
    aDialogueWithOutcomes,
    recordFollowUp(' o-1'),
    'INVALID_ID',
    { meetingId, field: 'outcomeId' },
  ],
  [
    'an unknown outcome',
    aDialogueWithOutcomes,
    recordFollowUp('o-9'),
    'OUTCOME_NOT_FOUND',
    { meetingId, outcomeId: 'o-9' },
  ],
  [
    'a follow-up on a day to come',
    aDialogueWithOutcomes,
    recordFollowUp('o-1', TOMORROW),
    'DATE_IN_FUTURE',
    { meetingId, outcomeId: 'o-1', field: 'followedUpOn' },
  ],
  [
    'a follow-up before its outcome was recorded',
    aDialogueWithOutcomes,
    recordFollowUp('o-1', '2025-10-19'),
    'DATE_BEFORE_OUTCOMES',
    { meetingId, outcomeId: 'o-1', field: 'followedUpOn' },
  ],
  [
    'a follow-up without a note',
    aDialogueWithOutcomes,
    recordFollowUp('o-1', TODAY, ' '),
    'INVALID_TEXT',
    { meetingId, outcomeId: 'o-1', field: 'note' },
  ],
];

describe('Dialogue meeting rejections name what they refuse', () => {
  describe.each([
    ['planning', planning],
    ['recording participants', recordingParticipants],
    ['holding', holding],
    ['cancelling', cancelling],
    ['recording outcomes', recordingOutcomes],
    ['following up', followingUp],
  ] as const)('%s', (_, rejections) => {
    itRefusesEach(spec, rejections);
  });
});
