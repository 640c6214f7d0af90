import { changed } from '@samverkan/core/testing/changed';
import { DomainRuleViolation, fold } from '@samverkan/core/domain';
import { impulseDecider, impulseStream } from './impulse';
import { ImpulseCommand } from './impulse.commands';
import {
  commandOf,
  dismissed,
  homeCare,
  IMPULSE_ID as impulseId,
  impulseSpec as spec,
  joined,
  left,
  municipality,
  PERSONAL_IDENTITY_NUMBER,
  reported,
  reportImpulse,
  TIP_ID as tipId,
  TODAY,
  TOMORROW,
} from './testing/tips.fixtures';

const report = changed(reportImpulse);
const dismissal: ImpulseCommand<'DismissImpulse'> = commandOf(
  'DismissImpulse',
  { impulseId, dismissedOn: '2025-05-20' },
  'Gäller en enskild chef, inte organisationen',
);
const dismiss = (reason?: string, dismissedOn = '2025-05-20'): ImpulseCommand<'DismissImpulse'> => ({
  ...dismissal,
  data: { impulseId, dismissedOn },
  reason,
});

const OTHER_TIP = 'tip-2025-011';

const join = (toTip = tipId, tipEmployer = homeCare.organisationNumber): ImpulseCommand<'JoinTip'> =>
  commandOf('JoinTip', { impulseId, tipId: toTip, tipEmployer });
const leave = (fromTip = tipId, why = 'Togs bort ur tipset'): ImpulseCommand<'LeaveTip'> =>
  commandOf('LeaveTip', { impulseId, tipId: fromTip, why });

describe('Impulse', () => {
  describe('when it is reported', () => {
    it.each([
      ['as sent', reportImpulse],
      [
        'trimmed',
        report({
          employer: { organisationNumber: ` ${homeCare.organisationNumber} `, name: `  ${homeCare.name} ` },
          region: ' Västra Götaland ',
          industry: ' 88.101 ',
          description: `  ${reported.data.description}\n`,
        }),
      ],
    ])('records the employer, region, industry, deficiency and description, %s', (_, command) => {
      spec.given([]).when(command).then([reported]);
    });

    const whenReport = spec.given([]).whenEach(report);

    it('accepts today in Stockholm, though it is still yesterday in UTC', () => {
      whenReport({ reportedOn: TODAY }).then([{ ...reported, data: { ...reported.data, reportedOn: TODAY } }]);
    });

    it('rejects reporting the same impulse again', () => {
      spec.given([reported]).when(reportImpulse).thenThrows('IMPULSE_ALREADY_REPORTED');
    });

    it.each(['556036-0794', '5560360793x', '', 'Omsorgshuset'])('rejects the organisation number %p', (number) => {
      const command = report({ employer: { ...homeCare, organisationNumber: number } });
      spec.given([]).when(command).thenThrows('INVALID_ORGANISATION_NUMBER');
    });

    it('rejects a blank employer name', () => {
      whenReport({ employer: { ...homeCare, name: '  ' } }).thenThrows('EMPLOYER_NAME_REQUIRED');
    });

    it('rejects a blank region', () => {
      whenReport({ region: ' ' }).thenThrows('REGION_REQUIRED');
    });

    it.each(['hemtjänst', '', '8x.101'])('rejects the industry %p', (industry) => {
      whenReport({ industry }).thenThrows('INVALID_INDUSTRY_CODE');
    });

    it('rejects a blank description', () => {
      whenReport({ description: '\n ' }).thenThrows('DESCRIPTION_REQUIRED');
    });

    it.each([
      ['description', report({ description: `Gäller den anställda ${PERSONAL_IDENTITY_NUMBER} på enheten` })],
      ['employer name', report({ employer: { ...homeCare, name: `Omsorg ${PERSONAL_IDENTITY_NUMBER}` } })],
    ])('rejects a personal identity number in the %s, without repeating the text', (_, command) => {
      spec.given([]).when(command).thenThrows('PERSONAL_IDENTITY_NUMBER_IN_TEXT');
      let error: unknown;
      try {
        impulseDecider.decide(command, impulseDecider.initialState());
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DomainRuleViolation);
      const told = JSON.stringify({
        message: (error as Error).message,
        details: (error as DomainRuleViolation).details,
      });
      expect(told).not.toContain(PERSONAL_IDENTITY_NUMBER);
      expect(told).not.toContain('anställda');
      expect(told).not.toContain('Omsorg ');
    });

    it.each(['2025-02-30', '2025-13-01', '12/05/2025', ''])('rejects the date %p', (reportedOn) => {
      whenReport({ reportedOn }).thenThrows('INVALID_DATE');
    });

    it('rejects a date after today in Stockholm', () => {
      whenReport({ reportedOn: TOMORROW }).thenThrows('DATE_IN_FUTURE');
    });
  });

  describe('when it is open', () => {
    const whenDismiss = spec.given([reported]).whenEach(dismiss);

    it('is dismissed with the reason, trimmed', () => {
      whenDismiss('  Gäller en enskild chef, inte organisationen ').then([
        {
          type: 'ImpulseDismissed',
          data: { impulseId, reason: 'Gäller en enskild chef, inte organisationen', dismissedOn: '2025-05-20' },
        },
      ]);
    });

    it.each([undefined, '', '   '])('rejects a dismissal with the reason %p', (reason) => {
      whenDismiss(reason).thenThrows('REASON_REQUIRED');
    });

    it('rejects an impossible dismissal date (2025 is no leap year)', () => {
      whenDismiss('Dubblett', '2025-02-29').thenThrows('INVALID_DATE');
    });

    it('rejects a dismissal date after today', () => {
      whenDismiss('Dubblett', TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects a dismissal dated before the report', () => {
      whenDismiss('Dubblett', '2025-05-11').thenThrows('DATE_BEFORE_REPORT');
    });

    it('is dismissed on the day it was reported', () => {
      whenDismiss('Dubblett', '2025-05-12').then([
        { type: 'ImpulseDismissed', data: { impulseId, reason: 'Dubblett', dismissedOn: '2025-05-12' } },
      ]);
    });
  });

  describe('when it does not exist', () => {
    it('rejects a dismissal as not found', () => {
      spec.given([]).when(dismissal).thenThrows('IMPULSE_NOT_FOUND');
    });
  });

  describe('when it is dismissed', () => {
    it('rejects dismissing it again', () => {
      spec.given([reported, dismissed]).when(dismissal).thenThrows('IMPULSE_ALREADY_DISMISSED');
    });
  });

  describe('when it is in a tip', () => {
    it('rejects a dismissal, naming the tip', () => {
      spec.given([reported, joined()]).when(dismissal).thenThrows('IMPULSE_ALREADY_IN_TIP');
      expect(() => impulseDecider.decide(dismissal, fold(impulseDecider, [reported, joined()]))).toThrow(
        expect.objectContaining({ details: { impulseId, tipId } }),
      );
    });

    it('is dismissed once it has left the tip', () => {
      const [event] = impulseDecider.decide(dismissal, fold(impulseDecider, [reported, joined(), left()]));
      expect(event.type).toBe('ImpulseDismissed');
    });
  });
});

describe('Impulse and tips', () => {
  describe('when it is open', () => {
    const whenJoin = spec.given([reported]).whenEach(join);

    it('joins a tip about its employer', () => {
      whenJoin().then([joined()]);
    });

    it('joins a tip whose employer number comes padded', () => {
      whenJoin(tipId, ` ${homeCare.organisationNumber} `).then([joined()]);
    });

    it('rejects joining a tip about another employer', () => {
      whenJoin(tipId, municipality.organisationNumber).thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    it('rejects leaving a tip it is not in', () => {
      spec.given([reported]).when(leave()).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });

  describe('when it does not exist', () => {
    it.each([join(), leave()])('rejects $type as not found', (command) => {
      spec.given([]).when(command).thenThrows('IMPULSE_NOT_FOUND');
    });
  });

  describe('when it is dismissed', () => {
    it('rejects joining a tip', () => {
      spec.given([reported, dismissed]).when(join()).thenThrows('IMPULSE_DISMISSED');
    });

    it('rejects leaving a tip', () => {
      spec.given([reported, dismissed]).when(leave()).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });

  describe('when it is in a tip', () => {
    const inTip = [reported, joined()];

    const whenJoin = spec.given(inTip).whenEach(join);

    it('treats joining the same tip again as done', () => {
      whenJoin().thenNothingHappened();
    });

    it('rejects joining another tip, naming the tip it is in', () => {
      whenJoin(OTHER_TIP).thenThrows('IMPULSE_ALREADY_IN_TIP');
      expect(() => impulseDecider.decide(join(OTHER_TIP), fold(impulseDecider, inTip))).toThrow(
        expect.objectContaining({ details: { impulseId, tipId } }),
      );
    });

    const whenLeave = spec.given(inTip).whenEach(leave);

    it('leaves the tip, saying why', () => {
      whenLeave(tipId, '  Tipset kunde inte sammanställas ').then([
        { type: 'ImpulseLeftTip', data: { impulseId, tipId, why: 'Tipset kunde inte sammanställas' } },
      ]);
    });

    it('rejects leaving another tip', () => {
      whenLeave(OTHER_TIP).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });

  describe('when it has left its tip', () => {
    const released = [reported, joined(), left()];

    it('is open again', () => {
      expect(fold(impulseDecider, released)).toMatchObject({ status: 'open' });
    });

    it('joins another tip', () => {
      spec
        .given(released)
        .when(join(OTHER_TIP))
        .then([joined(OTHER_TIP)]);
    });

    it('rejects leaving the tip again', () => {
      spec.given(released).when(leave()).thenThrows('IMPULSE_NOT_IN_TIP');
    });
  });
});

describe('Impulse state', () => {
  it('holds what the application needs, without the description', () => {
    const { region, industry, deficiency, reportedOn } = reported.data;
    expect(fold(impulseDecider, [reported])).toEqual({
      status: 'open',
      impulseId,
      employer: homeCare,
      region,
      industry,
      deficiency,
      reportedOn,
    });
    expect(fold(impulseDecider, [reported, joined()])).toMatchObject({ status: 'in_tip', tipId });
    expect(fold(impulseDecider, [reported, joined(), left()])).not.toHaveProperty('tipId');
    expect(fold(impulseDecider, [reported, dismissed])).toMatchObject({
      status: 'dismissed',
      dismissedOn: '2025-05-20',
    });
  });

  it('names the stream with the impulse category', () => {
    expect(impulseStream('01J9ZK')).toBe('impulse-01J9ZK');
  });
});
