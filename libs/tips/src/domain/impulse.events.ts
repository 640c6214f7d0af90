import { DomainEvent } from '@samverkan/core/domain';
import { Deficiency, Employer, IsoDate } from './tips.model';

export type ImpulseReported = DomainEvent<
  'ImpulseReported',
  {
    impulseId: string;
    employer: Employer;
    region: string;
    /** SNI 2007 code, normalised digits with the dot after the division, e.g. `86.101` or `88`. */
    industry: string;
    deficiency: Deficiency;
    description: string;
    /** The day of the contact the impulse comes from; not in the future. */
    reportedOn: IsoDate;
  }
>;

/** A decision: the envelope carries the reason, and so does the data for the read models. */
export type ImpulseDismissed = DomainEvent<
  'ImpulseDismissed',
  { impulseId: string; reason: string; dismissedOn: IsoDate }
>;

export type ImpulseJoinedTip = DomainEvent<'ImpulseJoinedTip', { impulseId: string; tipId: string }>;

export type ImpulseLeftTip = DomainEvent<'ImpulseLeftTip', { impulseId: string; tipId: string; why: string }>;

export type ImpulseEvent = ImpulseReported | ImpulseDismissed | ImpulseJoinedTip | ImpulseLeftTip;
