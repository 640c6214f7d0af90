/**
 * An entity's state as a readable document: every value under a Swedish label, lists and nested
 * parts flattened to paths ("Aktiviteter 2 › Titel"), and what differs between two states.
 */

/** Swedish names of the keys the modules' states use; any other key is split at its capitals. */
const LABELS: Record<string, string> = {
  id: 'Id',
  name: 'Namn',
  title: 'Titel',
  status: 'Status',
  year: 'År',
  region: 'Region',
  industry: 'Bransch',
  capacity: 'Kapacitet',
  members: 'Medlemmar',
  representatives: 'Representanter',
  organisation: 'Organisation',
  organisationNumber: 'Organisationsnummer',
  role: 'Roll',
  reason: 'Motivering',
  activities: 'Aktiviteter',
  activityId: 'Aktivitet',
  area: 'Område',
  owner: 'Ansvar',
  dueDate: 'Klar senast',
  dueOn: 'Klar senast',
  indicators: 'Indikatorer',
  decisions: 'Beslut',
  decidedAt: 'Beslutsdatum',
  decidedBy: 'Beslutat av',
  minutesReference: 'Protokoll',
  heldOn: 'Hölls',
  plannedFor: 'Planerat till',
  date: 'Datum',
  term: 'Termin',
  format: 'Form',
  agenda: 'Dagordning',
  minutes: 'Minnesanteckningar',
  attendance: 'Närvaro',
  participants: 'Deltagare',
  managers: 'Chefer',
  hr: 'HR',
  other: 'Övriga',
  guests: 'Gäster',
  description: 'Beskrivning',
  summary: 'Sammanfattning',
  deficiency: 'Brist',
  employer: 'Arbetsgivare',
  impulseIds: 'Impulser',
  outcome: 'Utfall',
  sentOn: 'Skickat',
  reportedOn: 'Rapporterat',
  from: 'Från',
  to: 'Till',
  period: 'Period',
  sectors: 'Sektorer',
  level: 'Nivå',
  forumId: 'Forum',
  meetingId: 'Möte',
  planId: 'Plan',
  progress: 'Lägesrapporter',
  followUps: 'Uppföljningar',
  amendments: 'Ändringar',
  diaryNumbers: 'Diarienummer',
  establishedOn: 'Grundat',
  personId: 'Person',
  createdAt: 'Skapad',
  cancelled: 'Inställd',
  topics: 'Ämnen',
  link: 'Länk',
  kind: 'Slag',
  source: 'Källa',
};

export function labelOf(key: string): string {
  if (LABELS[key]) return LABELS[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface DocumentRow {
  /** Where the value sits, e.g. activities.1.title: stable across revisions. */
  path: string;
  /** The same in Swedish labels: "Aktiviteter 2 › Titel". */
  label: string;
  value: string;
}

/** Swedish words for the status codes states hold; other codes are shown as they are. */
const VALUES: Record<string, string> = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Inlämnad',
  ADOPTED: 'Fastställd',
  FOLLOWED_UP: 'Uppföljd',
  CLOSED: 'Avslutad',
  PLANNED: 'Planerad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klar',
  CANCELLED: 'Inställd',
  HELD: 'Hållet',
  OPEN: 'Öppen',
  SENT: 'Skickat',
  DISMISSED: 'Avfärdad',
  LAUNCHED: 'Startad',
  CONCLUDED: 'Avslutad',
  EVALUATED: 'Utvärderad',
  PROPOSED: 'Föreslagen',
  REVIEWED: 'Granskad',
  PUBLISHED: 'Publicerad',
  RETIRED: 'Tillbakadragen',
  DROPPED: 'Struken',
  MANAGER: 'Chef',
  OTHER: 'Övrig',
  JOINT: 'Gemensamt',
};

export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return typeof value === 'string' ? (VALUES[value] ?? value) : String(value);
}

/** The state's values, depth first, each under its labelled path; an empty list or part shows as "–". */
export function documentRows(state: unknown, path: string[] = [], labels: string[] = []): DocumentRow[] {
  const row = (value: unknown): DocumentRow[] => [
    { path: path.join('.'), label: labels.join(' › ') || '–', value: valueText(value) },
  ];
  if (Array.isArray(state)) {
    if (!state.length) return path.length ? row(null) : [];
    if (state.every((v) => v === null || typeof v !== 'object')) return row(state.map(valueText).join(', '));
    // Item i of "Aktiviteter" is "Aktiviteter 2"; the list's label gives way to the item's.
    const head = labels.slice(0, -1);
    const list = labels.at(-1) ?? '';
    return state.flatMap((item, i) => documentRows(item, [...path, String(i)], [...head, `${list} ${i + 1}`.trim()]));
  }
  if (state && typeof state === 'object') {
    const entries = Object.entries(state as Record<string, unknown>);
    if (!entries.length) return path.length ? row(null) : [];
    return entries.flatMap(([key, value]) => documentRows(value, [...path, key], [...labels, labelOf(key)]));
  }
  // A state that is nothing at all (before the entity existed) has no rows.
  return path.length || (state !== null && state !== undefined) ? row(state) : [];
}

export interface Change {
  label: string;
  before: string;
  after: string;
}

/** What differs between two states, by path: changed, added ("–" before) and removed ("–" after) values. */
export function changesBetween(before: unknown, after: unknown): Change[] {
  const old = new Map(documentRows(before).map((r) => [r.path, r]));
  const changes: Change[] = [];
  for (const row of documentRows(after)) {
    const was = old.get(row.path);
    old.delete(row.path);
    if (!was || was.value !== row.value)
      changes.push({ label: row.label, before: was?.value ?? '–', after: row.value });
  }
  for (const gone of old.values()) changes.push({ label: gone.label, before: gone.value, after: '–' });
  return changes;
}
