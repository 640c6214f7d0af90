import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { DialogueMeetingDoc, SelectionDoc } from '../read-model/dialogue.documents';
import {
  DialogueMeetingFilter, dialogueMeetingsOfYear, getDialogueMeetings, listDialogueMeetings, selectionsOfYear, Versioned,
} from '../read-model/dialogue.queries';

export class SelectionsOfYearQuery {
  constructor(readonly year: number) {}
}
export class GetDialogueMeetingsQuery {
  constructor(readonly ids: string[]) {}
}
export class ListDialogueMeetingsQuery {
  constructor(
    readonly filter: DialogueMeetingFilter,
    readonly before: bigint | null,
    readonly limit: number,
  ) {}
}
export class DialogueMeetingsOfYearQuery {
  constructor(readonly year: number) {}
}

@QueryHandler(SelectionsOfYearQuery)
export class SelectionsOfYearHandler implements IQueryHandler<SelectionsOfYearQuery, SelectionDoc[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ year }: SelectionsOfYearQuery): Promise<SelectionDoc[]> {
    return selectionsOfYear(this.readModels.db, year);
  }
}

@QueryHandler(GetDialogueMeetingsQuery)
export class GetDialogueMeetingsHandler implements IQueryHandler<GetDialogueMeetingsQuery, Versioned<DialogueMeetingDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetDialogueMeetingsQuery): Promise<Versioned<DialogueMeetingDoc>[]> {
    return getDialogueMeetings(this.readModels.db, ids);
  }
}

@QueryHandler(ListDialogueMeetingsQuery)
export class ListDialogueMeetingsHandler implements IQueryHandler<ListDialogueMeetingsQuery, Versioned<DialogueMeetingDoc>[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListDialogueMeetingsQuery): Promise<Versioned<DialogueMeetingDoc>[]> {
    return listDialogueMeetings(this.readModels.db, filter, before, limit);
  }
}

@QueryHandler(DialogueMeetingsOfYearQuery)
export class DialogueMeetingsOfYearHandler implements IQueryHandler<DialogueMeetingsOfYearQuery, DialogueMeetingDoc[]> {
  constructor(private readonly readModels: ReadModelDb) {}
  async execute({ year }: DialogueMeetingsOfYearQuery): Promise<DialogueMeetingDoc[]> {
    return dialogueMeetingsOfYear(this.readModels.db, year);
  }
}

export const dialogueQueryHandlers = [SelectionsOfYearHandler, GetDialogueMeetingsHandler, ListDialogueMeetingsHandler, DialogueMeetingsOfYearHandler];
