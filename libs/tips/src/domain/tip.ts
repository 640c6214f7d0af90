import { Decider, handled, stated } from '@samverkan/core/domain';
import { TipCommand } from './tip.commands';
import { decideTip } from './tip.decide';
import { TipEvent } from './tip.events';
import { evolveTip, TipState } from './tip.state';

export type { ExistingTip, NoTip, TipOutcomes, TipState, TipStatus } from './tip.state';

/** One stream per tip; the category `tip` holds no dash, as the category projection needs. */
export function tipStream(tipId: string): string {
  return `tip-${tipId}`;
}

export const tipDecider: Decider<TipCommand, TipEvent, TipState> = {
  initialState: (): TipState => ({ status: 'none' }),
  evolve: evolveTip,
  decide: decideTip,
  worldTimes: {
    CompileTip: handled,
    AddImpulseToTip: handled,
    RemoveImpulseFromTip: handled,
    SendTip: stated('sentOn'),
    RecordTipReceipt: stated('receivedOn'),
    RecordDirectAction: stated('decidedOn'),
    RecordIndirectUse: stated('decidedOn'),
    RecordNoAction: stated('decidedOn'),
  },
};
