import { edgeOf } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, without, withoutReason } from '@samverkan/core/testing/edges';
import { ImpulseCommand } from './impulse.commands';
import { ImpulseEvent } from './impulse.events';
import { TipCommand } from './tip.commands';
import { TipEvent } from './tip.events';
import {
  aDraft,
  commandOf,
  compiled,
  compileTip,
  IMPULSE_ID,
  impulseSpec,
  received,
  reported,
  reportImpulse,
  sent,
  TIP_ID,
  tipSpec,
  TODAY,
  TOMORROW,
} from './testing/tips.fixtures';

/**
 * The tip routine's dates, each from both sides. Now is 22:30 UTC on 3 June 2025, already 4 June
 * in Stockholm; the impulse was reported on 12 May, the tip sent on 26 May and received on 28 May.
 */

const report = (reportedOn: string): ImpulseCommand => ({
  ...reportImpulse,
  data: { ...reportImpulse.data, reportedOn },
});
const reportedOn = (on: string): ImpulseEvent => ({ ...reported, data: { ...reported.data, reportedOn: on } });
const dismiss = (dismissedOn: string, reason = 'Bristen gäller inte arbetsgivaren'): ImpulseCommand =>
  commandOf('DismissImpulse', { impulseId: IMPULSE_ID, dismissedOn }, reason);
const dismissedOn = (on: string): ImpulseEvent => ({
  type: 'ImpulseDismissed',
  data: { impulseId: IMPULSE_ID, reason: 'Bristen gäller inte arbetsgivaren', dismissedOn: on },
});

const onReport = edgeOf(report, reportedOn);
const onDismiss = edgeOf(dismiss, dismissedOn, [reported]);
const impulseEdges: Edge<ImpulseCommand, ImpulseEvent>[] = [
  onReport('an impulse is reported today in Stockholm at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
  onDismiss(
    'an impulse is dismissed on the day it was reported at the earliest',
    ['2025-05-12'],
    ['2025-05-11'],
    'DATE_BEFORE_REPORT',
  ),
  onDismiss('an impulse is dismissed today at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
];

const send = (sentOn: string): TipCommand => commandOf('SendTip', { tipId: TIP_ID, sentOn });
const receive = (receivedOn: string): TipCommand => commandOf('RecordTipReceipt', { tipId: TIP_ID, receivedOn });
const act = (decidedOn: string): TipCommand =>
  commandOf('RecordDirectAction', { tipId: TIP_ID, action: 'INSPECTION', decidedOn });
const acted = (decidedOn: string): TipEvent => ({
  type: 'DirectActionRecorded',
  data: { tipId: TIP_ID, action: 'INSPECTION', decidedOn },
});

const onAct = edgeOf(act, acted, received);
const tipEdges: Edge<TipCommand, TipEvent>[] = [
  {
    rule: 'a tip is sent today at the latest',
    given: aDraft,
    accepted: send(TODAY),
    then: [{ type: 'TipSent', data: { tipId: TIP_ID, sentOn: TODAY, impulseIds: compiled.data.impulseIds } }],
    refused: send(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  {
    rule: 'AV receives a tip on the day it was sent at the earliest',
    given: sent,
    accepted: receive('2025-05-26'),
    then: [{ type: 'TipReceived', data: { tipId: TIP_ID, receivedOn: '2025-05-26' } }],
    refused: receive('2025-05-25'),
    code: 'DATE_BEFORE_SENT',
  },
  {
    rule: 'AV receives a tip today at the latest',
    given: sent,
    accepted: receive(TODAY),
    then: [{ type: 'TipReceived', data: { tipId: TIP_ID, receivedOn: TODAY } }],
    refused: receive(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
  onAct(
    'AV decides on a tip on the day it received it at the earliest',
    ['2025-05-28'],
    ['2025-05-27'],
    'DATE_BEFORE_RECEIPT',
  ),
  onAct('AV decides on a tip today at the latest', [TODAY], [TOMORROW], 'DATE_IN_FUTURE'),
];

describe('The tip routine’s limits, from both sides', () => {
  describe('impulse', () => describeEdges(impulseSpec, impulseEdges));
  describe('tip', () => describeEdges(tipSpec, tipEdges));

  describe('fields left out entirely', () => {
    it('refuses an impulse without an employer as one without an organisation number', () => {
      impulseSpec
        .given([])
        .when(without<ImpulseCommand<'ReportImpulse'>>(reportImpulse, 'employer'))
        .thenThrows('INVALID_ORGANISATION_NUMBER');
    });

    it.each([
      ['region', 'REGION_REQUIRED'],
      ['industry', 'INVALID_INDUSTRY_CODE'],
      ['description', 'DESCRIPTION_REQUIRED'],
      ['reportedOn', 'INVALID_DATE'],
    ])('refuses an impulse without its %s with %s', (field, code) => {
      impulseSpec.given([]).when(without<ImpulseCommand<'ReportImpulse'>>(reportImpulse, field)).thenThrows(code);
    });

    it('refuses a tip without impulses', () => {
      tipSpec
        .given([])
        .when(without<TipCommand<'CompileTip'>>(compileTip, 'impulseIds'))
        .thenThrows('TIP_WITHOUT_IMPULSES');
    });

    it('refuses a tip without the impulses’ employers, as they count as other employers', () => {
      tipSpec
        .given([])
        .when(without<TipCommand<'CompileTip'>>(compileTip, 'impulseEmployers'))
        .thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    it('compiles a tip without region and industry, recording them as blank', () => {
      const command = without<TipCommand<'CompileTip'>>(
        without<TipCommand<'CompileTip'>>(compileTip, 'region'),
        'industry',
      );
      tipSpec
        .given([])
        .when(command)
        .then([{ ...compiled, data: { ...compiled.data, region: '', industry: '' } }]);
    });

    it('records a receipt without AV’s diary number, and a direct action without a note', () => {
      tipSpec
        .given(sent)
        .when(receive(TODAY))
        .then([{ type: 'TipReceived', data: { tipId: TIP_ID, receivedOn: TODAY } }]);
      tipSpec
        .given(received)
        .when(act(TODAY))
        .then([acted(TODAY)]);
    });
  });

  describe('reasons', () => {
    it('refuses a dismissal whose reason is only spaces, or is left out', () => {
      impulseSpec.given([reported]).when(dismiss(TODAY, '   ')).thenThrows('REASON_REQUIRED');
      impulseSpec
        .given([reported])
        .when(withoutReason(dismiss(TODAY)))
        .thenThrows('REASON_REQUIRED');
    });

    it('refuses no action whose reason is only spaces', () => {
      const noAction: TipCommand = commandOf(
        'RecordNoAction',
        { tipId: TIP_ID, reasonCode: 'ALREADY_KNOWN_TO_AV', decidedOn: TODAY },
        ' \n ',
      );
      tipSpec.given(received).when(noAction).thenThrows('REASON_REQUIRED');
    });
  });
});
