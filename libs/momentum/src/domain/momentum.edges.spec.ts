import { edgeOf } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, textOf } from '@samverkan/core/testing/edges';
import { OrganisationParticipants, ParticipantCounts } from './momentum.model';
import { ActivityCommand, ActivityEvent } from './project-activity.commands';
import {
  activityCancelled,
  activityEvaluated,
  activityHeld,
  activityPlanned,
  activityRescheduled,
  activitySpec as spec,
  anActivityWithParticipants,
  aHeldActivity,
  aPlannedActivity,
  cancelActivity,
  holdActivity,
  KOMMUN,
  participantsRecorded,
  planActivity,
  recordParticipants,
  reportEvaluation,
  rescheduleActivity,
  TODAY,
  TOMORROW,
} from './testing/momentum.fixtures';

const sent = (participants: ParticipantCounts): OrganisationParticipants[] => [{ organisation: KOMMUN, participants }];

/** Momentum's limits, each from both sides; the project runs 1 May 2024 – 30 April 2027 and today is 20 November 2025. */
const onPlanActivity = edgeOf(planActivity, activityPlanned);
const onRescheduleActivity = edgeOf(rescheduleActivity, activityRescheduled, aPlannedActivity);
const onHoldActivity = edgeOf(holdActivity, activityHeld, aPlannedActivity);
const onCancelActivity = edgeOf(cancelActivity, activityCancelled, aPlannedActivity);
const onEvaluate = edgeOf(reportEvaluation, activityEvaluated, aHeldActivity);
const onRecordParticipants = edgeOf(recordParticipants, participantsRecorded, aHeldActivity);
const edges: Edge<ActivityCommand, ActivityEvent>[] = [
  onPlanActivity(
    'an activity is planned no earlier than the first day of the project',
    [{ date: '2024-05-01' }],
    [{ date: '2024-04-30' }],
    'OUTSIDE_PROJECT_PERIOD',
  ),
  onPlanActivity(
    'an activity is planned no later than the last day of the project',
    [{ date: '2027-04-30' }],
    [{ date: '2027-05-01' }],
    'OUTSIDE_PROJECT_PERIOD',
  ),
  onRescheduleActivity(
    'an activity is moved no earlier than the first day of the project',
    ['2024-05-01'],
    ['2024-04-30'],
    'OUTSIDE_PROJECT_PERIOD',
  ),
  onRescheduleActivity(
    'an activity is moved no later than the last day of the project',
    ['2027-04-30'],
    ['2027-05-01'],
    'OUTSIDE_PROJECT_PERIOD',
  ),
  onHoldActivity(
    'an activity is held no earlier than the first day of the project',
    ['2024-05-01'],
    ['2024-04-30'],
    'OUTSIDE_PROJECT_PERIOD',
  ),
  onHoldActivity('an activity is held today at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
  onPlanActivity(
    'an activity expects at least one participant',
    [{ expectedParticipants: 1 }],
    [{ expectedParticipants: 0 }],
    'INVALID_EXPECTED_PARTICIPANTS',
  ),
  onPlanActivity(
    'an activity expects at most 100 000 participants',
    [{ expectedParticipants: 100_000 }],
    [{ expectedParticipants: 100_001 }],
    'INVALID_EXPECTED_PARTICIPANTS',
  ),
  onPlanActivity(
    'a title is at most 200 characters',
    [{ title: textOf(200) }],
    [{ title: textOf(201) }],
    'INVALID_TEXT',
  ),
  onPlanActivity(
    'a place is at most 200 characters',
    [{ place: textOf(200) }],
    [{ place: textOf(201) }],
    'INVALID_TEXT',
  ),
  onHoldActivity(
    'the account of a held activity is at most 4000 characters',
    [undefined, textOf(4000)],
    [undefined, textOf(4001)],
    'INVALID_TEXT',
  ),
  onCancelActivity(
    'a reason for cancelling is at most 4000 characters',
    [textOf(4000)],
    [textOf(4001)],
    'INVALID_TEXT',
  ),
  onEvaluate('an evaluation is at least 1', [1], [0.9], 'INVALID_EVALUATION_SCALE'),
  onEvaluate('an evaluation is at most 10', [10], [10.1], 'INVALID_EVALUATION_SCALE'),
  onEvaluate('an evaluation has at most one decimal', [7.2], [7.25], 'INVALID_EVALUATION_SCALE'),
  onEvaluate('an evaluation has at least one respondent', [8.8, 1], [8.8, 0], 'INVALID_RESPONDENTS'),
  edgeOf(reportEvaluation, activityEvaluated, anActivityWithParticipants)(
    'an evaluation has no more respondents than the 14 who took part',
    [8.8, 14],
    [8.8, 15],
    'RESPONDENTS_EXCEED_PARTICIPANTS',
  ),
  onRecordParticipants(
    'an organisation that took part sent at least one person',
    [sent({ MANAGER: 0, HR: 0, OTHER: 1 }), []],
    [sent({ MANAGER: 0, HR: 0, OTHER: 0 }), []],
    'NO_PARTICIPANTS',
  ),
  onRecordParticipants(
    'participants by role are counted from zero',
    [sent({ MANAGER: 0, HR: 1, OTHER: 0 }), []],
    [sent({ MANAGER: -1, HR: 1, OTHER: 0 }), []],
    'INVALID_PARTICIPANTS',
  ),
];

describe('Momentum’s limits, from both sides', () => {
  describeEdges(spec, edges);

  it('plans an activity whose optional region and country are left out entirely', () => {
    const command = planActivity();
    expect(command.data).not.toHaveProperty('region');
    expect(command.data).not.toHaveProperty('country');
    spec.given([]).when(command).then([activityPlanned()]);
  });

  it('refuses a cancellation whose reason is left out entirely, or is only spaces', () => {
    spec.given(aPlannedActivity).when(cancelActivity(null)).thenThrows('REASON_REQUIRED');
    spec.given(aPlannedActivity).when(cancelActivity('   ')).thenThrows('REASON_REQUIRED');
  });

  it('refuses a held activity whose account is left out entirely', () => {
    const { summary: _left, ...data } = holdActivity(TODAY).data;
    spec
      .given(aPlannedActivity)
      .when({ ...holdActivity(TODAY), data: data as ActivityCommand<'HoldActivity'>['data'] })
      .thenThrows('SUMMARY_REQUIRED');
  });
});
