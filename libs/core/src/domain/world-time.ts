import { CORE_RULES } from '../errors/core.rules';
import { isCalendarDate, stockholmDate } from './calendar';
import { Command } from './decider';

/**
 * When a command's fact happened in the world: a meeting held on a date, a decision taken at a
 * moment. Every decider declares it for every command it takes (a forgotten one fails to compile);
 * the pipeline writes it to the envelope's `occurredAt`, the store keeps its own `recordedAt`.
 */
export type WorldTimeSource<C extends Command = Command, S = unknown> =
  /** The fact is the sending itself (a draft, a plan, an edit): the handling time. */
  | { readonly kind: 'handled' }
  /** The command states it: a field of its data, a date (YYYY-MM-DD) or an ISO instant. */
  | { readonly kind: 'stated'; readonly field: string; readonly recordedAs?: string }
  /** The fact belongs to an event of its entity (attendance at a held meeting): read from the state. */
  | {
      readonly kind: 'entity';
      readonly label: string;
      readonly read: (state: S, command: C) => string | undefined;
      readonly recordedAs?: string;
    };

/** One source for every command type of a decider, so a new command cannot go without one. */
export type WorldTimes<C extends Command, S> = {
  readonly [T in C['type']]: WorldTimeSource<Extract<C, { type: T }>, S>;
};

/** The label an envelope carries for facts dated by the handling time. */
export const HANDLING_TIME = 'handling';

export const handled = Object.freeze({ kind: 'handled' as const });

/**
 * A field of the command's data (`heldOn`, `decision.decidedAt`). `recordedAs` names the path in
 * the stored event's data where it differs, so events written before the world's time was kept in
 * the envelope can be dated from their data.
 */
export function stated<C extends Command, S = unknown>(
  field: TimePath<C['data']>,
  options: { recordedAs?: string } = {},
): WorldTimeSource<C, S> {
  return Object.freeze({ kind: 'stated' as const, field, ...options });
}

/** Dotted paths to the string fields of command data, so a misspelt field fails to compile. */
export type TimePath<T> = T extends readonly unknown[]
  ? never
  : {
      [K in keyof T & string]-?: NonNullable<T[K]> extends string
        ? K
        : NonNullable<T[K]> extends readonly unknown[]
          ? never
          : NonNullable<T[K]> extends object
            ? `${K}.${TimePath<NonNullable<T[K]>>}`
            : never;
    }[keyof T & string];

/** A fact of the entity, e.g. the date the meeting was held, for facts that happened at it. */
export function ofEntity<C extends Command, S>(
  label: string,
  read: (state: S, command: C) => string | undefined,
  options: { recordedAs?: string } = {},
): WorldTimeSource<C, S> {
  return Object.freeze({ kind: 'entity' as const, label, read, ...options });
}

/** A fact's place in the world's time: the instant, the Stockholm date, and where it was read. */
export interface WorldTime {
  at: Date;
  date: string;
  /** The command field or entity fact it came from, or `handling`. */
  from: string;
}

/** The world's time of a command, read by its declared source; `now` for handled commands. */
export function worldTimeOf<C extends Command, S>(
  source: WorldTimeSource<C, S> | undefined,
  command: C,
  state: S,
): WorldTime {
  if (!source) throw new Error(`${command.type} declares no world time: add it to its decider's worldTimes`);
  const now = command.metadata.now;
  if (source.kind === 'handled') return handlingTime(now);
  const [value, from] =
    source.kind === 'stated'
      ? [valueAt(command.data, source.field), source.field]
      : [source.read(state, command), source.label];
  if (value === undefined || value === null || value === '') return handlingTime(now);
  const at = instantOf(value);
  if (!at) {
    throw CORE_RULES.violation('INVALID_DATE', `${from} must be a real date written YYYY-MM-DD or an ISO time`, {
      field: from,
      value: String(value),
    });
  }
  return { at, date: stockholmDate(at), from };
}

/** The handling time as a world time, for commands that state none. */
export function handlingTime(now: Date): WorldTime {
  return { at: now, date: stockholmDate(now), from: HANDLING_TIME };
}

/**
 * The rules every fact obeys: it did not happen after `now`, nor before the entity it belongs to
 * existed (the earliest moment its recorded facts state). Compared by Stockholm date, because most
 * facts are known to the day.
 */
export function checkWorldTime(
  time: WorldTime,
  now: Date,
  entity: { existedFrom: string | null; stream: string },
): void {
  if (time.from === HANDLING_TIME) return;
  const today = stockholmDate(now);
  if (time.at.getTime() > now.getTime()) {
    throw CORE_RULES.violation(
      'DATE_IN_FUTURE',
      `${time.from} ${time.date} is after today (${today}): a fact cannot be recorded before it happened`,
      {
        field: time.from,
        value: time.date,
        today,
      },
    );
  }
  if (entity.existedFrom && time.date < entity.existedFrom) {
    throw CORE_RULES.violation(
      'OCCURRED_BEFORE_ENTITY',
      `${time.from} ${time.date} is before ${entity.stream} existed (its earliest recorded fact is dated ${entity.existedFrom})`,
      { field: time.from, value: time.date, stream: entity.stream, existedFrom: entity.existedFrom },
    );
  }
}

/** A date is the start of that day in Stockholm; an instant is itself; anything else is null. */
export function instantOf(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (isCalendarDate(text)) return startOfStockholmDay(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Midnight in Stockholm on `date`, as an instant (CET or CEST; clocks never change at midnight). */
export function startOfStockholmDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(year, month - 1, day);
  for (const hours of [1, 2]) {
    const candidate = new Date(utcMidnight - hours * 3_600_000);
    if (stockholmDate(candidate) === date && stockholmDate(new Date(candidate.getTime() - 1)) !== date)
      return candidate;
  }
  throw new Error(`No Stockholm midnight found for ${date}`);
}

/** The value at a dotted path (`decision.decidedAt`) of plain data, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
