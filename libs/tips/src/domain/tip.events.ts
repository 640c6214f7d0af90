import { DomainEvent } from '@samverkan/core/domain';
import { DirectAction, Employer, IsoDate, NoActionReason } from './tips.model';

export type TipCompiled = DomainEvent<
  'TipCompiled',
  { tipId: string; employer: Employer; region: string; industry: string; impulseIds: string[]; summary: string }
>;

export type ImpulseAddedToTip = DomainEvent<'ImpulseAddedToTip', { tipId: string; impulseId: string }>;

export type ImpulseRemovedFromTip = DomainEvent<'ImpulseRemovedFromTip', { tipId: string; impulseId: string }>;

export type TipSent = DomainEvent<'TipSent', { tipId: string; sentOn: IsoDate; impulseIds: string[] }>;

export type TipReceived = DomainEvent<'TipReceived', { tipId: string; receivedOn: IsoDate; avDiaryNumber?: string }>;

export type DirectActionRecorded = DomainEvent<
  'DirectActionRecorded',
  { tipId: string; action: DirectAction; note?: string; decidedOn: IsoDate }
>;

export type IndirectUseRecorded = DomainEvent<
  'IndirectUseRecorded',
  { tipId: string; note?: string; decidedOn: IsoDate }
>;

/** A decision: the reason is in the envelope and, for the read models, in the data. */
export type NoActionRecorded = DomainEvent<
  'NoActionRecorded',
  { tipId: string; reasonCode: NoActionReason; reason: string; decidedOn: IsoDate }
>;

export type TipEvent =
  | TipCompiled
  | ImpulseAddedToTip
  | ImpulseRemovedFromTip
  | TipSent
  | TipReceived
  | DirectActionRecorded
  | IndirectUseRecorded
  | NoActionRecorded;
