import type Database from 'better-sqlite3';
import { prepared } from '@samverkan/core';
import { TIMELINE_TABLE } from './timeline.projection';
import type { TimelineFilter } from './timeline.query';

/** Beyond this many years a window is read as one range (a page per year would cost more than it saves). */
const MAX_YEARS = 30;

/**
 * The years (by their four digits in `occurred_at`) a world-time window spans, when reading a page
 * per year is the cheap way: the window is the only filter with an index of its own (stream, actor,
 * correlation, positions and late entries each find their rows faster from theirs). Null otherwise.
 */
export function windowYears(db: Database.Database, filter: TimelineFilter): string[] | null {
  if (!filter.occurredFrom && !filter.occurredTo) return null;
  if (filter.stream || filter.actorId || filter.correlationId || filter.positions || filter.lateBeyondDays != null)
    return null;
  // An open end is the first or last year held, from the year index's first or last entry.
  const bound = (fn: string) =>
    (
      prepared(db, `SELECT ${fn}(substr(occurred_at, 1, 4)) AS year FROM ${TIMELINE_TABLE}`).get() as {
        year: string | null;
      }
    ).year;
  const from = filter.occurredFrom?.toISOString().slice(0, 5) ?? `${bound('MIN')}-`;
  const to = filter.occurredTo?.toISOString().slice(0, 5) ?? `${bound('MAX')}-`;
  if (from === 'null-' || to === 'null-') return [];
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (!/^\d{4}-/.test(from) || !/^\d{4}-/.test(to) || last - first >= MAX_YEARS) return null;
  const years: string[] = [];
  for (let year = first; year <= last; year++) years.push(String(year).padStart(4, '0'));
  return years;
}

/**
 * A page of a world-time window as the first `limit` rows of each year it spans, merged: each year
 * reads its rows in position order from the (year, position) index and stops after `limit`, so a
 * one-year window costs one page however many events the year holds. Reading the whole window from
 * the `occurred_at` index and sorting it grew with the events inside it.
 */
export function windowPageSql(where: string[], years: string[]): { sql: string; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const perYear = years.map((year, i) => {
    params[`year${i}`] = year;
    const clauses = [`substr(occurred_at, 1, 4) = @year${i}`, ...where].join(' AND ');
    return `SELECT * FROM (SELECT * FROM ${TIMELINE_TABLE} WHERE ${clauses} ORDER BY position LIMIT @limit)`;
  });
  return { sql: `SELECT * FROM (${perYear.join(' UNION ALL ')}) ORDER BY position LIMIT @limit`, params };
}
