// Tidslinje: every event with who, when, what and why; filters, endless scrolling (50 at a time),
// live entries over graphql-ws (shown at the top, marked "Ny"), and an entity panel with the
// entity's history and its state at a chosen moment.

import { gql, subscribe } from './api.js';
import { errorNotice, formatDateTime, h, KIND_LABELS, MODULE_LABELS, moduleLabel, notice, replace, roleLabel } from './ui.js';

const PAGE_SIZE = 50;
const ENTRY = `position eventId stream module revision type kind occurredAt recordedAt summary reason
  actor { id name role organisation }
  corrects { eventId position reason } correctedBy { eventId position reason }`;
const PAGE = `query Timeline($first: Int!, $after: String, $filter: TimelineFilterInput) {
  timeline(first: $first, after: $after, filter: $filter) { edges { node { ${ENTRY} } } pageInfo { endCursor hasNextPage } }
}`;
const LIVE = `subscription Live($filter: TimelineFilterInput) { timelineAppended(filter: $filter) { ${ENTRY} } }`;
const HISTORY = `query History($stream: String!, $first: Int!, $after: String) {
  entityHistory(stream: $stream, first: $first, after: $after) { edges { node { ${ENTRY} } } pageInfo { endCursor hasNextPage } }
}`;
const AS_OF = `query AsOf($stream: String!, $at: DateTime, $revision: Int, $clock: AsOfClock) {
  entityAsOf(stream: $stream, at: $at, revision: $revision, clock: $clock) {
    stream module existed revision currentRevision lastChangeAt position state
    people { id name organisation erased } actors { id name role organisation }
  }
}`;

/** The form's values, kept while the user moves between views. */
let saved = { module: '', kind: '', organisation: '', stream: '', from: '', to: '' };

/** The form's values as a TimelineFilterInput (empty fields left out; dates as whole local days). */
export function toApiFilter(values) {
  const filter = {};
  for (const key of ['module', 'kind', 'organisation', 'stream']) if (values[key]?.trim()) filter[key] = values[key].trim();
  if (values.from) filter.occurredFrom = new Date(`${values.from}T00:00:00`).toISOString();
  if (values.to) filter.occurredTo = new Date(`${values.to}T23:59:59.999`).toISOString();
  return filter;
}

const pad = (n) => String(n).padStart(2, '0');
const localInputValue = (date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export function renderTimeline(main) {
  let alive = true;
  let generation = 0;
  let cursor = null;
  let hasNext = true;
  let loading = false;
  let stopLive = () => {};
  const shown = new Set();

  // Filters
  const moduleSelect = h('select', { id: 'f-module', name: 'module', 'data-testid': 'filter-module' },
    h('option', { value: '' }, 'Alla moduler'),
    Object.entries(MODULE_LABELS).map(([value, label]) => h('option', { value }, label)));
  const kindSelect = h('select', { id: 'f-kind', name: 'kind', 'data-testid': 'filter-kind' },
    h('option', { value: '' }, 'Beslut och åtgärder'), h('option', { value: 'decision' }, 'Beslut'), h('option', { value: 'action' }, 'Åtgärder'));
  const organisationInput = h('input', { id: 'f-organisation', name: 'organisation', list: 'organisations', autocomplete: 'off', placeholder: 't.ex. FK', 'data-testid': 'filter-organisation' });
  const streamInput = h('input', { id: 'f-stream', name: 'stream', autocomplete: 'off', placeholder: 't.ex. forum-norr', 'data-testid': 'filter-stream' });
  const fromInput = h('input', { id: 'f-from', name: 'from', type: 'date', 'data-testid': 'filter-from' });
  const toInput = h('input', { id: 'f-to', name: 'to', type: 'date', 'data-testid': 'filter-to' });
  const inputs = { module: moduleSelect, kind: kindSelect, organisation: organisationInput, stream: streamInput, from: fromInput, to: toInput };
  for (const [key, input] of Object.entries(inputs)) input.value = saved[key];

  const form = h('form', { class: 'filters card', 'aria-labelledby': 'filter-heading', 'data-testid': 'timeline-filters' },
    h('h2', { id: 'filter-heading' }, 'Filter'),
    h('div', { class: 'filter-grid' },
      field('f-module', 'Modul', moduleSelect),
      field('f-kind', 'Typ', kindSelect),
      field('f-organisation', 'Organisation', organisationInput),
      field('f-stream', 'Entitet (ström)', streamInput),
      field('f-from', 'Från och med', fromInput),
      field('f-to', 'Till och med', toInput)),
    h('datalist', { id: 'organisations' }, ['FK', 'AV', 'FHM', 'SKR'].map((o) => h('option', { value: o }))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button', 'data-testid': 'filter-apply' }, 'Filtrera'),
      h('button', { type: 'reset', class: 'button secondary', 'data-testid': 'filter-reset' }, 'Rensa')));

  // Lists
  const liveStatus = h('p', { class: 'live-status', 'data-testid': 'live-status', 'aria-live': 'polite' });
  const liveList = h('ol', { class: 'entries', 'data-testid': 'timeline-live', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  const liveSection = h('section', { class: 'live-section', 'aria-labelledby': 'live-heading', hidden: true },
    h('h2', { id: 'live-heading' }, 'Nya händelser sedan du öppnade vyn'), liveList);
  const list = h('ol', { class: 'entries', 'data-testid': 'timeline-list' });
  const listStatus = h('div', { class: 'list-status', 'aria-live': 'polite' });
  const moreButton = h('button', { type: 'button', class: 'button secondary', 'data-testid': 'timeline-more', hidden: true }, 'Visa fler');
  const sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' });
  const count = h('span', { class: 'count', 'data-testid': 'timeline-count' });
  const panel = h('aside', { class: 'entity-panel card', 'data-testid': 'entity-panel', 'aria-labelledby': 'entity-heading', hidden: true });
  const view = h('div', { class: 'timeline-view' },
    form,
    h('div', { class: 'timeline-layout' },
      h('div', { class: 'timeline-main' },
        liveSection,
        h('section', { 'aria-labelledby': 'list-heading' },
          h('h2', { id: 'list-heading' }, 'Händelser i ordning ', count),
          list, sentinel, listStatus, moreButton)),
      panel));

  replace(main,
    h('div', { class: 'page-head' },
      h('h1', {}, 'Tidslinje'),
      liveStatus),
    h('p', { class: 'intro' }, 'Alla händelser i arbetsytan i den ordning de registrerades: vem som gjorde vad, när och varför. Välj en entitet för att se dess historik och hur den såg ut vid en viss tidpunkt.'),
    view);

  const forbidden = (error) => {
    replace(view, h('div', { 'data-testid': 'timeline-forbidden' }, errorNotice(error, 'Tidslinjen')));
    observer.disconnect();
    stopLive();
    replace(liveStatus);
  };

  const updateCount = () => replace(count, `(${shown.size}${hasNext ? '+' : ''})`);

  const loadMore = async () => {
    if (loading || !hasNext || !alive) return;
    loading = true;
    const mine = generation;
    replace(listStatus, h('p', { class: 'loading' }, 'Hämtar händelser …'));
    try {
      const page = (await gql(PAGE, { first: PAGE_SIZE, after: cursor, filter: toApiFilter(saved) })).timeline;
      if (mine !== generation || !alive) return;
      for (const { node } of page.edges) {
        if (shown.has(node.position)) continue;
        shown.add(node.position);
        list.append(entryItem(node, { openEntity, showEvent }));
      }
      cursor = page.pageInfo.endCursor ?? cursor;
      hasNext = page.pageInfo.hasNextPage;
      replace(listStatus, !hasNext ? h('p', { class: 'help' }, shown.size ? 'Inga fler händelser.' : 'Inga händelser matchar filtret.') : null);
      moreButton.hidden = !hasNext;
      updateCount();
    } catch (error) {
      if (mine !== generation || !alive) return;
      if (error?.forbidden) return forbidden(error);
      replace(listStatus, errorNotice(error, 'Tidslinjen'));
      moreButton.hidden = false;
    } finally {
      if (mine === generation) loading = false;
    }
    // Still at the bottom (a short page, a tall window): keep filling.
    if (alive && hasNext && sentinel.getBoundingClientRect().top < innerHeight + 300) void loadMore();
  };

  const addLive = (entry) => {
    if (shown.has(entry.position)) return;
    shown.add(entry.position);
    liveSection.hidden = false;
    liveList.prepend(entryItem(entry, { openEntity, showEvent, isNew: true }));
    updateCount();
  };

  const start = () => {
    generation += 1;
    loading = false;
    cursor = null;
    hasNext = true;
    shown.clear();
    replace(list);
    replace(liveList);
    liveSection.hidden = true;
    moreButton.hidden = true;
    stopLive();
    const filter = toApiFilter(saved);
    replace(liveStatus, h('span', { class: 'live-dot', 'aria-hidden': 'true' }), 'Live: nya händelser visas överst');
    stopLive = subscribe(LIVE, { filter }, {
      next: (data) => alive && addLive(data.timelineAppended),
      error: (error) => {
        if (!alive) return;
        replace(liveStatus, error?.forbidden ? 'Live-uppdateringar är inte tillgängliga för din roll.' : `Live-uppdateringarna avbröts: ${error.message}`);
        liveStatus.classList.add('live-off');
      },
    });
    liveStatus.classList.remove('live-off');
    void loadMore();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saved = Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, input.value]));
    start();
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      saved = { module: '', kind: '', organisation: '', stream: '', from: '', to: '' };
      start();
    });
  });
  moreButton.addEventListener('click', () => void loadMore());

  const observer = new IntersectionObserver((seen) => {
    if (seen.some((e) => e.isIntersecting)) void loadMore();
  }, { rootMargin: '300px 0px' });
  observer.observe(sentinel);

  // The entity panel
  let panelGeneration = 0;
  function openEntity(stream, { highlight } = {}) {
    const mine = ++panelGeneration;
    const current = () => alive && mine === panelGeneration;
    const atInput = h('input', { id: 'as-of-at', type: 'datetime-local', step: 1, value: localInputValue(new Date()), 'data-testid': 'as-of-at' });
    const clockSelect = h('select', { id: 'as-of-clock', 'data-testid': 'as-of-clock' },
      h('option', { value: 'RECORDED' }, 'när det registrerades'), h('option', { value: 'OCCURRED' }, 'när det inträffade'));
    const stateBox = h('div', { class: 'as-of', 'data-testid': 'entity-state', 'aria-live': 'polite' });
    const historyList = h('ol', { class: 'history', 'data-testid': 'entity-history' });
    const historyMore = h('button', { type: 'button', class: 'button secondary', hidden: true }, 'Visa fler');
    let historyCursor = null;

    const showState = async (variables, label) => {
      replace(stateBox, h('p', { class: 'loading' }, 'Hämtar läget …'));
      try {
        const state = (await gql(AS_OF, { stream, clock: clockSelect.value, ...variables })).entityAsOf;
        if (current()) replace(stateBox, stateView(state, label));
      } catch (error) {
        if (current()) replace(stateBox, errorNotice(error, 'Läget'));
      }
    };
    const showAt = () => {
      const at = atInput.value ? new Date(atInput.value).toISOString() : undefined;
      void showState({ at }, atInput.value ? `vid ${formatDateTime(at)}` : 'nu');
    };
    // On opening: the state now (the input's whole seconds would miss an event of this second).
    const showNow = () => void showState({}, 'nu');
    const loadHistory = async () => {
      try {
        const page = (await gql(HISTORY, { stream, first: PAGE_SIZE, after: historyCursor })).entityHistory;
        if (!current()) return;
        for (const { node } of page.edges) {
          historyList.append(h('li', { class: `history-item${node.position === highlight ? ' highlight' : ''}`, 'data-position': node.position },
            h('div', { class: 'entry-head' },
              h('time', { datetime: node.occurredAt }, formatDateTime(node.occurredAt)),
              kindBadge(node.kind),
              h('span', { class: 'muted' }, `version ${node.revision}`)),
            h('p', { class: 'summary' }, node.summary),
            h('p', { class: 'meta' }, actorText(node.actor)),
            node.reason ? h('p', { class: 'reason' }, h('span', { class: 'label' }, 'Motivering: '), node.reason) : null,
            h('button', { type: 'button', class: 'link', onclick: () => void showState({ revision: node.revision }, `efter version ${node.revision}`) },
              `Visa läget efter version ${node.revision}`)));
        }
        historyCursor = page.pageInfo.endCursor ?? historyCursor;
        historyMore.hidden = !page.pageInfo.hasNextPage;
      } catch (error) {
        if (current()) historyList.after(errorNotice(error, 'Historiken'));
      }
    };
    historyMore.addEventListener('click', () => void loadHistory());

    const heading = h('h2', { id: 'entity-heading', tabindex: '-1' }, 'Entitet ', h('code', {}, stream));
    replace(panel,
      h('div', { class: 'panel-head' },
        heading,
        h('button', { type: 'button', class: 'button secondary small', 'data-testid': 'entity-close', onclick: () => { panel.hidden = true; panelGeneration += 1; } }, 'Stäng')),
      h('form', { class: 'as-of-form', onsubmit: (event) => { event.preventDefault(); showAt(); } },
        field('as-of-at', 'Visa läget vid', atInput),
        field('as-of-clock', 'Räkna händelser efter', clockSelect),
        h('button', { type: 'submit', class: 'button', 'data-testid': 'as-of-show' }, 'Visa läge')),
      stateBox,
      h('h3', {}, 'Historik'),
      historyList,
      historyMore);
    panel.hidden = false;
    heading.focus();
    showNow();
    void loadHistory();
  }

  /** A correction link: the event in the list if it is loaded, else its stream in the panel. */
  async function showEvent(position) {
    const element = document.getElementById(`event-${position}`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      element.classList.add('highlight');
      setTimeout(() => element.classList.remove('highlight'), 2500);
      return;
    }
    try {
      // A timeline cursor is the position, base64-encoded: start right before this one.
      const after = position === '0' ? null : btoa(String(BigInt(position) - 1n));
      const node = (await gql(PAGE, { first: 1, after, filter: null })).timeline.edges[0]?.node;
      if (node && alive) openEntity(node.stream, { highlight: node.position });
    } catch (error) {
      replace(listStatus, errorNotice(error, 'Händelsen'));
    }
  }

  start();
  return () => {
    alive = false;
    observer.disconnect();
    stopLive();
  };
}

function kindBadge(kind) {
  if (!kind) return null;
  return h('span', { class: `badge kind-${kind}`, 'data-testid': 'kind-badge' }, KIND_LABELS[kind] ?? kind);
}

function actorText(actor) {
  if (!actor) return 'Systemet';
  const name = actor.name ?? 'okänd person';
  return [name, roleLabel(actor.role), actor.organisation].filter(Boolean).join(' · ');
}

function entryItem(entry, { openEntity, showEvent, isNew = false }) {
  const correctionLink = (link, text) => h('li', {},
    h('button', { type: 'button', class: 'link', 'data-testid': 'correction-link', onclick: () => void showEvent(link.position) }, `${text} #${link.position}`),
    link.reason ? `: ${link.reason}` : '');
  return h('li', {
    id: `event-${entry.position}`, tabindex: '-1', class: `entry${isNew ? ' is-new' : ''}`,
    'data-testid': 'timeline-entry', 'data-position': entry.position, 'data-module': entry.module, 'data-kind': entry.kind ?? '', 'data-stream': entry.stream,
  },
  h('div', { class: 'entry-head' },
    h('time', { datetime: entry.occurredAt, title: `Registrerad ${formatDateTime(entry.recordedAt)}` }, formatDateTime(entry.occurredAt)),
    kindBadge(entry.kind),
    h('span', { class: 'badge module' }, moduleLabel(entry.module)),
    isNew ? h('span', { class: 'badge new', 'data-testid': 'new-badge' }, 'Ny') : null),
  h('p', { class: 'summary', 'data-testid': 'entry-summary' }, entry.summary),
  h('p', { class: 'meta' }, actorText(entry.actor)),
  entry.reason ? h('p', { class: 'reason' }, h('span', { class: 'label' }, 'Motivering: '), entry.reason) : null,
  entry.corrects || entry.correctedBy.length
    ? h('ul', { class: 'corrections' },
      entry.corrects ? correctionLink(entry.corrects, 'Rättar händelse') : null,
      entry.correctedBy.map((link) => correctionLink(link, 'Rättad av händelse')))
    : null,
  h('p', { class: 'entry-foot' },
    h('button', { type: 'button', class: 'link stream-link', 'data-testid': 'stream-link', onclick: () => openEntity(entry.stream), 'aria-label': `Visa entiteten ${entry.stream}` }, entry.stream),
    h('span', { class: 'muted' }, ` · version ${entry.revision} · händelse #${entry.position} · ${entry.type}`)));
}

function stateView(state, label) {
  if (!state.existed) return notice('info', `Entiteten fanns inte ännu (${label}).`, 'entity-not-existed');
  return h('div', {},
    h('p', { class: 'headline' }, `Läget ${label}: version ${state.revision} av ${state.currentRevision}`,
      state.lastChangeAt ? `, senast ändrad ${formatDateTime(state.lastChangeAt)}` : ''),
    state.people.length
      ? h('div', {}, h('h3', {}, 'Personer som nämns'),
        h('ul', { class: 'people', 'data-testid': 'entity-people' }, state.people.map((p) =>
          h('li', { class: p.erased ? 'erased' : null }, p.erased ? 'raderad' : p.name ?? 'okänd', p.organisation ? ` (${p.organisation})` : ''))))
      : null,
    state.actors.length
      ? h('div', {}, h('h3', {}, 'Ändrat av'), h('ul', { class: 'people' }, state.actors.map((a) => h('li', {}, actorText(a)))))
      : null,
    h('h3', {}, 'Tillstånd'),
    h('pre', { class: 'json', tabindex: '0', 'aria-label': 'Tillståndet som JSON' }, JSON.stringify(state.state, null, 2)));
}
