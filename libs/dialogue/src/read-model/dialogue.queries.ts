import type Database from 'better-sqlite3';
import { docField, docFieldIs, documentList, documentsWhere, documentsById } from '@samverkan/core';

export type { Versioned } from '@samverkan/core';
import { DialogueMeetingDoc, DialogueMeetingStatus, SelectionDoc } from './dialogue.documents';
import { DIALOGUE_MEETING_TABLE, SELECTION_TABLE } from './dialogue.projections';

export function selectionsOfYear(db: Database.Database, year: number): SelectionDoc[] {
  const clauses = `WHERE ${docField('year')} = ? ORDER BY ${docField('area')}`;
  return documentsWhere<SelectionDoc>(db, SELECTION_TABLE, clauses, year).map((row) => row.doc);
}

export const getDialogueMeetings = documentsById<DialogueMeetingDoc>(DIALOGUE_MEETING_TABLE);

export interface DialogueMeetingFilter {
  area?: string;
  status?: DialogueMeetingStatus;
  /** An employer's organisation number. */
  employer?: string;
  /** Planned (or held) on or after / on or before. */
  from?: string;
  to?: string;
}

const day = `COALESCE(${docField('heldOn')}, ${docField('plannedOn')})`;

/** Newest planned first. */
export const listDialogueMeetings = documentList<DialogueMeetingDoc, DialogueMeetingFilter>(
  DIALOGUE_MEETING_TABLE,
  (filter) => [
    [filter.area, docFieldIs('area')],
    [filter.status, docFieldIs('status')],
    [
      filter.employer,
      `EXISTS (SELECT 1 FROM json_each(doc, '$.employers') WHERE json_extract(value, '$.organisationNumber') = @employer)`,
    ],
    [filter.from, `${day} >= @from`],
    [filter.to, `${day} <= @to`],
  ],
);

/** Meetings planned or held in a year, for the coverage figure. */
export function dialogueMeetingsOfYear(db: Database.Database, year: number): DialogueMeetingDoc[] {
  const clauses = `WHERE substr(${day}, 1, 4) = ?`;
  return documentsWhere<DialogueMeetingDoc>(db, DIALOGUE_MEETING_TABLE, clauses, String(year)).map((row) => row.doc);
}
