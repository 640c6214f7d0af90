import type { Command, DomainEvent } from './decider';

/**
 * A stream's events declared once, as a map from each type's name to its data, so the name is not
 * written again in a type alias and a union: with `ForumEvent<T extends keyof ForumEvents = keyof
 * ForumEvents> = EventIn<ForumEvents, T>`, `ForumEvent` is the union and `ForumEvent<'ForumEstablished'>`
 * one member. The map's keys are the stored type names: renaming one is a breaking change.
 */
export type EventIn<Data, T extends keyof Data = keyof Data> = T extends keyof Data & string
  ? DomainEvent<T, Data[T]>
  : never;

/** As `EventIn`, for a stream's commands. */
export type CommandIn<Data, T extends keyof Data = keyof Data> = T extends keyof Data & string
  ? Command<T, Data[T]>
  : never;
