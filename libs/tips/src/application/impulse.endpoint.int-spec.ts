import { stockholmDate } from '@samverkan/core/domain';
import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { impulseStream, tipsModuleEvents } from '../domain';
import { dismissed, homeCare, IMPULSE_ID, reported } from '../domain/testing/tips.fixtures';
import { impulseEndpoint, impulseIdFor, ReportImpulseRequest } from './impulse.endpoint';

const spec = endpointSpecification(impulseEndpoint, [tipsModuleEvents]);
const commandId = '5d1f0b0e-3c4a-4e5b-9a6c-7d8e9f0a1b2c';
const caseworker = { role: 'FK_CASEWORKER' };
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
        .when(report(), caseworker, { commandId })
        .then([{ ...reported, data: { ...reported.data, impulseId: impulseIdFor(commandId) } }]));

    it('dates the impulse today when the caseworker gives no day', () =>
      spec
        .given()
        .when(report({ reportedOn: undefined }), caseworker, { commandId })
        .then([
          {
            ...reported,
            data: { ...reported.data, impulseId: impulseIdFor(commandId), reportedOn: stockholmDate(new Date()) },
          },
        ]));

    it('refuses a region outside the configured list at its field', () =>
      spec
        .given()
        .when(report({ region: 'Atlantis' }), caseworker)
        .thenThrows('BAD_USER_INPUT', { field: 'region' }));

    it('refuses an organisation number that fails its check digit with the domain rule', () =>
      spec
        .given()
        .when(report({ employer: { organisationNumber: '556036-0794', name: homeCare.name } }), caseworker)
        .thenThrows('INVALID_ORGANISATION_NUMBER'));
  });

  describe('when an officer dismisses an impulse', () => {
    const dismiss = { type: 'DismissImpulse' as const, data: { impulseId: IMPULSE_ID }, reason: dismissed.data.reason };

    it('dismisses it today when no day is given', () =>
      spec
        .given(impulse())
        .when(dismiss)
        .then([{ ...dismissed, data: { ...dismissed.data, dismissedOn: stockholmDate(new Date()) } }]));

    it('does not know an impulse never reported', () => spec.given().when(dismiss).thenThrows('IMPULSE_NOT_FOUND'));

    it('refuses a stale revision, saying which it found', () =>
      spec
        .given(impulse())
        .when(dismiss, {}, { expectedRevision: 3 })
        .thenThrows('CONFLICT', { details: { expected: 3, actual: 0 } }));
  });
});
