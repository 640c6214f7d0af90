// Small DOM helpers and the Swedish words for the API's codes.

/** h('p', { class: 'x', onclick }, 'text', child): an element; null/false children are skipped. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A form field: its label above its control. */
export function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

export const ROLE_LABELS = {
  STEERING_GROUP: 'Styrgrupp',
  FORUM_COORDINATOR: 'Forumsamordnare',
  KNOWLEDGE_GROUP: 'Kunskapsgrupp',
  FK_CASEWORKER: 'Handläggare (FK)',
  COLLABORATION_OFFICER: 'Samverkansansvarig',
  AV_INSPECTOR: 'Inspektör (AV)',
  AUDITOR: 'Revisor',
  DASHBOARD: 'Lägesbild (endast sammanställningar)',
  DATA_PROTECTION_OFFICER: 'Dataskyddsombud',
};

export const MODULE_LABELS = {
  plan: 'Samverkansplan',
  tips: 'Tipsrutin',
  forums: 'Regionala forum',
  supervision: 'Gemensam tillsyn',
  dialogue: 'Dialogmöten',
  knowledge: 'Kunskapsgruppen',
  momentum: 'Momentum',
};

export const KIND_LABELS = { decision: 'Beslut', action: 'Åtgärd' };

export const ACTIVITY_STATUS_LABELS = {
  PLANNED: 'Planerad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klar',
  CANCELLED: 'Inställd',
};

export const PLAN_STATUS_LABELS = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Inlämnad',
  ADOPTED: 'Fastställd',
  FOLLOWED_UP: 'Uppföljd',
  CLOSED: 'Avslutad',
};

export const LEVEL_LABELS = { PRINCIPAL: 'Huvudmannanivå', WORKPLACE: 'Arbetsställenivå' };

export const SECTOR_LABELS = {
  CONSTRUCTION: 'Bygg',
  ELDERLY_CARE: 'Äldreomsorg',
  HOME_CARE: 'Hemtjänst',
  INDUSTRY: 'Industri',
  OTHER: 'Övrigt',
  PRESCHOOL: 'Förskola',
  PRIMARY_CARE: 'Primärvård',
  SCHOOL: 'Skola',
};

export const CAMPAIGN_STATUS_LABELS = {
  PLANNED: 'Planerad',
  LAUNCHED: 'Startad',
  EVALUATED: 'Utvärderad',
  CONCLUDED: 'Avslutad',
};

export const roleLabel = (role) => ROLE_LABELS[role] ?? role;
export const moduleLabel = (module) => MODULE_LABELS[module] ?? module;

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'medium' });
export const formatDateTime = (iso) => (iso ? dateTime.format(new Date(iso)) : '–');
const number = new Intl.NumberFormat('sv-SE');
export const formatNumber = (n) => number.format(n);

/** A count the API may have suppressed: a SmallCount { value, display, suppressed }. */
export function countText(cell) {
  if (!cell) return '–';
  if (cell.suppressed) return cell.display || 'färre än 5';
  return cell.value === null || cell.value === undefined ? cell.display : formatNumber(cell.value);
}

/** The number to chart, or null (skipped) when suppressed. */
export function countValue(cell) {
  if (!cell || cell.suppressed) return null;
  return cell.value ?? null;
}

/** A table of exact figures: headers, rows of cells, optional footer row. */
export function dataTable({ caption, headers, rows, footer, testid }) {
  const cell = (value, index, tag) => {
    const numeric = typeof value === 'object' && value !== null && 'numeric' in value ? value.numeric : index > 0;
    const text = typeof value === 'object' && value !== null && 'text' in value ? value.text : value;
    const attributes = { class: numeric ? 'num' : null };
    if (tag === 'th') attributes.scope = 'row';
    return h(tag, attributes, text);
  };
  return h(
    'table',
    { class: 'data-table', 'data-testid': testid },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((header, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : null }, header)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((row) =>
        h(
          'tr',
          {},
          row.map((value, i) => cell(value, i, i === 0 ? 'th' : 'td')),
        ),
      ),
    ),
    footer
      ? h(
          'tfoot',
          {},
          h(
            'tr',
            {},
            footer.map((value, i) => cell(value, i, i === 0 ? 'th' : 'td')),
          ),
        )
      : null,
  );
}

/** "Visa siffror": the exact figures next to a chart. */
export function figures(table, label = 'Visa siffror') {
  return h('details', { class: 'figures' }, h('summary', {}, label), table);
}

/** A message in a section: refused for the role, an error, or nothing to show. */
export function notice(kind, text, testid) {
  return h(
    'p',
    { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': testid },
    text,
  );
}

/** The Swedish message for an ApiError. */
export function errorNotice(error, what) {
  if (error?.forbidden) return notice('forbidden', `${what} är inte tillgänglig för din roll.`, 'forbidden');
  return notice('error', `${what} kunde inte hämtas: ${error?.message ?? error}`, 'error');
}
