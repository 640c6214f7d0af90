import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ReadModelDb } from '@samverkan/core';
import { FunnelCells, FunnelGrouping, tipFunnelCells, tipFunnelYears } from '../read-model/tips.funnel';
import { ImpulseFilter, TipFilter, findImpulses, findTip, listImpulses, listTips } from '../read-model/tips.queries';
import { ImpulseRow, TipRow } from '../read-model/tips.tables';

export class ListImpulsesQuery extends Query<ImpulseRow[]> {
  constructor(
    readonly filter: ImpulseFilter,
    readonly before: number | null,
    readonly limit: number,
  ) {
    super();
  }
}

export class GetImpulsesQuery extends Query<ImpulseRow[]> {
  constructor(readonly ids: string[]) {
    super();
  }
}

export class ListTipsQuery extends Query<TipRow[]> {
  constructor(
    readonly filter: TipFilter,
    readonly before: number | null,
    readonly limit: number,
  ) {
    super();
  }
}

export class GetTipQuery extends Query<TipRow | null> {
  constructor(readonly id: string) {
    super();
  }
}

export class TipFunnelQuery extends Query<FunnelCells> {
  constructor(
    readonly year: number,
    readonly groupBy: FunnelGrouping,
  ) {
    super();
  }
}

export class TipFunnelYearsQuery extends Query<number[]> {}

@QueryHandler(ListImpulsesQuery)
export class ListImpulsesHandler implements IQueryHandler<ListImpulsesQuery> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListImpulsesQuery): Promise<ImpulseRow[]> {
    return listImpulses(this.readModels.db, filter, before, limit);
  }
}

@QueryHandler(GetImpulsesQuery)
export class GetImpulsesHandler implements IQueryHandler<GetImpulsesQuery> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}
  async execute({ ids }: GetImpulsesQuery): Promise<ImpulseRow[]> {
    return findImpulses(this.readModels.db, ids);
  }
}

@QueryHandler(ListTipsQuery)
export class ListTipsHandler implements IQueryHandler<ListTipsQuery> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}
  async execute({ filter, before, limit }: ListTipsQuery): Promise<TipRow[]> {
    return listTips(this.readModels.db, filter, before, limit);
  }
}

@QueryHandler(GetTipQuery)
export class GetTipHandler implements IQueryHandler<GetTipQuery> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}
  async execute({ id }: GetTipQuery): Promise<TipRow | null> {
    return findTip(this.readModels.db, id);
  }
}

@QueryHandler(TipFunnelQuery)
export class TipFunnelHandler implements IQueryHandler<TipFunnelQuery> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}
  async execute({ year, groupBy }: TipFunnelQuery): Promise<FunnelCells> {
    return tipFunnelCells(this.readModels.db, year, groupBy);
  }
}

@QueryHandler(TipFunnelYearsQuery)
export class TipFunnelYearsHandler implements IQueryHandler<TipFunnelYearsQuery> {
  constructor(@Inject(ReadModelDb) private readonly readModels: ReadModelDb) {}
  async execute(): Promise<number[]> {
    return tipFunnelYears(this.readModels.db);
  }
}

export const tipsQueryHandlers = [
  ListImpulsesHandler,
  GetImpulsesHandler,
  ListTipsHandler,
  GetTipHandler,
  TipFunnelHandler,
  TipFunnelYearsHandler,
];
