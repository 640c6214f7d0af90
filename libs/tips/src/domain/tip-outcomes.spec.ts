import { fold } from '@samverkan/core/domain';
import { tipDecider } from './tip';
import { TipCommand } from './tip.commands';
import { DirectAction } from './tips.model';
import {
  aDraft,
  commandOf,
  directAction,
  indirectUse,
  noAction,
  received,
  sent,
  TIP_ID as tipId,
  tipSpec as spec,
  TODAY,
  TOMORROW,
} from './testing/tips.fixtures';

const act = (
  action: DirectAction = 'INSPECTION',
  decidedOn = '2025-06-02',
  note?: string,
): TipCommand<'RecordDirectAction'> =>
  commandOf('RecordDirectAction', { tipId, action, decidedOn, ...(note !== undefined ? { note } : {}) });
const useIndirectly = (decidedOn = '2025-06-02', note?: string): TipCommand<'RecordIndirectUse'> =>
  commandOf('RecordIndirectUse', { tipId, decidedOn, ...(note !== undefined ? { note } : {}) });
const noActionCommand: TipCommand<'RecordNoAction'> = commandOf(
  'RecordNoAction',
  { tipId, reasonCode: 'ALREADY_KNOWN_TO_AV', decidedOn: '2025-06-02' },
  '  Arbetsgivaren inspekterades i april ',
);
const decline = (reason?: string, decidedOn = '2025-06-02'): TipCommand<'RecordNoAction'> => ({
  ...noActionCommand,
  data: { ...noActionCommand.data, decidedOn },
  reason,
});
const outcomes = [act(), useIndirectly(), noActionCommand];

describe('Tip outcomes', () => {
  it.each(outcomes)('rejects $type for a tip that does not exist', (command) => {
    spec.given([]).when(command).thenThrows('TIP_NOT_FOUND');
  });

  it.each(outcomes)('rejects $type for a draft', (command) => {
    spec.given(aDraft).when(command).thenThrows('TIP_NOT_SENT');
  });

  it.each(outcomes)('rejects $type before AV registered the tip', (command) => {
    spec.given(sent).when(command).thenThrows('TIP_NOT_RECEIVED');
  });

  describe('when AV received the tip', () => {
    const whenAct = spec.given(received).whenEach(act);

    it('records a direct action', () => {
      whenAct().then([directAction]);
    });

    it('records a direct action with its note, trimmed', () => {
      whenAct('REQUIREMENT', TODAY, ' Föreläggande om rutiner för rehabilitering ').then([
        {
          type: 'DirectActionRecorded',
          data: {
            tipId,
            action: 'REQUIREMENT',
            note: 'Föreläggande om rutiner för rehabilitering',
            decidedOn: TODAY,
          },
        },
      ]);
    });

    it('records an indirect use, leaving out a blank note', () => {
      spec.given(received).when(useIndirectly('2025-06-02', ' ')).then([indirectUse]);
    });

    it('records no action, with the reason trimmed', () => {
      spec.given(received).when(noActionCommand).then([noAction]);
    });

    it.each([undefined, '', '  '])('rejects no action with the reason %p', (reason) => {
      spec.given(received).when(decline(reason)).thenThrows('REASON_REQUIRED');
    });

    it.each([act('INSPECTION', '2025-05-27'), useIndirectly('2025-05-27'), decline('Redan känt', '2025-05-27')])(
      'rejects $type dated before the receipt',
      (command) => {
        spec.given(received).when(command).thenThrows('DATE_BEFORE_RECEIPT');
      },
    );

    it.each([act('INSPECTION', '2025-02-29'), useIndirectly('juni'), decline('Redan känt', '2025-06-00')])(
      'rejects $type with an impossible date',
      (command) => {
        spec.given(received).when(command).thenThrows('INVALID_DATE');
      },
    );

    it.each([act('INSPECTION', TOMORROW), useIndirectly(TOMORROW), decline('Redan känt', TOMORROW)])(
      'rejects $type dated after today',
      (command) => {
        spec.given(received).when(command).thenThrows('DATE_IN_FUTURE');
      },
    );
  });

  describe('when AV took a direct action', () => {
    const acted = [...received, directAction];

    it('records another direct action', () => {
      const [event] = tipDecider.decide(act('REQUIREMENT'), fold(tipDecider, acted));
      expect(event).toMatchObject({ type: 'DirectActionRecorded', data: { action: 'REQUIREMENT' } });
    });

    it('records an indirect use beside it', () => {
      spec.given(acted).when(useIndirectly()).then([indirectUse]);
    });

    it('rejects no action', () => {
      spec.given(acted).when(noActionCommand).thenThrows('OUTCOME_CONFLICT');
    });
  });

  describe('when AV decided to take no action', () => {
    const declined = [...received, noAction];

    it('rejects a direct action', () => {
      spec.given(declined).when(act()).thenThrows('OUTCOME_CONFLICT');
    });

    it('rejects no action a second time', () => {
      spec.given(declined).when(noActionCommand).thenThrows('NO_ACTION_ALREADY_RECORDED');
    });

    it('records an indirect use beside it', () => {
      spec.given(declined).when(useIndirectly()).then([indirectUse]);
    });
  });

  describe('when AV used the tip indirectly', () => {
    const used = [...received, indirectUse];

    it('rejects a second indirect use', () => {
      spec.given(used).when(useIndirectly()).thenThrows('INDIRECT_USE_ALREADY_RECORDED');
    });

    it.each([act(), noActionCommand])('still records $type', (command) => {
      expect(tipDecider.decide(command, fold(tipDecider, used))).toHaveLength(1);
    });
  });

  it('keeps every outcome in the state', () => {
    const state = fold(tipDecider, [...received, directAction, indirectUse, directAction]);
    expect(state).toMatchObject({ outcomes: { directActions: ['INSPECTION', 'INSPECTION'], indirectUse: true } });
    expect(fold(tipDecider, [...received, noAction])).toMatchObject({
      outcomes: { directActions: [], indirectUse: false, noAction: 'ALREADY_KNOWN_TO_AV' },
    });
  });
});
