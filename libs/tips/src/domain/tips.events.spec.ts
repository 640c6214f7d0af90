import { describeModuleEvents, expectLabels, summaryOf, OneOfEach } from '@samverkan/core/testing/module-events';
import { ImpulseEvent } from './impulse.events';
import { TipEvent } from './tip.events';
import { tipsModuleEvents } from './tips';
import { DEFICIENCIES, DIRECT_ACTIONS, NO_ACTION_REASONS } from './tips.model';
import { deficiencyLabel, directActionLabel, noActionReasonLabel } from './tips.summaries';
import {
  compiled,
  directAction,
  dismissed,
  indirectUse,
  joined,
  left,
  noAction,
  reported,
  TIP_ID as tipId,
  tipReceived,
  tipSent,
} from './testing/tips.fixtures';

const oneImpulseEventOfEach: OneOfEach<ImpulseEvent> = {
  ImpulseReported: reported,
  ImpulseDismissed: dismissed,
  ImpulseJoinedTip: joined(),
  ImpulseLeftTip: left(),
};
const oneTipEventOfEach: OneOfEach<TipEvent> = {
  TipCompiled: compiled,
  ImpulseAddedToTip: { type: 'ImpulseAddedToTip', data: { tipId, impulseId: 'imp-04' } },
  ImpulseRemovedFromTip: { type: 'ImpulseRemovedFromTip', data: { tipId, impulseId: 'imp-02' } },
  TipSent: tipSent,
  TipReceived: tipReceived,
  DirectActionRecorded: directAction,
  IndirectUseRecorded: indirectUse,
  NoActionRecorded: noAction,
};
const summary = summaryOf(tipsModuleEvents);

describe('Tips events', () => {
  describeModuleEvents(tipsModuleEvents, {
    module: 'tips',
    streams: { impulse: oneImpulseEventOfEach, tip: oneTipEventOfEach },
    count: 12,
    decisions: ['ImpulseDismissed', 'NoActionRecorded'],
    hidden: [reported.data.description, 'sjukskrivna'],
  });

  it('summarises the report by employer and deficiency', () => {
    expect(summary(reported)).toBe('Impuls om Omsorgshuset i Väst AB (556036-0793): ingen plan för återgång i arbete');
  });

  it('summarises the path of a tip', () => {
    expect(summary(dismissed)).toBe('Impulsen avskrevs: Bristen gäller inte arbetsgivaren');
    expect(summary(joined())).toBe('Impulsen fördes till ett tips');
    expect(summary(compiled)).toBe('Tips om Omsorgshuset i Väst AB sammanställt av 3 impulser');
    expect(summary({ ...compiled, data: { ...compiled.data, impulseIds: ['imp-01'] } })).toBe(
      'Tips om Omsorgshuset i Väst AB sammanställt av 1 impuls',
    );
    expect(summary(tipSent)).toBe('Tipset skickades till Arbetsmiljöverket med 3 impulser');
    expect(summary(tipReceived)).toBe('Arbetsmiljöverket registrerade tipset (dnr 2025/031337)');
    expect(summary({ type: 'TipReceived', data: { tipId, receivedOn: '2025-05-28' } })).toBe(
      'Arbetsmiljöverket registrerade tipset',
    );
  });

  it('summarises the outcomes', () => {
    expect(summary(directAction)).toBe('Direkt åtgärd: inspektion');
    expect(summary(indirectUse)).toBe('Tipset användes indirekt, t.ex. för att planera inspektioner');
    expect(summary(noAction)).toBe(
      'Ingen åtgärd (redan känt av Arbetsmiljöverket): Arbetsgivaren inspekterades i april',
    );
  });

  it('keeps a reason with line breaks on one line', () => {
    const event: ImpulseEvent = { ...dismissed, data: { ...dismissed.data, reason: 'Dubblett\nav imp-02' } };
    expect(summary(event)).toBe('Impulsen avskrevs: Dubblett av imp-02');
  });

  it('has a Swedish label for every deficiency, direct action and no-action reason', () => {
    expectLabels(
      [
        [DEFICIENCIES, deficiencyLabel],
        [DIRECT_ACTIONS, directActionLabel],
        [NO_ACTION_REASONS, noActionReasonLabel],
      ],
      /^[a-zåäö]/,
    );
  });
});
