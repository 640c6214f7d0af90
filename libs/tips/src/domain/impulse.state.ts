import { ImpulseEvent } from './impulse.events';
import { Deficiency, Employer, IsoDate } from './tips.model';

export interface NoImpulse {
  status: 'none';
}

export interface ReportedImpulse {
  /** `open` until it joins a tip or is dismissed; open again when it leaves its tip. */
  status: 'open' | 'in_tip' | 'dismissed';
  impulseId: string;
  employer: Employer;
  region: string;
  industry: string;
  deficiency: Deficiency;
  reportedOn: IsoDate;
  /** The tip it is in, while `status` is `in_tip`. */
  tipId?: string;
  dismissedOn?: IsoDate;
}

export type ImpulseState = NoImpulse | ReportedImpulse;
export type ImpulseStatus = ImpulseState['status'];

export function initialImpulseState(): ImpulseState {
  return { status: 'none' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────
// The description stays in the event (and the read model): no rule needs it, so state leaves it out.

export function evolveImpulse(state: ImpulseState, event: ImpulseEvent): ImpulseState {
  switch (event.type) {
    case 'ImpulseReported': {
      const { impulseId, employer, region, industry, deficiency, reportedOn } = event.data;
      return { status: 'open', impulseId, employer, region, industry, deficiency, reportedOn };
    }
    case 'ImpulseDismissed':
      return onImpulse(state, (impulse) => ({ ...impulse, status: 'dismissed', dismissedOn: event.data.dismissedOn }));
    case 'ImpulseJoinedTip':
      return onImpulse(state, (impulse) => ({ ...impulse, status: 'in_tip', tipId: event.data.tipId }));
    case 'ImpulseLeftTip':
      return onImpulse(state, ({ tipId: _, ...impulse }) => ({ ...impulse, status: 'open' }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before ImpulseReported cannot occur in an impulse stream; if one did, it changes nothing. */
function onImpulse(state: ImpulseState, change: (impulse: ReportedImpulse) => ReportedImpulse): ImpulseState {
  return state.status === 'none' ? state : change(state);
}
