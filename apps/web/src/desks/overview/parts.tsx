import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { ReactNode, useEffect, useRef } from 'react';
import { T } from './texts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Colours with enough contrast on white, told apart by more than hue in the tables. */
export const COLOURS = ['#1f4e79', '#c05a00', '#2e7d32', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64'];
export const LIGHT = ['#9db9d3', '#f0b98a', '#a5d6a7', '#ce93d8', '#80deea', '#f48fb1', '#bcaaa4', '#b0bec5'];

export const countAxis = (title?: string) => ({
  beginAtZero: true,
  ticks: { precision: 0, color: '#333' },
  ...(title ? { title: { display: true, text: title, color: '#333' } } : {}),
});
export const labelAxis = { ticks: { color: '#333', autoSkip: false, maxRotation: 60 } };

/** A bar chart on a canvas described for screen readers; its figures are in the table next to it. */
export function BarChart({
  testid,
  label,
  height,
  config,
}: {
  testid: string;
  label: string;
  height: number;
  config: ChartConfiguration<'bar'>;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      ...config,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        ...config.options,
        plugins: {
          legend: { position: 'bottom', labels: { color: '#1b1b1b', font: { size: 13 } } },
          tooltip: { enabled: true },
          ...config.options?.plugins,
        },
      },
    });
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart-box" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} data-testid={testid} />
    </div>
  );
}

/** A cell: text, or anything (a Figure linking to its events) with how to align it. */
type Value = string | { text: ReactNode; numeric: boolean };

/** A table of exact figures: headers, rows of cells, an optional footer row. */
export function DataTable({
  caption,
  headers,
  rows,
  footer,
  testid,
}: {
  caption: string;
  headers: string[];
  rows: Value[][];
  footer?: Value[];
  testid: string;
}) {
  const cell = (value: Value, i: number, head: boolean) => {
    const numeric = typeof value === 'object' ? value.numeric : i > 0;
    const text = typeof value === 'object' ? value.text : value;
    const className = numeric ? 'num' : undefined;
    return head ? (
      <th key={i} scope="row" className={className}>
        {text}
      </th>
    ) : (
      <td key={i} className={className}>
        {text}
      </td>
    );
  };
  const row = (values: Value[], key: number) => <tr key={key}>{values.map((v, i) => cell(v, i, i === 0))}</tr>;
  return (
    <table className="data-table" data-testid={testid}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={h} scope="col" className={i > 0 ? 'num' : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows.map(row)}</tbody>
      {footer ? <tfoot>{row(footer, 0)}</tfoot> : null}
    </table>
  );
}

/** "Visa siffror": the exact figures next to a chart. */
export function Figures({ children }: { children: ReactNode }) {
  return (
    <Details className="figures">
      <Details.Summary>{T.showFigures}</Details.Summary>
      <Details.Content>{children}</Details.Content>
    </Details>
  );
}

export type SectionState = 'loading' | 'ready' | 'empty' | 'error' | 'forbidden';

/** A card of the overview: its heading, and data-state for tests and styling. */
export function Section({
  testid,
  title,
  intro,
  wide,
  state,
  children,
}: {
  testid: string;
  title: string;
  intro: string;
  wide?: boolean;
  state: SectionState;
  children: ReactNode;
}) {
  return (
    <section
      className={`card${wide ? ' wide' : ''}`}
      data-testid={testid}
      data-state={state}
      aria-labelledby={`${testid}-heading`}
      aria-busy={state === 'loading'}
    >
      <Heading level={2} data-size="sm" id={`${testid}-heading`}>
        {title}
      </Heading>
      <Paragraph data-size="sm" className="intro">
        {intro}
      </Paragraph>
      {state === 'loading' ? <Paragraph className="loading">{T.loading}</Paragraph> : children}
    </section>
  );
}

/** A section's refusal or failure, in Swedish. */
export function Problem({
  what,
  error,
}: {
  what: string;
  error: { message: string; graphQLErrors: { extensions?: Record<string, unknown> }[] };
}) {
  return forbidden(error) ? (
    <Alert data-color="warning" data-testid="forbidden">
      {T.forbidden(what)}
    </Alert>
  ) : (
    <Alert data-color="danger" data-testid="error">
      {T.failed(what, error.message)}
    </Alert>
  );
}

export const forbidden = (error: { graphQLErrors: { extensions?: Record<string, unknown> }[] }) =>
  error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');

/** A query's result as a section's state. */
export function stateOf(
  result: { fetching: boolean; data?: unknown; error?: { graphQLErrors: { extensions?: Record<string, unknown> }[] } },
  empty = false,
): SectionState {
  if (result.error) return forbidden(result.error) ? 'forbidden' : 'error';
  if (!result.data) return 'loading';
  return empty ? 'empty' : 'ready';
}
