import { stringify } from 'csv-stringify/sync';
import { Figure, FigurePeriod } from './figure-catalogue';
import { FigureRow } from './figure-table';

/** What every file says about itself: the JSON file's `metadata`, the CSV file's leading `#` lines. */
export interface FigureMetadata {
  figure: string;
  parameters: Record<string, string | number>;
  period: FigurePeriod;
  /** When the file was produced (ISO 8601, UTC). */
  producedAt: string;
  /** The store position the read models had applied when the figure was read ($all, as a decimal string). */
  storePosition: string | null;
  /** The role the figure was read as: the DASHBOARD role reads small counts suppressed. */
  role: string;
  /** The GraphQL query the figure was read with, as the caller could send it to /graphql. */
  query: string;
}

export const VALUE_COLUMNS = ['measure', 'value', 'display', 'suppressed'];

export function figureJson(metadata: FigureMetadata, answer: unknown): string {
  return `${JSON.stringify({ metadata, data: answer }, null, 2)}\n`;
}

/**
 * Leading comment lines (`# key: value`), then a header row and the figure in long form. Readers
 * skip them with e.g. pandas `read_csv(..., comment='#')` or csv-parse's `comment: '#'`.
 */
export function figureCsv(metadata: FigureMetadata, figure: Figure<unknown>, rows: FigureRow[]): string {
  const { period } = metadata;
  const comments = [
    ['figure', metadata.figure],
    [
      'parameters',
      Object.entries(metadata.parameters)
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
    ],
    ['period', [period.label, period.from && period.to ? `(${period.from} – ${period.to})` : ''].join(' ').trim()],
    ['producedAt', metadata.producedAt],
    ['storePosition', metadata.storePosition ?? 'empty store'],
    ['role', metadata.role],
    ['query', metadata.query],
  ].map(([key, value]) => `# ${key}: ${oneLine(value)}\n`);
  const columns = [...figure.place, ...VALUE_COLUMNS];
  const table = stringify(rows, {
    header: true,
    columns,
    // A cell from free text (a forum's name) never becomes a spreadsheet formula.
    escape_formulas: true,
    cast: { boolean: (b) => String(b) },
  });
  return comments.join('') + table;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
