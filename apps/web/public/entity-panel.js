// The entity panel beside the timeline: one entity's history and its state at a chosen moment or
// version, on the clock the user picks (when things were recorded, or when they happened).

import { gql } from './api.js';
import { ENTRY_FIELDS, actorText, historyItem } from './timeline-entry.js';
import { errorNotice, field, formatDateTime, h, notice, replace } from './ui.js';

const PAGE_SIZE = 50;
const HISTORY = `query History($stream: String!, $first: Int!, $after: String) {
  entityHistory(stream: $stream, first: $first, after: $after) { edges { node { ${ENTRY_FIELDS} } } pageInfo { endCursor hasNextPage } }
}`;
const AS_OF = `query AsOf($stream: String!, $at: DateTime, $revision: Int, $clock: AsOfClock) {
  entityAsOf(stream: $stream, at: $at, revision: $revision, clock: $clock) {
    stream module existed revision currentRevision clock lastChangeAt position state
    people { id name organisation erased } actors { id name role organisation }
  }
}`;

/** The clocks in the words of the panel's choice. */
export const CLOCK_LABELS = { RECORDED: 'när det registrerades', OCCURRED: 'när det inträffade' };

const pad = (n) => String(n).padStart(2, '0');
const localInputValue = (date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/** The panel's behaviour; `isAlive` says whether the timeline view is still shown. */
export function entityPanel(panel, isAlive) {
  let generation = 0;

  function open(stream, { highlight } = {}) {
    const mine = ++generation;
    const current = () => isAlive() && mine === generation;
    const atInput = h('input', {
      id: 'as-of-at',
      type: 'datetime-local',
      step: 1,
      value: localInputValue(new Date()),
      'data-testid': 'as-of-at',
    });
    const clockSelect = h(
      'select',
      { id: 'as-of-clock', 'data-testid': 'as-of-clock' },
      Object.entries(CLOCK_LABELS).map(([value, label]) => h('option', { value }, label)),
    );
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
    const showRevision = (revision) => void showState({ revision }, `efter version ${revision}`);
    const loadHistory = async () => {
      try {
        const page = (await gql(HISTORY, { stream, first: PAGE_SIZE, after: historyCursor })).entityHistory;
        if (!current()) return;
        for (const { node } of page.edges) historyList.append(historyItem(node, { highlight, showRevision }));
        historyCursor = page.pageInfo.endCursor ?? historyCursor;
        historyMore.hidden = !page.pageInfo.hasNextPage;
      } catch (error) {
        if (current()) historyList.after(errorNotice(error, 'Historiken'));
      }
    };
    historyMore.addEventListener('click', () => void loadHistory());

    const heading = h('h2', { id: 'entity-heading', tabindex: '-1' }, 'Entitet ', h('code', {}, stream));
    replace(
      panel,
      h(
        'div',
        { class: 'panel-head' },
        heading,
        h(
          'button',
          {
            type: 'button',
            class: 'button secondary small',
            'data-testid': 'entity-close',
            onclick: () => {
              panel.hidden = true;
              generation += 1;
            },
          },
          'Stäng',
        ),
      ),
      h(
        'form',
        {
          class: 'as-of-form',
          onsubmit: (event) => {
            event.preventDefault();
            showAt();
          },
        },
        field('as-of-at', 'Visa läget vid', atInput),
        field('as-of-clock', 'Räkna händelser efter', clockSelect),
        h('button', { type: 'submit', class: 'button', 'data-testid': 'as-of-show' }, 'Visa läge'),
      ),
      stateBox,
      h('h3', {}, 'Historik'),
      historyList,
      historyMore,
    );
    panel.hidden = false;
    heading.focus();
    // On opening: the state now (the input's whole seconds would miss an event of this second).
    void showState({}, 'nu');
    void loadHistory();
  }

  return { open };
}

function stateView(state, label) {
  const clock = h(
    'p',
    { class: 'help', 'data-testid': 'entity-clock', 'data-clock': state.clock },
    `Räknat efter ${CLOCK_LABELS[state.clock] ?? state.clock}.`,
  );
  if (!state.existed)
    return h('div', {}, notice('info', `Entiteten fanns inte ännu (${label}).`, 'entity-not-existed'), clock);
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'headline' },
      `Läget ${label}: version ${state.revision} av ${state.currentRevision}`,
      state.lastChangeAt ? `, senast ändrad ${formatDateTime(state.lastChangeAt)}` : '',
    ),
    clock,
    state.people.length
      ? h(
          'div',
          {},
          h('h3', {}, 'Personer som nämns'),
          h(
            'ul',
            { class: 'people', 'data-testid': 'entity-people' },
            state.people.map((p) =>
              h(
                'li',
                { class: p.erased ? 'erased' : null },
                p.erased ? 'raderad' : (p.name ?? 'okänd'),
                p.organisation ? ` (${p.organisation})` : '',
              ),
            ),
          ),
        )
      : null,
    state.actors.length
      ? h(
          'div',
          {},
          h('h3', {}, 'Ändrat av'),
          h(
            'ul',
            { class: 'people' },
            state.actors.map((a) => h('li', {}, actorText(a))),
          ),
        )
      : null,
    h('h3', {}, 'Tillstånd'),
    h(
      'pre',
      { class: 'json', tabindex: '0', 'aria-label': 'Tillståndet som JSON' },
      JSON.stringify(state.state, null, 2),
    ),
  );
}
