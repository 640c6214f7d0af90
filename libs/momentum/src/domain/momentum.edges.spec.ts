import { describeEdges, Edge, textOf } from '@samverkan/core/testing/edges';
import { OrganisationParticipants, ParticipantCounts } from './momentum.model';
import { ActivityCommand, ActivityEvent, HoldActivity } from './project-activity.commands';
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
const edges: Edge<ActivityCommand, ActivityEvent>[] = [
  {
    rule: 'an activity is planned no earlier than the first day of the project',
    accepted: planActivity({ date: '2024-05-01' }),
    then: [activityPlanned({ date: '2024-05-01' })],
    refused: planActivity({ date: '2024-04-30' }),
    code: 'OUTSIDE_PROJECT_PERIOD',
  },
  {
    rule: 'an activity is planned no later than the last day of the project',
    accepted: planActivity({ date: '2027-04-30' }),
    then: [activityPlanned({ date: '2027-04-30' })],
    refused: planActivity({ date: '2027-05-01' }),
    code: 'OUTSIDE_PROJECT_PERIOD',
  },
  {
    rule: 'an activity is moved no earlier than the first day of the project',
    given: aPlannedActivity,
    accepted: rescheduleActivity('2024-05-01'),
    then: [activityRescheduled('2024-05-01')],
    refused: rescheduleActivity('2024-04-30'),
    code: 'OUTSIDE_PROJECT_PERIOD',
  },
  {
    rule: 'an activity is moved no later than the last day of the project',
    given: aPlannedActivity,
    accepted: rescheduleActivity('2027-04-30'),
    then: [activityRescheduled('2027-04-30')],
    refused: rescheduleActivity('2027-05-01'),
    code: 'OUTSIDE_PROJECT_PERIOD',
  },
  {
    rule: 'an activity is held no earlier than the first day of the project',
    given: aPlannedActivity,
    accepted: holdActivity('2024-05-01'),
    then: [activityHeld('2024-05-01')],
    refused: holdActivity('2024-04-30'),
    code: 'OUTSIDE_PROJECT_PERIOD',
  },
  {
    rule: 'an activity is held today at the latest',
    given: aPlannedActivity,
    accepted: holdActivity(TODAY),
    then: [activityHeld(TODAY)],
    refused: holdActivity(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'an activity expects at least one participant',
    accepted: planActivity({ expectedParticipants: 1 }),
    then: [activityPlanned({ expectedParticipants: 1 })],
    refused: planActivity({ expectedParticipants: 0 }),
    code: 'INVALID_EXPECTED_PARTICIPANTS',
  },
  {
    rule: 'an activity expects at most 100 000 participants',
    accepted: planActivity({ expectedParticipants: 100_000 }),
    then: [activityPlanned({ expectedParticipants: 100_000 })],
    refused: planActivity({ expectedParticipants: 100_001 }),
    code: 'INVALID_EXPECTED_PARTICIPANTS',
  },
  {
    rule: 'a title is at most 200 characters',
    accepted: planActivity({ title: textOf(200) }),
    then: [activityPlanned({ title: textOf(200) })],
    refused: planActivity({ title: textOf(201) }),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'a place is at most 200 characters',
    accepted: planActivity({ place: textOf(200) }),
    then: [activityPlanned({ place: textOf(200) })],
    refused: planActivity({ place: textOf(201) }),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'the account of a held activity is at most 4000 characters',
    given: aPlannedActivity,
    accepted: holdActivity(undefined, textOf(4000)),
    then: [activityHeld(undefined, textOf(4000))],
    refused: holdActivity(undefined, textOf(4001)),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'a reason for cancelling is at most 4000 characters',
    given: aPlannedActivity,
    accepted: cancelActivity(textOf(4000)),
    then: [activityCancelled(textOf(4000))],
    refused: cancelActivity(textOf(4001)),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'an evaluation is at least 1',
    given: aHeldActivity,
    accepted: reportEvaluation(1),
    then: [activityEvaluated(1)],
    refused: reportEvaluation(0.9),
    code: 'INVALID_EVALUATION_SCALE',
  },
  {
    rule: 'an evaluation is at most 10',
    given: aHeldActivity,
    accepted: reportEvaluation(10),
    then: [activityEvaluated(10)],
    refused: reportEvaluation(10.1),
    code: 'INVALID_EVALUATION_SCALE',
  },
  {
    rule: 'an evaluation has at most one decimal',
    given: aHeldActivity,
    accepted: reportEvaluation(7.2),
    then: [activityEvaluated(7.2)],
    refused: reportEvaluation(7.25),
    code: 'INVALID_EVALUATION_SCALE',
  },
  {
    rule: 'an evaluation has at least one respondent',
    given: aHeldActivity,
    accepted: reportEvaluation(8.8, 1),
    then: [activityEvaluated(8.8, 1)],
    refused: reportEvaluation(8.8, 0),
    code: 'INVALID_RESPONDENTS',
  },
  {
    rule: 'an evaluation has no more respondents than the 14 who took part',
    given: anActivityWithParticipants,
    accepted: reportEvaluation(8.8, 14),
    then: [activityEvaluated(8.8, 14)],
    refused: reportEvaluation(8.8, 15),
    code: 'RESPONDENTS_EXCEED_PARTICIPANTS',
  },
  {
    rule: 'an organisation that took part sent at least one person',
    given: aHeldActivity,
    accepted: recordParticipants(sent({ MANAGER: 0, HR: 0, OTHER: 1 }), []),
    then: [participantsRecorded(sent({ MANAGER: 0, HR: 0, OTHER: 1 }), [])],
    refused: recordParticipants(sent({ MANAGER: 0, HR: 0, OTHER: 0 }), []),
    code: 'NO_PARTICIPANTS',
  },
  {
    rule: 'participants by role are counted from zero',
    given: aHeldActivity,
    accepted: recordParticipants(sent({ MANAGER: 0, HR: 1, OTHER: 0 }), []),
    then: [participantsRecorded(sent({ MANAGER: 0, HR: 1, OTHER: 0 }), [])],
    refused: recordParticipants(sent({ MANAGER: -1, HR: 1, OTHER: 0 }), []),
    code: 'INVALID_PARTICIPANTS',
  },
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
      .when({ ...holdActivity(TODAY), data: data as HoldActivity['data'] })
      .thenThrows('SUMMARY_REQUIRED');
  });
});
