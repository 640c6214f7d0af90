// Tidslinje: every event with who, when, what and why; filters (late entries only, too), endless
// scrolling (50 at a time), live entries over graphql-ws (shown at the top, marked "Ny"), and an
// entity panel (entity-panel.js) with the entity's history and its state at a chosen moment.

import { gql, subscribe } from './api.js';
import { entityPanel } from './entity-panel.js';
import { ENTRY_FIELDS, entryItem } from './timeline-entry.js';
import { errorNotice, field, h, MODULE_LABELS, replace } from './ui.js';

const PAGE_SIZE = 50;
const PAGE = `query Timeline($first: Int!, $after: String, $filter: TimelineFilterInput) {
  timeline(first: $first, after: $after, filter: $filter) { edges { node { ${ENTRY_FIELDS} } } pageInfo { endCursor hasNextPage } }
}`;
const LIVE = `subscription Live($filter: TimelineFilterInput) { timelineAppended(filter: $filter) { ${ENTRY_FIELDS} } }`;

/** The form's values, kept while the user moves between views. */
const EMPTY = { module: '', kind: '', organisation: '', stream: '', from: '', to: '', lateOnly: false };
let saved = { ...EMPTY };

/**
 * The form's values as a TimelineFilterInput (empty fields left out). The dates are whole local
 * days of when things happened, the world's time, not when they were recorded.
 */
export function toApiFilter(values) {
  const filter = {};
  for (const key of ['module', 'kind', 'organisation', 'stream'])
    if (values[key]?.trim()) filter[key] = values[key].trim();
  if (values.from) filter.occurredFrom = new Date(`${values.from}T00:00:00`).toISOString();
  if (values.to) filter.occurredTo = new Date(`${values.to}T23:59:59.999`).toISOString();
  if (values.lateOnly) filter.lateOnly = true;
  return filter;
}

const valueOf = (input) => (input.type === 'checkbox' ? input.checked : input.value);
function setValue(input, value) {
  if (input.type === 'checkbox') input.checked = !!value;
  else input.value = value;
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
  const moduleSelect = h(
    'select',
    { id: 'f-module', name: 'module', 'data-testid': 'filter-module' },
    h('option', { value: '' }, 'Alla moduler'),
    Object.entries(MODULE_LABELS).map(([value, label]) => h('option', { value }, label)),
  );
  const kindSelect = h(
    'select',
    { id: 'f-kind', name: 'kind', 'data-testid': 'filter-kind' },
    h('option', { value: '' }, 'Beslut och åtgärder'),
    h('option', { value: 'decision' }, 'Beslut'),
    h('option', { value: 'action' }, 'Åtgärder'),
  );
  const organisationInput = h('input', {
    id: 'f-organisation',
    name: 'organisation',
    list: 'organisations',
    autocomplete: 'off',
    placeholder: 't.ex. FK',
    'data-testid': 'filter-organisation',
  });
  const streamInput = h('input', {
    id: 'f-stream',
    name: 'stream',
    autocomplete: 'off',
    placeholder: 't.ex. forum-norr',
    'data-testid': 'filter-stream',
  });
  const fromInput = h('input', { id: 'f-from', name: 'from', type: 'date', 'data-testid': 'filter-from' });
  const toInput = h('input', { id: 'f-to', name: 'to', type: 'date', 'data-testid': 'filter-to' });
  const lateInput = h('input', { id: 'f-late', name: 'lateOnly', type: 'checkbox', 'data-testid': 'filter-late' });
  const inputs = {
    module: moduleSelect,
    kind: kindSelect,
    organisation: organisationInput,
    stream: streamInput,
    from: fromInput,
    to: toInput,
    lateOnly: lateInput,
  };
  for (const [key, input] of Object.entries(inputs)) setValue(input, saved[key]);

  const form = h(
    'form',
    { class: 'filters card', 'aria-labelledby': 'filter-heading', 'data-testid': 'timeline-filters' },
    h('h2', { id: 'filter-heading' }, 'Filter'),
    h(
      'div',
      { class: 'filter-grid' },
      field('f-module', 'Modul', moduleSelect),
      field('f-kind', 'Typ', kindSelect),
      field('f-organisation', 'Organisation', organisationInput),
      field('f-stream', 'Entitet (ström)', streamInput),
      field('f-from', 'Inträffade från och med', fromInput),
      field('f-to', 'Inträffade till och med', toInput),
      h('div', { class: 'field checkbox' }, h('label', { for: 'f-late' }, lateInput, ' Bara efterregistreringar')),
    ),
    h(
      'datalist',
      { id: 'organisations' },
      ['FK', 'AV', 'FHM', 'SKR'].map((o) => h('option', { value: o })),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'button', 'data-testid': 'filter-apply' }, 'Filtrera'),
      h('button', { type: 'reset', class: 'button secondary', 'data-testid': 'filter-reset' }, 'Rensa'),
    ),
  );

  // Lists
  const liveStatus = h('p', { class: 'live-status', 'data-testid': 'live-status', 'aria-live': 'polite' });
  const liveList = h('ol', {
    class: 'entries',
    'data-testid': 'timeline-live',
    'aria-live': 'polite',
    'aria-relevant': 'additions',
  });
  const liveSection = h(
    'section',
    { class: 'live-section', 'aria-labelledby': 'live-heading', hidden: true },
    h('h2', { id: 'live-heading' }, 'Nya händelser sedan du öppnade vyn'),
    liveList,
  );
  const list = h('ol', { class: 'entries', 'data-testid': 'timeline-list' });
  const listStatus = h('div', { class: 'list-status', 'aria-live': 'polite' });
  const moreButton = h(
    'button',
    { type: 'button', class: 'button secondary', 'data-testid': 'timeline-more', hidden: true },
    'Visa fler',
  );
  const sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' });
  const count = h('span', { class: 'count', 'data-testid': 'timeline-count' });
  const panel = h('aside', {
    class: 'entity-panel card',
    'data-testid': 'entity-panel',
    'aria-labelledby': 'entity-heading',
    hidden: true,
  });
  const openEntity = entityPanel(panel, () => alive).open;
  const view = h(
    'div',
    { class: 'timeline-view' },
    form,
    h(
      'div',
      { class: 'timeline-layout' },
      h(
        'div',
        { class: 'timeline-main' },
        liveSection,
        h(
          'section',
          { 'aria-labelledby': 'list-heading' },
          h('h2', { id: 'list-heading' }, 'Händelser i ordning ', count),
          list,
          sentinel,
          listStatus,
          moreButton,
        ),
      ),
      panel,
    ),
  );

  replace(
    main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Tidslinje'), liveStatus),
    h(
      'p',
      { class: 'intro' },
      'Alla händelser i arbetsytan i den ordning de registrerades: vem som gjorde vad, när och varför. ' +
        'Datumet är när något beslutades eller inträffade; registrerades det en annan dag visas båda, och det som registrerades långt efteråt är märkt efterregistrerad. ' +
        'Välj en entitet för att se dess historik och hur den såg ut vid en viss tidpunkt.',
    ),
    view,
  );

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
      replace(
        listStatus,
        !hasNext
          ? h('p', { class: 'help' }, shown.size ? 'Inga fler händelser.' : 'Inga händelser matchar filtret.')
          : null,
      );
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
    stopLive = subscribe(
      LIVE,
      { filter },
      {
        next: (data) => alive && addLive(data.timelineAppended),
        error: (error) => {
          if (!alive) return;
          replace(
            liveStatus,
            error?.forbidden
              ? 'Live-uppdateringar är inte tillgängliga för din roll.'
              : `Live-uppdateringarna avbröts: ${error.message}`,
          );
          liveStatus.classList.add('live-off');
        },
      },
    );
    liveStatus.classList.remove('live-off');
    void loadMore();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    saved = Object.fromEntries(Object.entries(inputs).map(([key, input]) => [key, valueOf(input)]));
    start();
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      saved = { ...EMPTY };
      start();
    });
  });
  moreButton.addEventListener('click', () => void loadMore());

  const observer = new IntersectionObserver(
    (seen) => {
      if (seen.some((e) => e.isIntersecting)) void loadMore();
    },
    { rootMargin: '300px 0px' },
  );
  observer.observe(sentinel);

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
