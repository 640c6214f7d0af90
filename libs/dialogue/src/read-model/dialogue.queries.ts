import type Database from 'better-sqlite3';
import { parseDocuments, prepared, readDocuments, Versioned } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { DialogueMeetingDoc, DialogueMeetingStatus, SelectionDoc } from './dialogue.documents';
import { DIALOGUE_MEETING_TABLE, SELECTION_TABLE } from './dialogue.projections';

export function selectionsOfYear(db: Database.Database, year: number): SelectionDoc[] {
  const sql = `SELECT doc, revision FROM ${SELECTION_TABLE} WHERE json_extract(doc, '$.year') = ? ORDER BY json_extract(doc, '$.area')`;
  return parseDocuments<SelectionDoc>(prepared(db, sql).all(year)).map((row) => row.doc);
}

export function getDialogueMeetings(db: Database.Database, ids: string[]): Versioned<DialogueMeetingDoc>[] {
  return readDocuments(db, DIALOGUE_MEETING_TABLE, ids);
}

export interface DialogueMeetingFilter {
  area?: string;
  status?: DialogueMeetingStatus;
  /** An employer's organisation number. */
  employer?: string;
  /** Planned (or held) on or after / on or before. */
  from?: string;
  to?: string;
}

/** Newest planned first; `before` is the position of the last one shown. */
export function listDialogueMeetings(
  db: Database.Database,
  filter: DialogueMeetingFilter,
  before: bigint | null,
  limit: number,
): Versioned<DialogueMeetingDoc>[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit };
  const day = `COALESCE(json_extract(doc, '$.heldOn'), json_extract(doc, '$.plannedOn'))`;
  if (filter.area !== undefined) {
    where.push(`json_extract(doc, '$.area') = @area`);
    params.area = filter.area;
  }
  if (filter.status !== undefined) {
    where.push(`json_extract(doc, '$.status') = @status`);
    params.status = filter.status;
  }
  if (filter.employer !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM json_each(doc, '$.employers') WHERE json_extract(value, '$.organisationNumber') = @employer)`,
    );
    params.employer = filter.employer;
  }
  if (filter.from !== undefined) {
    where.push(`${day} >= @from`);
    params.from = filter.from;
  }
  if (filter.to !== undefined) {
    where.push(`${day} <= @to`);
    params.to = filter.to;
  }
  if (before !== null) {
    where.push(`CAST(json_extract(doc, '$.position') AS INTEGER) < @before`);
    params.before = before;
  }
  const sql = `SELECT doc, revision FROM ${DIALOGUE_MEETING_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY CAST(json_extract(doc, '$.position') AS INTEGER) DESC LIMIT @limit`;
  return parseDocuments(prepared(db, sql).all(params));
}

/** Meetings planned or held in a year, for the coverage figure. */
export function dialogueMeetingsOfYear(db: Database.Database, year: number): DialogueMeetingDoc[] {
  const sql = `SELECT doc, revision FROM ${DIALOGUE_MEETING_TABLE}
    WHERE substr(COALESCE(json_extract(doc, '$.heldOn'), json_extract(doc, '$.plannedOn')), 1, 4) = ?`;
  return parseDocuments<DialogueMeetingDoc>(prepared(db, sql).all(String(year))).map((row) => row.doc);
}
