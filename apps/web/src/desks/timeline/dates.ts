const SWEDISH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Sweden, whatever the browser's zone: the dates the workspace's rules count by. */
export function swedishDate(iso: string): string {
  const parts = Object.fromEntries(SWEDISH_DATE.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium' });
export const formatDateTime = (iso?: string | null) => (iso ? dateTime.format(new Date(iso)) : '–');

/** The timeline form's values. */
export interface FilterValues {
  module: string;
  kind: string;
  organisation: string;
  stream: string;
  from: string;
  to: string;
  lateOnly: boolean;
}

export const EMPTY_FILTER: FilterValues = {
  module: '',
  kind: '',
  organisation: '',
  stream: '',
  from: '',
  to: '',
  lateOnly: false,
};

/**
 * The form's values as a TimelineFilterInput (empty fields left out). The dates are whole local
 * days of when things happened, the world's time, not when they were recorded.
 */
export function toApiFilter(values: FilterValues): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const key of ['module', 'kind', 'organisation', 'stream'] as const)
    if (values[key]?.trim()) filter[key] = values[key].trim();
  if (values.from) filter.occurredFrom = new Date(`${values.from}T00:00:00`).toISOString();
  if (values.to) filter.occurredTo = new Date(`${values.to}T23:59:59.999`).toISOString();
  if (values.lateOnly) filter.lateOnly = true;
  return filter;
}
