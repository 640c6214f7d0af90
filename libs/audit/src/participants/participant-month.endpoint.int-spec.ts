import { endpointSpecification, GivenStream } from '@samverkan/core/testing/endpoint-specification';
import { activitiesHash } from '../esf/esf-content';
import { reportingModuleEvents } from '../reporting-events';
import { monthStream, ParticipantMonthReported } from './participant-month';
import { participantMonthEndpoint, ParticipantMonthRequest } from './participant-month.endpoint';

const spec = endpointSpecification(participantMonthEndpoint, [reportingModuleEvents]);
const auditor = { role: 'AUDITOR' };
const report = (month: string): ParticipantMonthRequest => ({ type: 'ReportParticipantMonth', data: { month } });
/** A month with no activities, as reported: its fingerprint is the one of no rows, unless it changed since. */
const reported = (month: string, contentHash = activitiesHash([])): GivenStream => ({
  stream: monthStream(month),
  events: [
    {
      type: 'ParticipantMonthReported',
      data: {
        month,
        contentHash,
        position: '1',
        positionSpace: 'sqlite',
        activities: 0,
        participants: 0,
        follows: null,
        rereport: false,
      },
    },
  ],
});
/** The report of a month with no activities, at the store's head (none in an empty store). */
const reportOf = (
  month: string,
  follows: string | null,
  position: string | null = expect.any(String),
): ParticipantMonthReported => ({
  type: 'ParticipantMonthReported',
  data: {
    month,
    contentHash: activitiesHash([]),
    position,
    positionSpace: 'sqlite',
    activities: 0,
    participants: 0,
    follows,
    rereport: false,
  },
});

describe('The participant month endpoint', () => {
  it("reports the project's first month from the trail as it stands", () =>
    spec
      .given()
      .when(report('2024-05'), auditor)
      .then([reportOf('2024-05', null, null)]));

  it('reads the month before and follows its latest report', () =>
    spec
      .given([reported('2024-05')])
      .when(report('2024-06'), auditor)
      .then([reportOf('2024-06', expect.any(String))]));

  it('refuses a month whose month before was never reported, as the trail tells', () =>
    spec.given().when(report('2024-06'), auditor).thenThrows('PREVIOUS_MONTH_NOT_REPORTED'));

  it('refuses a month whose month before changed since it was reported', () =>
    spec
      .given([reported('2024-05', 'an older fingerprint')])
      .when(report('2024-06'), auditor)
      .thenThrows('PREVIOUS_MONTH_NEEDS_REREPORT'));

  it('refuses a month before the project without reading the trail', () =>
    spec.given().when(report('2024-04'), auditor).thenThrows('MONTH_BEFORE_PROJECT'));
});
