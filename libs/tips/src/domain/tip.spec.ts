import { fold } from '@samverkan/core/domain';
import { tipDecider, tipStream } from './tip';
import { TipCommand } from './tip.commands';
import {
  aDraft,
  compiled,
  compileTip,
  homeCare,
  metadata,
  municipality,
  received,
  sent,
  TIP_ID as tipId,
  TIP_IMPULSES,
  tipReceived,
  tipSent,
  tipSpec as spec,
  TODAY,
  TOMORROW,
} from './testing/tips.fixtures';

const compile = (data: Partial<TipCommand<'CompileTip'>['data']>): TipCommand<'CompileTip'> => ({
  ...compileTip,
  data: { ...compileTip.data, ...data },
});
const add = (impulseId = 'imp-04', impulseEmployer = homeCare.organisationNumber): TipCommand => ({
  type: 'AddImpulseToTip',
  data: { tipId, impulseId, impulseEmployer },
  metadata,
});
const remove = (impulseId = 'imp-02'): TipCommand => ({
  type: 'RemoveImpulseFromTip',
  data: { tipId, impulseId },
  metadata,
});
const send = (sentOn = '2025-05-26'): TipCommand => ({ type: 'SendTip', data: { tipId, sentOn }, metadata });
const receipt = (receivedOn = '2025-05-28', avDiaryNumber?: string): TipCommand<'RecordTipReceipt'> => ({
  type: 'RecordTipReceipt',
  data: { tipId, receivedOn, ...(avDiaryNumber !== undefined ? { avDiaryNumber } : {}) },
  metadata,
});

describe('Tip', () => {
  describe('when it does not exist', () => {
    it('is compiled from impulses about one employer', () => {
      spec.given([]).when(compileTip).then([compiled]);
    });

    it('trims what it records', () => {
      const { summary, region, industry } = compileTip.data;
      const padded = compile({
        employer: { organisationNumber: ` ${homeCare.organisationNumber}`, name: `${homeCare.name} ` },
        region: ` ${region} `,
        industry: ` ${industry}`,
        summary: `\n${summary}  `,
      });
      spec.given([]).when(padded).then([compiled]);
    });

    it('rejects a tip without impulses', () => {
      spec
        .given([])
        .when(compile({ impulseIds: [] }))
        .thenThrows('TIP_WITHOUT_IMPULSES');
    });

    it('rejects an impulse named twice', () => {
      spec
        .given([])
        .when(compile({ impulseIds: ['imp-01', 'imp-02', 'imp-01'] }))
        .thenThrows('DUPLICATE_IMPULSE');
    });

    it('rejects an impulse about another employer, naming it', () => {
      const impulseEmployers = { ...compileTip.data.impulseEmployers, 'imp-02': municipality.organisationNumber };
      spec.given([]).when(compile({ impulseEmployers })).thenThrows('TIP_EMPLOYER_MISMATCH');
      expect(() => tipDecider.decide(compile({ impulseEmployers }), tipDecider.initialState())).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ impulseId: 'imp-02' }) }),
      );
    });

    it('rejects an impulse whose employer is unknown', () => {
      const { 'imp-03': _, ...impulseEmployers } = compileTip.data.impulseEmployers;
      spec.given([]).when(compile({ impulseEmployers })).thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    it('rejects a blank summary', () => {
      spec
        .given([])
        .when(compile({ summary: '  ' }))
        .thenThrows('SUMMARY_REQUIRED');
    });

    it.each([add(), remove(), send(), receipt()])('rejects $type as not found', (command) => {
      spec.given([]).when(command).thenThrows('TIP_NOT_FOUND');
    });
  });

  describe('when it is a draft', () => {
    it('rejects compiling it again', () => {
      spec.given(aDraft).when(compileTip).thenThrows('TIP_ALREADY_EXISTS');
    });

    it('accepts another impulse about the same employer', () => {
      spec
        .given(aDraft)
        .when(add())
        .then([{ type: 'ImpulseAddedToTip', data: { tipId, impulseId: 'imp-04' } }]);
    });

    it('treats adding an impulse it holds as done', () => {
      spec.given(aDraft).when(add('imp-02')).thenNothingHappened();
    });

    it('rejects an impulse about another employer', () => {
      spec.given(aDraft).when(add('imp-04', municipality.organisationNumber)).thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    it('lets an impulse go', () => {
      spec
        .given(aDraft)
        .when(remove())
        .then([{ type: 'ImpulseRemovedFromTip', data: { tipId, impulseId: 'imp-02' } }]);
    });

    it('rejects removing an impulse it does not hold', () => {
      spec.given(aDraft).when(remove('imp-09')).thenThrows('IMPULSE_NOT_IN_TIP');
    });

    it('rejects removing its last impulse', () => {
      const single = [{ ...compiled, data: { ...compiled.data, impulseIds: ['imp-01'] } }];
      spec.given(single).when(remove('imp-01')).thenThrows('TIP_WITHOUT_IMPULSES');
    });

    it('is sent with the impulses it holds now', () => {
      const changed = [...aDraft, ...tipDecider.decide(add(), fold(tipDecider, aDraft))];
      const reshaped = [...changed, ...tipDecider.decide(remove('imp-01'), fold(tipDecider, changed))];
      const impulseIds = ['imp-02', 'imp-03', 'imp-04'];
      spec
        .given(reshaped)
        .when(send())
        .then([{ type: 'TipSent', data: { tipId, sentOn: '2025-05-26', impulseIds } }]);
    });

    it('is sent today in Stockholm', () => {
      spec
        .given(aDraft)
        .when(send(TODAY))
        .then([{ ...tipSent, data: { ...tipSent.data, sentOn: TODAY } }]);
    });

    it('rejects an impossible date of sending', () => {
      spec.given(aDraft).when(send('2025-06-31')).thenThrows('INVALID_DATE');
    });

    it('rejects a date of sending after today', () => {
      spec.given(aDraft).when(send(TOMORROW)).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects a receipt before it is sent', () => {
      spec.given(aDraft).when(receipt()).thenThrows('TIP_NOT_SENT');
    });
  });

  describe.each([
    ['sent', sent],
    ['received', received],
  ])('when it is %s', (_, events) => {
    it.each([add(), add('imp-02'), remove(), send()])('rejects $type', (command) => {
      spec.given(events).when(command).thenThrows('TIP_ALREADY_SENT');
    });
  });

  describe('when it is sent', () => {
    it('is registered by AV with its diary number, trimmed', () => {
      spec.given(sent).when(receipt('2025-05-28', ' 2025/031337 ')).then([tipReceived]);
    });

    it.each([undefined, '', '  '])('omits the diary number %p', (avDiaryNumber) => {
      spec
        .given(sent)
        .when(receipt('2025-05-28', avDiaryNumber))
        .then([{ type: 'TipReceived', data: { tipId, receivedOn: '2025-05-28' } }]);
    });

    it('is registered on the day it was sent', () => {
      spec
        .given(sent)
        .when(receipt('2025-05-26'))
        .then([{ type: 'TipReceived', data: { tipId, receivedOn: '2025-05-26' } }]);
    });

    it('rejects a receipt dated before it was sent', () => {
      spec.given(sent).when(receipt('2025-05-25')).thenThrows('DATE_BEFORE_SENT');
    });

    it('rejects an impossible receipt date', () => {
      spec.given(sent).when(receipt('2025-5-28')).thenThrows('INVALID_DATE');
    });

    it('rejects a receipt date after today', () => {
      spec.given(sent).when(receipt(TOMORROW)).thenThrows('DATE_IN_FUTURE');
    });
  });

  describe('when it is received', () => {
    it('rejects registering it again', () => {
      spec.given(received).when(receipt()).thenThrows('TIP_ALREADY_RECEIVED');
    });
  });
});

describe('Tip state', () => {
  it('holds what the application needs', () => {
    const { employer, region, industry } = compiled.data;
    expect(fold(tipDecider, aDraft)).toEqual({
      status: 'draft',
      tipId,
      employer,
      region,
      industry,
      impulseIds: TIP_IMPULSES,
      outcomes: { directActions: [], indirectUse: false },
    });
    expect(fold(tipDecider, received)).toMatchObject({
      status: 'received',
      sentOn: '2025-05-26',
      receivedOn: '2025-05-28',
      avDiaryNumber: '2025/031337',
    });
  });

  it('names the stream with the tip category', () => {
    expect(tipStream('01J9ZM')).toBe('tip-01J9ZM');
  });
});
