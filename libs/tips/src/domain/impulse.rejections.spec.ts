import { changed } from '@samverkan/core/testing/changed';
import { DomainRuleViolation, fold } from '@samverkan/core/domain';
import { impulseDecider } from './impulse';
import { ImpulseCommand } from './impulse.commands';
import { ImpulseEvent } from './impulse.events';
import {
  commandOf,
  dismissed,
  homeCare,
  IMPULSE_ID as impulseId,
  impulseSpec,
  joined,
  municipality,
  PERSONAL_IDENTITY_NUMBER,
  reported,
  reportImpulse,
  TIP_ID as tipId,
  TOMORROW,
} from './testing/tips.fixtures';

/**
 * A rejection tells the client which impulse or tip it concerns and what it was weighed against
 * (the details reach GraphQL's extensions), so a desk can point at the field and the entity.
 */

const report = changed(reportImpulse);
const dismiss = (dismissedOn: string, reason?: string): ImpulseCommand =>
  commandOf('DismissImpulse', { impulseId, dismissedOn }, reason);
const join = (toTip: string, tipEmployer?: string): ImpulseCommand =>
  commandOf('JoinTip', { impulseId, tipId: toTip, tipEmployer } as ImpulseCommand<'JoinTip'>['data']);
const leave = (fromTip: string): ImpulseCommand => commandOf('LeaveTip', { impulseId, tipId: fromTip, why: '' });
const OTHER_TIP = 'tip-2025-011';

describe('An impulse’s rejections name it', () => {
  it.each<[string, ImpulseCommand, string, Record<string, unknown>]>([
    ['a report of an impulse already reported', reportImpulse, 'IMPULSE_ALREADY_REPORTED', {}],
    ['a dismissal of a dismissed impulse', dismiss('2025-05-20', 'Dubblett'), 'IMPULSE_ALREADY_DISMISSED', {}],
    ['a dismissed impulse joining a tip', join(tipId, homeCare.organisationNumber), 'IMPULSE_DISMISSED', {}],
  ])('%s', (_, command, code, details) => {
    impulseSpec
      .given([reported, dismissed])
      .when(command)
      .thenThrows(code, { details: { impulseId, ...details } });
  });

  it.each<[string, Partial<ImpulseCommand<'ReportImpulse'>['data']>, string, Record<string, unknown>]>([
    [
      'an invalid organisation number',
      { employer: { ...homeCare, organisationNumber: '1' } },
      'INVALID_ORGANISATION_NUMBER',
      {},
    ],
    ['a blank employer name', { employer: { ...homeCare, name: ' ' } }, 'EMPLOYER_NAME_REQUIRED', {}],
    ['a blank region', { region: '' }, 'REGION_REQUIRED', {}],
    ['an industry that is no SNI code', { industry: 'hemtjänst' }, 'INVALID_INDUSTRY_CODE', { industry: 'hemtjänst' }],
    ['a blank description', { description: ' ' }, 'DESCRIPTION_REQUIRED', {}],
    [
      'a personal identity number in the description',
      { description: `Gäller ${PERSONAL_IDENTITY_NUMBER}` },
      'PERSONAL_IDENTITY_NUMBER_IN_TEXT',
      { field: 'description' },
    ],
    ['a report dated after today', { reportedOn: TOMORROW }, 'DATE_IN_FUTURE', { field: 'reportedOn' }],
  ])('refuses %s, naming the impulse', (_, data, code, details) => {
    impulseSpec
      .given([])
      .when(report(data))
      .thenThrows(code, { details: { impulseId, ...details } });
  });

  it('refuses a report without an industry, saying none was given', () => {
    const { industry: _, ...withoutIndustry } = reportImpulse.data;
    impulseSpec
      .given([])
      .when({ ...reportImpulse, data: withoutIndustry as ImpulseCommand<'ReportImpulse'>['data'] })
      .thenThrows('INVALID_INDUSTRY_CODE', { details: { impulseId, industry: null } });
  });

  it.each<[string, ImpulseCommand, string, Record<string, unknown>]>([
    ['without a reason', dismiss('2025-05-20'), 'REASON_REQUIRED', {}],
    ['dated after today', dismiss(TOMORROW, 'Dubblett'), 'DATE_IN_FUTURE', {}],
    [
      'dated before the report',
      dismiss('2025-05-11', 'Dubblett'),
      'DATE_BEFORE_REPORT',
      { date: '2025-05-11', earliest: '2025-05-12' },
    ],
  ])('refuses a dismissal %s, naming the impulse', (_, command, code, details) => {
    impulseSpec
      .given([reported])
      .when(command)
      .thenThrows(code, { details: { impulseId, ...details } });
  });

  it('refuses a tip about another employer, naming both employers', () => {
    impulseSpec
      .given([reported])
      .when(join(tipId, municipality.organisationNumber))
      .thenThrows('TIP_EMPLOYER_MISMATCH', {
        details: {
          impulseId,
          tipId,
          impulseEmployer: homeCare.organisationNumber,
          tipEmployer: municipality.organisationNumber,
        },
      });
    impulseSpec
      .given([reported])
      .when(join(tipId))
      .thenThrows('TIP_EMPLOYER_MISMATCH', { details: { tipEmployer: null } });
  });

  it('refuses leaving a tip it is not in, naming the tip it is in, if any', () => {
    expect(rejectionOf([reported, joined()], leave(OTHER_TIP))).toStrictEqual({
      impulseId,
      tipId: OTHER_TIP,
      currentTipId: tipId,
    });
    expect(rejectionOf([reported], leave(tipId))).toStrictEqual({ impulseId, tipId });
  });
});

function rejectionOf(given: ImpulseEvent[], command: ImpulseCommand): Record<string, unknown> {
  try {
    impulseDecider.decide(command, fold(impulseDecider, given));
  } catch (error) {
    if (error instanceof DomainRuleViolation) return error.details;
    throw error;
  }
  throw new Error(`${command.type} was accepted`);
}
