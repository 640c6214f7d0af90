import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { DialogueMeetingDoc, SelectionDoc } from '../read-model/dialogue.documents';
import {
  DialogueMeetingFilter,
  dialogueMeetingsOfYear,
  getDialogueMeetings,
  listDialogueMeetings,
  selectionsOfYear,
  Versioned,
} from '../read-model/dialogue.queries';

export class SelectionsOfYearQuery extends Query<SelectionDoc[]> {
  constructor(readonly year: number) {
    super();
  }
}
export class GetDialogueMeetingsQuery extends ByIdsQuery<Versioned<DialogueMeetingDoc>[]> {}
export class ListDialogueMeetingsQuery extends PageQuery<DialogueMeetingFilter, Versioned<DialogueMeetingDoc>[]> {}
export class DialogueMeetingsOfYearQuery extends Query<DialogueMeetingDoc[]> {
  constructor(readonly year: number) {
    super();
  }
}

export const dialogueQueryHandlers = [
  readModelQueryHandler(SelectionsOfYearQuery, ({ year }, { db }) => selectionsOfYear(db, year)),
  readModelQueryHandler(GetDialogueMeetingsQuery, ({ ids }, { db }) => getDialogueMeetings(db, ids)),
  readModelQueryHandler(ListDialogueMeetingsQuery, (page, { db }) => listDialogueMeetings(db, page)),
  readModelQueryHandler(DialogueMeetingsOfYearQuery, ({ year }, { db }) => dialogueMeetingsOfYear(db, year)),
];
