import { Query } from '@nestjs/cqrs';
import { ByIdsQuery, ByKeyQuery, PageQuery, readModelQueryHandler } from '@samverkan/core';
import { FunnelCells, FunnelGrouping, tipFunnelCells, tipFunnelYears } from '../read-model/tips.funnel';
import { ImpulseFilter, TipFilter, findImpulses, findTip, listImpulses, listTips } from '../read-model/tips.queries';
import { ImpulseRow, TipRow } from '../read-model/tips.tables';

export class ListImpulsesQuery extends PageQuery<ImpulseFilter, ImpulseRow[], number> {}
export class GetImpulsesQuery extends ByIdsQuery<ImpulseRow[]> {}
export class ListTipsQuery extends PageQuery<TipFilter, TipRow[], number> {}

export class GetTipQuery extends ByKeyQuery<string, TipRow | null> {}

export class TipFunnelQuery extends Query<FunnelCells> {
  constructor(
    readonly year: number,
    readonly groupBy: FunnelGrouping,
  ) {
    super();
  }
}

export class TipFunnelYearsQuery extends Query<number[]> {}

export const tipsQueryHandlers = [
  readModelQueryHandler(ListImpulsesQuery, (page, { db }) => listImpulses(db, page)),
  readModelQueryHandler(GetImpulsesQuery, ({ ids }, { db }) => findImpulses(db, ids)),
  readModelQueryHandler(ListTipsQuery, (page, { db }) => listTips(db, page)),
  readModelQueryHandler(GetTipQuery, ({ key }, { db }) => findTip(db, key)),
  readModelQueryHandler(TipFunnelQuery, ({ year, groupBy }, { db }) => tipFunnelCells(db, year, groupBy)),
  readModelQueryHandler(TipFunnelYearsQuery, (_, { db }) => tipFunnelYears(db)),
];
