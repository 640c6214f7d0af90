import { Command, DomainEvent } from '@samverkan/core/domain';
import { IsoDate, ObligationKind, ObligationModule, Owner } from './oversight.model';

/** What the watcher saw: an open obligation whose due date has passed. */
export interface OverdueObligation {
  obligationId: string;
  module: ObligationModule;
  kind: ObligationKind;
  dueOn: IsoDate;
  owner: Owner;
  /** The stream of the entity that owes it, e.g. `jointAction-…`. */
  sourceStream: string;
}

/** Sent by the system (the overdue watcher), never by a person. */
export type MarkObligationOverdue = Command<'MarkObligationOverdue', OverdueObligation>;

export type ObligationCommand = MarkObligationOverdue;

/** An action: the obligation passed its due date while still open. Recorded once per obligation. */
export type ObligationBecameOverdue = DomainEvent<'ObligationBecameOverdue', OverdueObligation>;

export type ObligationEvent = ObligationBecameOverdue;
