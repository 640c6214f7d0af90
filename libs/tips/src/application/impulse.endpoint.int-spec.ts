import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { FK_CASEWORKER, TEST_COMMAND_ID, today } from '@samverkan/core/testing/test-requests';
import { impulseStream, tipsModuleEvents } from '../domain';
import { dismissed, homeCare, IMPULSE_ID, reported } from '../domain/testing/tips.fixtures';
import { impulseEndpoint, ReportImpulseRequest } from './impulse.endpoint';
import { impulseIdFor } from './tips.ids';

const spec = endpointSpecification(impulseEndpoint, [tipsModuleEvents]);
const impulse = (events = [reported]) => [{ stream: impulseStream(IMPULSE_ID), events }];

/** A report as the form gives it: the number without its dash, the SNI code without its dot. */
const report = (data: Partial<ReportImpulseRequest['data']> = {}): ReportImpulseRequest => ({
  type: 'ReportImpulse',
  data: {
    employer: { organisationNumber: '5560360793', name: homeCare.name },
    region: 'Västra Götaland',
    industry: '88101',
    deficiency: 'NO_RETURN_TO_WORK_PLAN',
    description: reported.data.description,
    reportedOn: reported.data.reportedOn,
    ...data,
  },
});

describe('The impulse endpoint', () => {
  describe('when a caseworker reports an impulse', () => {
    it('mints the impulse id from the command id and normalises the organisation number and SNI code', () =>
      spec
        .given()
        .when(report(), FK_CASEWORKER, { commandId: TEST_COMMAND_ID })
        .then([{ ...reported, data: { ...reported.data, impulseId: impulseIdFor(TEST_COMMAND_ID) } }]));

    it('dates the impulse today when the caseworker gives no day', () =>
      spec
        .given()
        .when(report({ reportedOn: undefined }), FK_CASEWORKER, { commandId: TEST_COMMAND_ID })
        .then([
          {
            ...reported,
            data: { ...reported.data, impulseId: impulseIdFor(TEST_COMMAND_ID), reportedOn: today() },
          },
        ]));

    it('refuses a region outside the configured list at its field', () =>
      spec
        .given()
        .when(report({ region: 'Atlantis' }), FK_CASEWORKER)
        .thenThrows('BAD_USER_INPUT', { field: 'region' }));

    it('refuses an organisation number that fails its check digit with the domain rule', () =>
      spec
        .given()
        .when(report({ employer: { organisationNumber: '556036-0794', name: homeCare.name } }), FK_CASEWORKER)
        .thenThrows('INVALID_ORGANISATION_NUMBER'));
  });

  describe('when an officer dismisses an impulse', () => {
    const dismiss = { type: 'DismissImpulse' as const, data: { impulseId: IMPULSE_ID }, reason: dismissed.data.reason };

    it('dismisses it today when no day is given', () =>
      spec
        .given(impulse())
        .when(dismiss)
        .then([{ ...dismissed, data: { ...dismissed.data, dismissedOn: today() } }]));

    it('does not know an impulse never reported', () => spec.given().when(dismiss).thenThrows('IMPULSE_NOT_FOUND'));

    it('refuses a stale revision, saying which it found', () =>
      spec
        .given(impulse())
        .when(dismiss, {}, { expectedRevision: 3 })
        .thenThrows('CONFLICT', { details: { expected: 3, actual: 0 } }));
  });
});
