import { changed } from '@samverkan/core/testing/changed';
import { fold } from '@samverkan/core/domain';
import { tipDecider, tipStream } from './tip';
import { TipCommand } from './tip.commands';
import {
  aDraft,
  commandOf,
  compiled,
  compileTip,
  homeCare,
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

const compile = changed(compileTip);
const add = (impulseId = 'imp-04', impulseEmployer = homeCare.organisationNumber): TipCommand =>
  commandOf('AddImpulseToTip', { tipId, impulseId, impulseEmployer });
const remove = (impulseId = 'imp-02'): TipCommand => commandOf('RemoveImpulseFromTip', { tipId, impulseId });
const send = (sentOn = '2025-05-26'): TipCommand => commandOf('SendTip', { tipId, sentOn });
const receipt = (receivedOn = '2025-05-28', avDiaryNumber?: string): TipCommand<'RecordTipReceipt'> =>
  commandOf('RecordTipReceipt', { tipId, receivedOn, ...(avDiaryNumber !== undefined ? { avDiaryNumber } : {}) });

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

    const whenCompile = spec.given([]).whenEach(compile);

    it('rejects a tip without impulses', () => {
      whenCompile({ impulseIds: [] }).thenThrows('TIP_WITHOUT_IMPULSES');
    });

    it('rejects an impulse named twice', () => {
      whenCompile({ impulseIds: ['imp-01', 'imp-02', 'imp-01'] }).thenThrows('DUPLICATE_IMPULSE');
    });

    it('rejects an impulse about another employer, naming it', () => {
      const impulseEmployers = { ...compileTip.data.impulseEmployers, 'imp-02': municipality.organisationNumber };
      whenCompile({ impulseEmployers }).thenThrows('TIP_EMPLOYER_MISMATCH');
      expect(() => tipDecider.decide(compile({ impulseEmployers }), tipDecider.initialState())).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ impulseId: 'imp-02' }) }),
      );
    });

    it('rejects an impulse whose employer is unknown', () => {
      const { 'imp-03': _, ...impulseEmployers } = compileTip.data.impulseEmployers;
      whenCompile({ impulseEmployers }).thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    it('rejects a blank summary', () => {
      whenCompile({ summary: '  ' }).thenThrows('SUMMARY_REQUIRED');
    });

    it.each([add(), remove(), send(), receipt()])('rejects $type as not found', (command) => {
      spec.given([]).when(command).thenThrows('TIP_NOT_FOUND');
    });
  });

  describe('when it is a draft', () => {
    it('rejects compiling it again', () => {
      spec.given(aDraft).when(compileTip).thenThrows('TIP_ALREADY_EXISTS');
    });

    const whenAdd = spec.given(aDraft).whenEach(add);

    it('accepts another impulse about the same employer', () => {
      whenAdd().then([{ type: 'ImpulseAddedToTip', data: { tipId, impulseId: 'imp-04' } }]);
    });

    it('treats adding an impulse it holds as done', () => {
      whenAdd('imp-02').thenNothingHappened();
    });

    it('rejects an impulse about another employer', () => {
      whenAdd('imp-04', municipality.organisationNumber).thenThrows('TIP_EMPLOYER_MISMATCH');
    });

    const whenRemove = spec.given(aDraft).whenEach(remove);

    it('lets an impulse go', () => {
      whenRemove().then([{ type: 'ImpulseRemovedFromTip', data: { tipId, impulseId: 'imp-02' } }]);
    });

    it('rejects removing an impulse it does not hold', () => {
      whenRemove('imp-09').thenThrows('IMPULSE_NOT_IN_TIP');
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

    const whenSend = spec.given(aDraft).whenEach(send);

    it('is sent today in Stockholm', () => {
      whenSend(TODAY).then([{ ...tipSent, data: { ...tipSent.data, sentOn: TODAY } }]);
    });

    it('rejects an impossible date of sending', () => {
      whenSend('2025-06-31').thenThrows('INVALID_DATE');
    });

    it('rejects a date of sending after today', () => {
      whenSend(TOMORROW).thenThrows('DATE_IN_FUTURE');
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
    const whenReceipt = spec.given(sent).whenEach(receipt);

    it('is registered by AV with its diary number, trimmed', () => {
      whenReceipt('2025-05-28', ' 2025/031337 ').then([tipReceived]);
    });

    it.each([undefined, '', '  '])('omits the diary number %p', (avDiaryNumber) => {
      whenReceipt('2025-05-28', avDiaryNumber).then([
        { type: 'TipReceived', data: { tipId, receivedOn: '2025-05-28' } },
      ]);
    });

    it('is registered on the day it was sent', () => {
      whenReceipt('2025-05-26').then([{ type: 'TipReceived', data: { tipId, receivedOn: '2025-05-26' } }]);
    });

    it('rejects a receipt dated before it was sent', () => {
      whenReceipt('2025-05-25').thenThrows('DATE_BEFORE_SENT');
    });

    it('rejects an impossible receipt date', () => {
      whenReceipt('2025-5-28').thenThrows('INVALID_DATE');
    });

    it('rejects a receipt date after today', () => {
      whenReceipt(TOMORROW).thenThrows('DATE_IN_FUTURE');
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
