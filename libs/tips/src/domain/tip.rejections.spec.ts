import { itRefusesEach, Refusal } from '@samverkan/core/testing/decider-specification';
import { changed } from '@samverkan/core/testing/changed';
import { TipCommand } from './tip.commands';
import { TipEvent } from './tip.events';
import {
  aDraft,
  commandOf,
  compiled,
  compileTip,
  directAction,
  homeCare,
  indirectUse,
  noAction,
  received,
  sent,
  TIP_ID as tipId,
  tipSpec,
  TOMORROW,
} from './testing/tips.fixtures';

/**
 * A rejection tells the client which impulse or tip it concerns and what it was weighed against
 * (the details reach GraphQL's extensions), so a desk can point at the field and the entity.
 */

const compile = changed(compileTip);
const tip = (type: TipCommand['type'], data: object, reason?: string): TipCommand =>
  commandOf(type, { tipId, ...data } as never, reason);
const act = (decidedOn = '2025-06-02') => tip('RecordDirectAction', { action: 'INSPECTION', decidedOn });
const useIndirectly = () => tip('RecordIndirectUse', { decidedOn: '2025-06-02' });
const decline = (reason?: string, decidedOn = '2025-06-02') =>
  tip('RecordNoAction', { reasonCode: 'ALREADY_KNOWN_TO_AV', decidedOn }, reason);

describe('A tip’s rejections name it', () => {
  it.each<[string, Partial<TipCommand<'CompileTip'>['data']>, string, Record<string, unknown>]>([
    ['no impulses', { impulseIds: [] }, 'TIP_WITHOUT_IMPULSES', {}],
    ['an impulse named twice', { impulseIds: ['imp-01', 'imp-01'] }, 'DUPLICATE_IMPULSE', { impulseId: 'imp-01' }],
    ['a blank summary', { summary: '' }, 'SUMMARY_REQUIRED', {}],
    [
      'an impulse whose employer is unknown',
      { impulseEmployers: {} },
      'TIP_EMPLOYER_MISMATCH',
      { impulseId: 'imp-01', tipEmployer: homeCare.organisationNumber, impulseEmployer: null },
    ],
  ])('refuses compiling it with %s', (_, data, code, details) => {
    tipSpec
      .given([])
      .when(compile(data))
      .thenThrows(code, { details: { tipId, ...details } });
  });

  itRefusesEach(
    tipSpec,
    [
      ['compiling it again', aDraft, compileTip, 'TIP_ALREADY_EXISTS', {}],
      [
        'adding an impulse once sent',
        sent,
        tip('AddImpulseToTip', { impulseId: 'imp-04' }),
        'TIP_ALREADY_SENT',
        { sentOn: '2025-05-26' },
      ],
      [
        'removing an impulse it does not hold',
        aDraft,
        tip('RemoveImpulseFromTip', { impulseId: 'imp-09' }),
        'IMPULSE_NOT_IN_TIP',
        { impulseId: 'imp-09' },
      ],
      ['sending it after today', aDraft, tip('SendTip', { sentOn: TOMORROW }), 'DATE_IN_FUTURE', { field: 'sentOn' }],
      ['a receipt of a draft', aDraft, tip('RecordTipReceipt', { receivedOn: '2025-05-28' }), 'TIP_NOT_SENT', {}],
      [
        'a second receipt',
        received,
        tip('RecordTipReceipt', { receivedOn: '2025-05-28' }),
        'TIP_ALREADY_RECEIVED',
        { receivedOn: '2025-05-28' },
      ],
      [
        'a receipt after today',
        sent,
        tip('RecordTipReceipt', { receivedOn: TOMORROW }),
        'DATE_IN_FUTURE',
        { field: 'receivedOn' },
      ],
      [
        'a receipt before it was sent',
        sent,
        tip('RecordTipReceipt', { receivedOn: '2025-05-25' }),
        'DATE_BEFORE_SENT',
        { date: '2025-05-25', earliest: '2025-05-26' },
      ],
      ['an outcome of a draft', aDraft, act(), 'TIP_NOT_SENT', {}],
      ['an outcome before AV registered it', sent, act(), 'TIP_NOT_RECEIVED', {}],
      [
        'a direct action after no action',
        [...received, noAction],
        act(),
        'OUTCOME_CONFLICT',
        { recorded: 'NO_ACTION' },
      ],
      [
        'no action after a direct action',
        [...received, directAction],
        decline('Känt'),
        'OUTCOME_CONFLICT',
        { recorded: 'DIRECT_ACTION' },
      ],
      ['a second indirect use', [...received, indirectUse], useIndirectly(), 'INDIRECT_USE_ALREADY_RECORDED', {}],
      ['no action a second time', [...received, noAction], decline('Känt'), 'NO_ACTION_ALREADY_RECORDED', {}],
      ['no action without a reason', received, decline(), 'REASON_REQUIRED', {}],
      ['a decision after today', received, act(TOMORROW), 'DATE_IN_FUTURE', { field: 'decidedOn' }],
      [
        'a decision before the receipt',
        received,
        act('2025-05-27'),
        'DATE_BEFORE_RECEIPT',
        { date: '2025-05-27', earliest: '2025-05-28' },
      ],
    ] satisfies Refusal<TipCommand, TipEvent>[],
    { tipId },
  );

  it('refuses removing its last impulse, naming it', () => {
    const single = [{ ...compiled, data: { ...compiled.data, impulseIds: ['imp-01'] } }];
    tipSpec
      .given(single)
      .when(tip('RemoveImpulseFromTip', { impulseId: 'imp-01' }))
      .thenThrows('TIP_WITHOUT_IMPULSES', { details: { tipId, impulseId: 'imp-01' } });
  });
});
