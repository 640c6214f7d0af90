/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** The period the address names (#/revision?fran=…&till=…), else last calendar year. */
export function periodOf(params: URLSearchParams, today = new Date()): { from: string; to: string; valid: boolean } {
  const year = today.getFullYear() - 1;
  const from = params.get('fran') ?? `${year}-01-01`;
  const to = params.get('till') ?? `${year}-12-31`;
  return { from, to, valid: isDate(from) && isDate(to) && from <= to };
}

/** The file name of a report's download: esf-2025-01-01--2025-06-30.csv. */
export const reportFileName = (from: string, to: string, ext: 'csv' | 'json') => `esf-${from}--${to}.${ext}`;
