// One event as the timeline and the entity panel show it: when its fact happened in the world and,
// where that was another day, when it was recorded; late entries marked; who, what and why.

import { formatDateTime, h, KIND_LABELS, moduleLabel, roleLabel } from './ui.js';

/** The fields every view of an event reads. */
export const ENTRY_FIELDS = `position eventId stream module revision type kind occurredAt occurredFrom occurredDerived recordedAt
  daysLate lateEntry summary reason
  actor { id name role organisation }
  corrects { eventId position reason } correctedBy { eventId position reason }`;

const SWEDISH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date in Sweden, whatever the browser's zone: the dates the workspace's rules count by. */
export function swedishDate(iso) {
  const parts = Object.fromEntries(SWEDISH_DATE.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const verb = (entry) => (entry.kind === 'decision' ? 'beslutat' : 'inträffade');

/**
 * When: the world's date, and the recording date where that was another day ("beslutat 2024-02-20,
 * registrerat 2026-12-02"). A fact dated by its handling has a real time of day; a stated date has none.
 */
export function whenView(entry) {
  const occurred = swedishDate(entry.occurredAt);
  const recorded = swedishDate(entry.recordedAt);
  const source = entry.occurredDerived ? ' (härlett ur händelsens uppgifter)' : '';
  const recordedTitle = `Registrerad ${formatDateTime(entry.recordedAt)}`;
  if (occurred !== recorded) {
    return h(
      'span',
      { class: 'when', 'data-testid': 'entry-when' },
      h(
        'time',
        { datetime: entry.occurredAt, title: `Datum enligt ${entry.occurredFrom}${source}` },
        `${verb(entry)} ${occurred}`,
      ),
      ', ',
      h('time', { datetime: entry.recordedAt, title: recordedTitle }, `registrerat ${recorded}`),
    );
  }
  const text = entry.occurredFrom === 'handling' ? formatDateTime(entry.occurredAt) : `${verb(entry)} ${occurred}`;
  return h(
    'time',
    { class: 'when', datetime: entry.occurredAt, title: `${recordedTitle}${source}`, 'data-testid': 'entry-when' },
    text,
  );
}

/** A late entry's marker: recorded more days after the fact than the workspace allows (LATE_ENTRY_DAYS). */
export function lateBadge(entry) {
  if (!entry.lateEntry) return null;
  const days = entry.daysLate === 1 ? '1 dag' : `${entry.daysLate} dagar`;
  const after = entry.kind === 'decision' ? 'beslutet' : 'händelsen';
  return h(
    'span',
    { class: 'badge late', 'data-testid': 'late-badge', title: `Registrerad ${days} efter ${after}` },
    'efterregistrerad',
  );
}

export function kindBadge(kind) {
  if (!kind) return null;
  return h('span', { class: `badge kind-${kind}`, 'data-testid': 'kind-badge' }, KIND_LABELS[kind] ?? kind);
}

export function actorText(actor) {
  if (!actor) return 'Systemet';
  const name = actor.name ?? 'okänd person';
  return [name, roleLabel(actor.role), actor.organisation].filter(Boolean).join(' · ');
}

/** One entry of the timeline list. */
export function entryItem(entry, { openEntity, showEvent, isNew = false }) {
  const correctionLink = (link, text) =>
    h(
      'li',
      {},
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          'data-testid': 'correction-link',
          onclick: () => void showEvent(link.position),
        },
        `${text} #${link.position}`,
      ),
      link.reason ? `: ${link.reason}` : '',
    );
  return h(
    'li',
    {
      id: `event-${entry.position}`,
      tabindex: '-1',
      class: `entry${isNew ? ' is-new' : ''}`,
      'data-testid': 'timeline-entry',
      'data-position': entry.position,
      'data-module': entry.module,
      'data-kind': entry.kind ?? '',
      'data-stream': entry.stream,
    },
    h(
      'div',
      { class: 'entry-head' },
      whenView(entry),
      kindBadge(entry.kind),
      lateBadge(entry),
      h('span', { class: 'badge module' }, moduleLabel(entry.module)),
      isNew ? h('span', { class: 'badge new', 'data-testid': 'new-badge' }, 'Ny') : null,
    ),
    h('p', { class: 'summary', 'data-testid': 'entry-summary' }, entry.summary),
    h('p', { class: 'meta' }, actorText(entry.actor)),
    entry.reason ? h('p', { class: 'reason' }, h('span', { class: 'label' }, 'Motivering: '), entry.reason) : null,
    entry.corrects || entry.correctedBy.length
      ? h(
          'ul',
          { class: 'corrections' },
          entry.corrects ? correctionLink(entry.corrects, 'Rättar händelse') : null,
          entry.correctedBy.map((link) => correctionLink(link, 'Rättad av händelse')),
        )
      : null,
    h(
      'p',
      { class: 'entry-foot' },
      h(
        'button',
        {
          type: 'button',
          class: 'link stream-link',
          'data-testid': 'stream-link',
          onclick: () => openEntity(entry.stream),
          'aria-label': `Visa entiteten ${entry.stream}`,
        },
        entry.stream,
      ),
      h('span', { class: 'muted' }, ` · version ${entry.revision} · händelse #${entry.position} · ${entry.type}`),
    ),
  );
}

/** One event of an entity's history in the panel, with a button for the state right after it. */
export function historyItem(node, { highlight, showRevision }) {
  return h(
    'li',
    {
      class: `history-item${node.position === highlight ? ' highlight' : ''}`,
      'data-testid': 'history-item',
      'data-position': node.position,
    },
    h(
      'div',
      { class: 'entry-head' },
      whenView(node),
      kindBadge(node.kind),
      lateBadge(node),
      h('span', { class: 'muted' }, `version ${node.revision}`),
    ),
    h('p', { class: 'summary' }, node.summary),
    h('p', { class: 'meta' }, actorText(node.actor)),
    node.reason ? h('p', { class: 'reason' }, h('span', { class: 'label' }, 'Motivering: '), node.reason) : null,
    h(
      'button',
      { type: 'button', class: 'link', onclick: () => showRevision(node.revision) },
      `Visa läget efter version ${node.revision}`,
    ),
  );
}
