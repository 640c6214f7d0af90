import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
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
export class GetDialogueMeetingsQuery extends Query<Versioned<DialogueMeetingDoc>[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}
export class ListDialogueMeetingsQuery extends Query<Versioned<DialogueMeetingDoc>[]> {
  constructor(
    readonly filter: DialogueMeetingFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {
    super();
  }
}
export class DialogueMeetingsOfYearQuery extends Query<DialogueMeetingDoc[]> {
  constructor(readonly year: number) {
    super();
  }
}

@QueryHandler(SelectionsOfYearQuery)
export class SelectionsOfYearHandler implements IQueryHandler<SelectionsOfYearQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ year }: SelectionsOfYearQuery): Promise<SelectionDoc[]> {
    return selectionsOfYear(this.readModels.db, year);
  }
}

@QueryHandler(GetDialogueMeetingsQuery)
export class GetDialogueMeetingsHandler implements IQueryHandler<GetDialogueMeetingsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetDialogueMeetingsQuery): Promise<Versioned<DialogueMeetingDoc>[]> {
    return getDialogueMeetings(this.readModels.db, ids);
  }
}

@QueryHandler(ListDialogueMeetingsQuery)
export class ListDialogueMeetingsHandler implements IQueryHandler<ListDialogueMeetingsQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListDialogueMeetingsQuery): Promise<Versioned<DialogueMeetingDoc>[]> {
    return listDialogueMeetings(this.readModels.db, filter, before, limit);
  }
}

@QueryHandler(DialogueMeetingsOfYearQuery)
export class DialogueMeetingsOfYearHandler implements IQueryHandler<DialogueMeetingsOfYearQuery> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ year }: DialogueMeetingsOfYearQuery): Promise<DialogueMeetingDoc[]> {
    return dialogueMeetingsOfYear(this.readModels.db, year);
  }
}

export const dialogueQueryHandlers = [
  SelectionsOfYearHandler,
  GetDialogueMeetingsHandler,
  ListDialogueMeetingsHandler,
  DialogueMeetingsOfYearHandler,
];
