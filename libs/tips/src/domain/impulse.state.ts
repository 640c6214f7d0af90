import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { ImpulseEvent } from './impulse.events';
import { IsoDate } from './tips.model';

/** The state starts as the report recorded it, but for the description (below). */
export interface ReportedImpulse extends Omit<ImpulseEvent<'ImpulseReported'>['data'], 'description'> {
  /** `open` until it joins a tip or is dismissed; open again when it leaves its tip. */
  status: 'open' | 'in_tip' | 'dismissed';
  /** The tip it is in, while `status` is `in_tip`. */
  tipId?: string;
  dismissedOn?: IsoDate;
}

export type ImpulseState = NotStarted<'none'> | ReportedImpulse;
export type ImpulseStatus = ImpulseState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────
// The description stays in the event (and the read model): no rule needs it, so state leaves it out.

export const evolveImpulse = evolveEntity<ImpulseEvent, ReportedImpulse, 'ImpulseReported', 'none'>(
  {
    ImpulseReported: ({ data: { description, ...reported } }) => ({ ...reported, status: 'open' }),
  },
  {
    ImpulseDismissed: (impulse, { data }) => ({ ...impulse, status: 'dismissed', dismissedOn: data.dismissedOn }),
    ImpulseJoinedTip: (impulse, { data }) => ({ ...impulse, status: 'in_tip', tipId: data.tipId }),
    ImpulseLeftTip: ({ tipId: _, ...impulse }) => ({ ...impulse, status: 'open' }),
  },
  'none',
);
