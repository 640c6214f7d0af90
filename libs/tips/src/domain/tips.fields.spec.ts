import { fold } from '@samverkan/core/domain';
import { without } from '@samverkan/core/testing/edges';
import { ImpulseCommand } from './impulse.commands';
import { tipDecider } from './tip';
import { TipCommand } from './tip.commands';
import { TipEvent } from './tip.events';
import { Employer } from './tips.model';
import { summaryOf } from '@samverkan/core/testing/module-events';
import { tipsModuleEvents } from './tips';
import {
  commandOf,
  compiled,
  compileTip,
  homeCare,
  IMPULSE_ID,
  impulseSpec,
  joined,
  left,
  received,
  reported,
  reportImpulse,
  sent,
  TIP_ID,
  TIP_IMPULSES,
  tipSpec,
  TODAY,
} from './testing/tips.fixtures';

/** Fields a client left out, padded or blank: what the routine records for them, or why it refuses. */

const decide = (given: TipEvent[], command: TipCommand) => tipDecider.decide(command, fold(tipDecider, given));

describe('The tip routine’s optional and padded fields', () => {
  it('leaves the diary number and notes out of the events and the state, not set to nothing', () => {
    const [receipt] = decide(
      sent,
      commandOf('RecordTipReceipt', { tipId: TIP_ID, receivedOn: TODAY, avDiaryNumber: ' ' }),
    );
    expect(receipt.data).not.toHaveProperty('avDiaryNumber');
    expect(fold(tipDecider, [...sent, receipt])).not.toHaveProperty('avDiaryNumber');
    const act: TipCommand = commandOf('RecordDirectAction', { tipId: TIP_ID, action: 'INSPECTION', decidedOn: TODAY });
    expect(decide(received, act)[0].data).not.toHaveProperty('note');
    const use: TipCommand = commandOf('RecordIndirectUse', { tipId: TIP_ID, note: '  ', decidedOn: TODAY });
    expect(decide(received, use)[0].data).not.toHaveProperty('note');
  });

  it('refuses an impulse whose employer has no organisation number', () => {
    const { organisationNumber: _, ...nameOnly } = homeCare;
    impulseSpec
      .given([])
      .when({ ...reportImpulse, data: { ...reportImpulse.data, employer: nameOnly as Employer } })
      .thenThrows('INVALID_ORGANISATION_NUMBER');
  });

  it('records an impulse leaving its tip without saying why as a blank why, and summarises it so', () => {
    const leave: ImpulseCommand<'LeaveTip'> = commandOf('LeaveTip', { impulseId: IMPULSE_ID, tipId: TIP_ID, why: '' });
    impulseSpec
      .given([reported, joined()])
      .when(without<ImpulseCommand<'LeaveTip'>>(leave, 'why'))
      .then([{ type: 'ImpulseLeftTip', data: { impulseId: IMPULSE_ID, tipId: TIP_ID, why: '' } }]);
    const summary = summaryOf(tipsModuleEvents);
    expect(summary(left())).toBe('Impulsen lämnade tipset: Togs bort ur tipset');
    expect(summary({ ...left(), data: { ...left().data, why: ' ' } })).toBe('Impulsen lämnade tipset');
  });

  it('refuses a tip without an employer, as its impulses are about another one', () => {
    tipSpec
      .given([])
      .when(without<TipCommand<'CompileTip'>>(compileTip, 'employer'))
      .thenThrows('TIP_EMPLOYER_MISMATCH');
  });

  it('refuses a tip whose employer comes without an organisation number, as its impulses are about another one', () => {
    const { organisationNumber: _, ...nameOnly } = homeCare;
    tipSpec
      .given([])
      .when({ ...compileTip, data: { ...compileTip.data, employer: nameOnly as Employer } })
      .thenThrows('TIP_EMPLOYER_MISMATCH', { details: { tipEmployer: '' } });
  });

  it('records an indirect use with its note, trimmed', () => {
    tipSpec
      .given(received)
      .when(
        commandOf('RecordIndirectUse', {
          tipId: TIP_ID,
          note: ' Underlag för tillsyn i hemtjänsten ',
          decidedOn: TODAY,
        }),
      )
      .then([
        {
          type: 'IndirectUseRecorded',
          data: { tipId: TIP_ID, note: 'Underlag för tillsyn i hemtjänsten', decidedOn: TODAY },
        },
      ]);
  });

  it('compiles a tip whose employer comes without a name, recording it as blank', () => {
    const { name: _, ...numberOnly } = homeCare;
    tipSpec
      .given([])
      .when({ ...compileTip, data: { ...compileTip.data, employer: numberOnly as Employer } })
      .then([{ ...compiled, data: { ...compiled.data, employer: { ...homeCare, name: '' } } }]);
  });

  it('takes the impulses’ employer numbers padded, when compiling and when adding', () => {
    const padded = ` ${homeCare.organisationNumber} `;
    const impulseEmployers = Object.fromEntries(TIP_IMPULSES.map((id) => [id, padded]));
    tipSpec
      .given([])
      .when({ ...compileTip, data: { ...compileTip.data, impulseEmployers } })
      .then([compiled]);
    tipSpec
      .given([compiled])
      .when(commandOf('AddImpulseToTip', { tipId: TIP_ID, impulseId: 'imp-04', impulseEmployer: padded }))
      .then([{ type: 'ImpulseAddedToTip', data: { tipId: TIP_ID, impulseId: 'imp-04' } }]);
  });

  it('holds the impulses sent once the tip is sent', () => {
    const added: TipEvent = { type: 'ImpulseAddedToTip', data: { tipId: TIP_ID, impulseId: 'imp-04' } };
    const [send] = decide([compiled, added], commandOf('SendTip', { tipId: TIP_ID, sentOn: TODAY }));
    expect(fold(tipDecider, [compiled, added, send])).toMatchObject({ impulseIds: [...TIP_IMPULSES, 'imp-04'] });
  });
});
