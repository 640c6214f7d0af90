import { Decider, handled, stated } from '@samverkan/core/domain';
import { ImpulseCommand } from './impulse.commands';
import { decideImpulse } from './impulse.decide';
import { ImpulseEvent } from './impulse.events';
import { evolveImpulse, ImpulseState } from './impulse.state';

export type { ImpulseState, ImpulseStatus, ReportedImpulse } from './impulse.state';

/** One stream per impulse; the category `impulse` holds no dash, as the category projection needs. */
export function impulseStream(impulseId: string): string {
  return `impulse-${impulseId}`;
}

export const impulseDecider: Decider<ImpulseCommand, ImpulseEvent, ImpulseState> = {
  initialState: (): ImpulseState => ({ status: 'none' }),
  evolve: evolveImpulse,
  decide: decideImpulse,
  worldTimes: {
    ReportImpulse: stated('reportedOn'),
    DismissImpulse: stated('dismissedOn'),
    JoinTip: handled,
    LeaveTip: handled,
  },
};
