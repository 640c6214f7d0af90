import { ByIdsQuery, ByKeyQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { DialogueMeetingDoc, SelectionDoc } from '../read-model/dialogue.documents';
import {
  DialogueMeetingFilter,
  dialogueMeetingsOfYear,
  getDialogueMeetings,
  listDialogueMeetings,
  selectionsOfYear,
  Versioned,
} from '../read-model/dialogue.queries';

export class SelectionsOfYearQuery extends ByKeyQuery<number, SelectionDoc[]> {}
export class GetDialogueMeetingsQuery extends ByIdsQuery<Versioned<DialogueMeetingDoc>[]> {}
export class ListDialogueMeetingsQuery extends PageQuery<DialogueMeetingFilter, Versioned<DialogueMeetingDoc>[]> {}
export class DialogueMeetingsOfYearQuery extends ByKeyQuery<number, DialogueMeetingDoc[]> {}

export const dialogueQueryHandlers = [
  readModelQueryHandler(SelectionsOfYearQuery, ({ key }, { db }) => selectionsOfYear(db, key)),
  readModelQueryHandler(GetDialogueMeetingsQuery, ({ ids }, { db }) => getDialogueMeetings(db, ids)),
  readModelQueryHandler(ListDialogueMeetingsQuery, (page, { db }) => listDialogueMeetings(db, page)),
  readModelQueryHandler(DialogueMeetingsOfYearQuery, ({ key }, { db }) => dialogueMeetingsOfYear(db, key)),
];
