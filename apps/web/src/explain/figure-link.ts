/** Which cell of a dashboard figure: what the server's `explain(figure, cell)` takes. */
export interface FigureCell {
  /** tipFunnel, forumCadence, inspectionsDashboard, dialogueCoverage, obligations. */
  figure: string;
  measure: string;
  groupBy?: string;
  key?: string;
  year?: number;
  campaignId?: string;
}

/** The explain page's address for a cell: #/forklaring?figur=…&matt=…, readable and bookmarkable. */
export function explainPath(cell: FigureCell): string {
  const params = new URLSearchParams({ figur: cell.figure, matt: cell.measure });
  if (cell.groupBy) params.set('grupp', cell.groupBy);
  if (cell.key) params.set('nyckel', cell.key);
  if (cell.year !== undefined) params.set('ar', String(cell.year));
  if (cell.campaignId) params.set('kampanj', cell.campaignId);
  return `/forklaring?${params}`;
}

/** The cell an explain page's address names; null where the address lacks figure or measure. */
export function cellOf(params: URLSearchParams): FigureCell | null {
  const figure = params.get('figur');
  const measure = params.get('matt');
  if (!figure || !measure) return null;
  const year = params.get('ar');
  return {
    figure,
    measure,
    ...(params.get('grupp') ? { groupBy: params.get('grupp')! } : {}),
    ...(params.get('nyckel') ? { key: params.get('nyckel')! } : {}),
    ...(year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}),
    ...(params.get('kampanj') ? { campaignId: params.get('kampanj')! } : {}),
  };
}
