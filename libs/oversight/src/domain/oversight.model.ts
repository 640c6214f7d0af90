/** The steering group's follow-up vocabulary: obligations that fall due, and expectations a year declares. */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const OBLIGATION_KINDS = ['TIP_OUTCOME', 'JOINT_ACTION', 'PLAN_ACTIVITY', 'DIALOGUE_OUTCOMES'] as const;
/** What is owed: AV's outcome of a sent tip, a joint action, a plan activity, a dialogue meeting's outcomes. */
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

/** The module whose events the obligation comes from (the timeline's module names). */
export const OBLIGATION_MODULES = ['tips', 'forums', 'plan', 'dialogue'] as const;
export type ObligationModule = (typeof OBLIGATION_MODULES)[number];

export const MODULE_OF: Record<ObligationKind, ObligationModule> = {
  TIP_OUTCOME: 'tips',
  JOINT_ACTION: 'forums',
  PLAN_ACTIVITY: 'plan',
  DIALOGUE_OUTCOMES: 'dialogue',
};

/** Outcomes of a dialogue meeting are owed this many days after it was held. */
export const DIALOGUE_OUTCOMES_DUE_DAYS = 30;

/** Owners are organisation codes (FK, AV, …), `JOINT`, or a joint action's owner organisation as typed. */
export type Owner = string;
export const JOINT = 'JOINT';

/** The date `days` after `date` (both `YYYY-MM-DD`), on the calendar, with no clock or zone. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The obligation id: kind and source, so every replica and every restart names the same duty alike.
 * It becomes the stream `obligation-<id>`; the category holds no dash, the id may.
 */
export function obligationIdFor(kind: ObligationKind, ...source: (string | number)[]): string {
  const prefix: Record<ObligationKind, string> = {
    TIP_OUTCOME: 'tipOutcome',
    JOINT_ACTION: 'jointAction',
    PLAN_ACTIVITY: 'planActivity',
    DIALOGUE_OUTCOMES: 'dialogueOutcomes',
  };
  return [prefix[kind], ...source].join('_');
}

export const TERMS = ['VT', 'HT'] as const;
/** VT (vårtermin): 1 January – 30 June; HT (hösttermin): 1 July – 31 December. */
export type Term = (typeof TERMS)[number];

export function termPeriod(term: Term, year: number): { from: IsoDate; to: IsoDate } {
  return term === 'VT'
    ? { from: `${year}-01-01`, to: `${year}-06-30` }
    : { from: `${year}-07-01`, to: `${year}-12-31` };
}

export function termOfDate(date: IsoDate): { term: Term; year: number } {
  return { term: date.slice(5, 7) <= '06' ? 'VT' : 'HT', year: Number(date.slice(0, 4)) };
}
