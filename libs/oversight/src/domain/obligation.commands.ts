import { CommandIn, EventIn } from '@samverkan/core/domain';
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

export interface ObligationCommands {
  /** Sent by the system (the overdue watcher), never by a person. */
  MarkObligationOverdue: OverdueObligation;
}

export type ObligationCommand<T extends keyof ObligationCommands = keyof ObligationCommands> = CommandIn<
  ObligationCommands,
  T
>;

export interface ObligationEvents {
  /** An action: the obligation passed its due date while still open. Recorded once per obligation. */
  ObligationBecameOverdue: OverdueObligation;
}

export type ObligationEvent<T extends keyof ObligationEvents = keyof ObligationEvents> = EventIn<ObligationEvents, T>;
