import { activityDecider } from './project-activity';
import { ActivityCommand } from './project-activity.commands';
import {
  activityEvaluated,
  activitySpec as spec,
  aHeldActivity,
  anEvaluatedActivity,
  CORRECTION_REASON,
  NAMED,
  ORGANISATIONS_PRESENT,
  participantsRecorded,
  planActivity,
  recordParticipants,
  reportEvaluation,
} from './testing/momentum.fixtures';

/** Fields a client left out, blank or of the wrong shape: what Momentum records for them, or why it refuses. */

const participants = (data: object): ActivityCommand =>
  ({ ...recordParticipants(), data: { activityId: 'pa-0001', ...data } }) as ActivityCommand;

describe('A project activity’s optional and odd fields', () => {
  it('leaves the country and region out of the plan, not set to nothing', () => {
    const [event] = activityDecider.decide(planActivity(), activityDecider.initialState());
    expect(event.data).not.toHaveProperty('country');
    expect(event.data).not.toHaveProperty('region');
  });

  it('refuses a conference whose country is blank rather than left out', () => {
    spec
      .given([])
      .when(planActivity({ country: ' ' }))
      .thenThrows('INVALID_COUNTRY');
  });

  it('records named participants alone, or organisations alone, when the other list is left out', () => {
    spec
      .given(aHeldActivity)
      .when(participants({ namedParticipants: NAMED }))
      .then([participantsRecorded([], NAMED)]);
    spec
      .given(aHeldActivity)
      .when(participants({ organisations: ORGANISATIONS_PRESENT }))
      .then([participantsRecorded(ORGANISATIONS_PRESENT, [])]);
  });

  it('refuses participants given as something other than a list as naming nobody', () => {
    spec
      .given(aHeldActivity)
      .when(participants({ organisations: 'FK', namedParticipants: NAMED }))
      .thenThrows('NO_PARTICIPANTS');
    spec
      .given(aHeldActivity)
      .when(participants({ organisations: ORGANISATIONS_PRESENT, namedParticipants: 'person-1' }))
      .thenThrows('NO_PARTICIPANTS');
  });

  it('refuses an empty entry among the organisations', () => {
    spec
      .given(aHeldActivity)
      .when(participants({ organisations: [null], namedParticipants: NAMED }))
      .thenThrows('INVALID_ORGANISATION', { details: { index: 0, organisation: null } });
  });

  it('refuses an evaluation given as text', () => {
    spec
      .given(aHeldActivity)
      .when(reportEvaluation('7.2' as never, 5))
      .thenThrows('INVALID_EVALUATION_SCALE');
  });

  it('takes a change of the scale alone, or of the respondents alone, as a correction that needs a reason', () => {
    const whenReportEvaluation = spec.given(anEvaluatedActivity).whenEach(reportEvaluation);
    whenReportEvaluation(7.7, 9).thenThrows('REASON_REQUIRED');
    whenReportEvaluation(8.8, 10).thenThrows('REASON_REQUIRED');
    whenReportEvaluation(8.8, 10, CORRECTION_REASON).then([activityEvaluated(8.8, 10, CORRECTION_REASON)]);
  });
});
