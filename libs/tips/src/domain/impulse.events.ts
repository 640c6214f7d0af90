import { EventIn } from '@samverkan/core/domain';
import { Deficiency, Employer, IsoDate } from './tips.model';

export interface ImpulseEvents {
  ImpulseReported: {
    impulseId: string;
    employer: Employer;
    region: string;
    /** SNI 2007 code, normalised digits with the dot after the division, e.g. `86.101` or `88`. */
    industry: string;
    deficiency: Deficiency;
    description: string;
    /** The day of the contact the impulse comes from; not in the future. */
    reportedOn: IsoDate;
  };
  /** A decision: the envelope carries the reason, and so does the data for the read models. */
  ImpulseDismissed: { impulseId: string; reason: string; dismissedOn: IsoDate };
  ImpulseJoinedTip: { impulseId: string; tipId: string };
  ImpulseLeftTip: { impulseId: string; tipId: string; why: string };
}

export type ImpulseEvent<T extends keyof ImpulseEvents = keyof ImpulseEvents> = EventIn<ImpulseEvents, T>;
