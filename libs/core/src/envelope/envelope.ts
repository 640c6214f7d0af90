import { EventKind } from '../domain/decider';

export const ORGANISATIONS = ['FK', 'AV', 'FHM', 'MYNAK', 'SOS', 'SFH', 'OTHER'] as const;

/**
 * Who acted. The person's name is deliberately absent: names are personal data and live in the
 * erasable person directory, joined in at read time, so an erasure never has to touch an event.
 */
export interface Actor {
  id: string;
  organisation: string;
  role: string;
}

/** The envelope every stored event carries in its metadata. */
export interface EventMetadata {
  actor: Actor;
  commandId: string;
  commandType: string;
  $correlationId: string;
  $causationId: string;
  /**
   * ISO time the fact happened in the world: the decision's `decidedAt`, the day a meeting was
   * held (midnight in Stockholm), or the handling time for a command that states none.
   */
  occurredAt: string;
  /**
   * Where `occurredAt` was read: the command field (`heldOn`, `decision.decidedAt`), the entity
   * fact, or `handling`. Absent on events written before the world's time was kept (see
   * EventCatalog.occurredAt for how those are dated).
   */
  occurredFrom?: string;
  /**
   * ISO time the pipeline appended the event, stored by the store as its recorded time and hashed
   * with the event (chain format 2; events of format 1 have only the store's column).
   */
  recordedAt?: string;
  kind: EventKind;
  /** Why: present for every decision and correction. */
  reason?: string;
  schemaVersion: number;
  /** Present when the command corrected an earlier event of the same stream. */
  correction?: Correction;
  /** This event's link in its stream's hash chain (see integrity/event-hash.ts). */
  chainHash?: string;
  /** The chain format of that link; absent on events written before format 2. */
  chainVersion?: number;
}

/** A correction cites the event it corrects and says why; the corrected event stays as it was. */
export interface Correction {
  /** Id of the corrected event, in the same stream. */
  corrects: string;
  reason: string;
}

/** A system actor, for reactions the software itself takes. */
export const SYSTEM_ACTOR: Actor = { id: 'system', organisation: 'SYSTEM', role: 'SYSTEM' };
