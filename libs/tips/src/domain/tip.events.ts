import { EventIn } from '@samverkan/core/domain';
import { DirectAction, Employer, IsoDate, NoActionReason } from './tips.model';

export interface TipEvents {
  TipCompiled: {
    tipId: string;
    employer: Employer;
    region: string;
    industry: string;
    impulseIds: string[];
    summary: string;
  };
  ImpulseAddedToTip: { tipId: string; impulseId: string };
  ImpulseRemovedFromTip: { tipId: string; impulseId: string };
  TipSent: { tipId: string; sentOn: IsoDate; impulseIds: string[] };
  TipReceived: { tipId: string; receivedOn: IsoDate; avDiaryNumber?: string };
  DirectActionRecorded: { tipId: string; action: DirectAction; note?: string; decidedOn: IsoDate };
  IndirectUseRecorded: { tipId: string; note?: string; decidedOn: IsoDate };
  /** A decision: the reason is in the envelope and, for the read models, in the data. */
  NoActionRecorded: { tipId: string; reasonCode: NoActionReason; reason: string; decidedOn: IsoDate };
}

export type TipEvent<T extends keyof TipEvents = keyof TipEvents> = EventIn<TipEvents, T>;
