import { Decider, DomainEvent, EventKind } from './decider';
import { ActivityReporter } from './esf-activities';

/** How a module describes one of its event types to the rest of the system. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one catalog holds every data shape, and `summary` takes its own
export interface EventDefinition<Data = any> {
  kind: EventKind;
  /** The shape version new events are written with. */
  schemaVersion: number;
  /** One readable Swedish line for the audit timeline. */
  summary(data: Data): string;
  /** Lifts stored data of an older schemaVersion to the current shape. */
  upcast?(data: unknown, storedVersion: number): Data;
}

/** Every event type of a module, keyed by type, so a forgotten type fails to compile. */
export type EventDefinitions<E extends DomainEvent> = {
  [T in E['type']]: EventDefinition<Extract<E, { type: T }>['data']>;
};

export interface ModuleEvents {
  /** The module's name, used as the timeline's module filter. */
  module: string;
  /** Stream categories the module owns (`plan` for `plan-2025`). */
  categories: string[];
  definitions: Record<string, EventDefinition>;
  /** Each category's own fold, for time travel: the state of an entity as of any moment. */
  evolvers?: Record<string, Evolver>;
  /** What the module held that ESF counts (Momentum's deliverables), if anything. */
  esfActivities?: ActivityReporter;
  /**
   * The module's decisions belong among the ESF report's decisions although it holds no activities
   * (the steering group's decisions on the plan Momentum works under). A module with
   * `esfActivities` reports its decisions anyway.
   */
  esfDecisions?: boolean;
}

/** The part of a decider that rebuilds state from events, with where its commands' facts sit in time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Evolver = Pick<Decider<any, any, any>, 'initialState' | 'evolve' | 'worldTimes'>;
