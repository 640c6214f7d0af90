import type { SupervisionDashboardQuery } from '../../gql/graphql';
import { LEVELS, SECTORS, T } from './texts';

type Figures = SupervisionDashboardQuery['inspectionsDashboard'];
type Cell = Figures['byLevel'][number];

export interface BreakdownRow {
  /** The breakdown as the server's `explain` names it: level, sector, region, status. */
  groupBy: 'level' | 'sector' | 'region' | 'status';
  key: string;
  label: string;
  count: Cell['count'];
}

/** The dashboard's four breakdowns as one list of rows, each key with its Swedish label. */
export function dashboardRows(figures: Figures): BreakdownRow[] {
  const groups: [BreakdownRow['groupBy'], Cell[], Record<string, string>][] = [
    ['level', figures.byLevel, LEVELS],
    ['sector', figures.bySector, SECTORS],
    ['region', figures.byRegion, {}],
    ['status', figures.byStatus, T.inspectionStatus],
  ];
  return groups.flatMap(([groupBy, cells, labels]) =>
    cells.map((c) => ({ groupBy, key: c.key, label: labels[c.key] ?? c.key, count: c.count })),
  );
}
