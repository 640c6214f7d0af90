// Översikt: the tip funnel, the plan's activities, the forums' cadence and joint supervision,
// each a chart with its exact figures in a table.

import { gql } from './api.js';
import { chartBox, COLOURS, countAxis, drawChart, labelAxis, LIGHT } from './charts.js';
import {
  ACTIVITY_STATUS_LABELS,
  CAMPAIGN_STATUS_LABELS,
  countText,
  countValue,
  dataTable,
  errorNotice,
  figures,
  formatNumber,
  h,
  LEVEL_LABELS,
  notice,
  PLAN_STATUS_LABELS,
  replace,
  SECTOR_LABELS,
} from './ui.js';

const CELL = 'value display suppressed';
const FUNNEL = `query Funnel($year: Int!) {
  tipFunnel(year: $year, groupBy: REGION) {
    year suppressed
    total { impulses { ${CELL} } tips { ${CELL} } directActions { ${CELL} } }
    groups { key label figures { impulses { ${CELL} } tips { ${CELL} } directActions { ${CELL} } } }
  }
}`;
const PLANS = `query Plans { collaborationPlans(first: 500) { edges { node {
  year title status activities { activityId title status dueDate owner }
} } } }`;
const CADENCE = `query Cadence($year: Int!) { forumCadence(year: $year) {
  forums { forumId forumName region terms { term held expected planned cancelled onTrack } }
} }`;
const CAMPAIGNS = 'query Campaigns { supervisionCampaigns { id name status period { from to } } }';
const DASHBOARD = `query Inspections($campaignId: String!) { inspectionsDashboard(campaignId: $campaignId) {
  campaignId total workplaceInspections withSystemDeficiencies
  byLevel { key count { ${CELL} } } bySector { key count { ${CELL} } }
} }`;

const TIP_YEARS = 'query TipYears { tipFunnelYears }';
const PLAN_YEARS = 'query PlanYears { collaborationPlans(first: 500) { edges { node { year } } } }';

/** Every year with data, the shown one, and the next year (plans are drafted ahead), ascending. */
export function yearChoices(dataYears, shown, now = new Date()) {
  return [...new Set([...dataYears, shown, now.getFullYear() + 1])].filter(Number.isInteger).sort((a, b) => a - b);
}

/**
 * The years the workspace has data for, from the API: the tip funnel's, and the plans' for a role
 * that may read plans (the dashboard may not; its refusal leaves the funnel's years).
 */
async function yearsWithData() {
  const [tips, plans] = await Promise.allSettled([gql(TIP_YEARS), gql(PLAN_YEARS)]);
  return [
    ...(tips.status === 'fulfilled' ? tips.value.tipFunnelYears : []),
    ...(plans.status === 'fulfilled' ? plans.value.collaborationPlans.edges.map((e) => e.node.year) : []),
  ];
}

/** The year in the hash (#/oversikt?ar=2024), else the last full year. */
function selectedYear() {
  const query = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const year = Number(query.get('ar'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear() - 1;
}

/** A card: heading, a body that each load replaces, and data-state for tests and styling. */
function card(testid, title, intro, { wide = false } = {}) {
  const body = h('div', { class: 'card-body' }, h('p', { class: 'loading' }, 'Hämtar …'));
  const headingId = `${testid}-heading`;
  const section = h(
    'section',
    {
      class: `card${wide ? ' wide' : ''}`,
      'data-testid': testid,
      'data-state': 'loading',
      'aria-labelledby': headingId,
      'aria-busy': 'true',
    },
    h('h2', { id: headingId }, title),
    intro ? h('p', { class: 'intro' }, intro) : null,
    body,
  );
  const settle = (state, ...children) => {
    section.dataset.state = state;
    section.setAttribute('aria-busy', 'false');
    replace(body, ...children);
  };
  const loading = () => {
    section.dataset.state = 'loading';
    section.setAttribute('aria-busy', 'true');
  };
  return { section, settle, loading, body };
}

/** Runs a section's load; an answer that arrives after the page or the year changed is dropped. */
async function load(part, what, current, fetchData, show) {
  part.loading();
  try {
    const data = await fetchData();
    if (current()) show(data);
  } catch (error) {
    if (current()) part.settle(error?.forbidden ? 'forbidden' : 'error', errorNotice(error, what));
  }
}

export function renderOverview(main) {
  let year = selectedYear();
  let alive = true;
  const yearSelect = h(
    'select',
    { id: 'year', 'data-testid': 'year-select' },
    yearChoices([], year).map((y) => h('option', { value: y, selected: y === year }, y)),
  );
  const offerYears = (dataYears) => {
    if (alive)
      replace(
        yearSelect,
        ...yearChoices(dataYears, year).map((y) => h('option', { value: y, selected: y === year }, y)),
      );
    yearSelect.dataset.state = 'ready';
  };
  const funnel = card(
    'section-funnel',
    'Tipsrutinen: från impuls till åtgärd',
    'Impulser som FK rapporterat, tips som skickats till AV och tips som ledde till direkta åtgärder, per region.',
    { wide: true },
  );
  const plan = card(
    'section-plan',
    'Samverkansplanens aktiviteter',
    'Aktiviteterna i årets plan för aktiv samverkan, efter status.',
  );
  const cadence = card(
    'section-cadence',
    'Regionala forum: möten per termin',
    'Hållna möten mot de två som förväntas per forum och termin (VT: januari–juni, HT: juli–december).',
  );
  const supervision = card(
    'section-supervision',
    'Gemensam tillsyn',
    'Inspektioner i en tillsynskampanj, efter nivå och sektor.',
    { wide: true },
  );

  replace(
    main,
    h(
      'div',
      { class: 'page-head' },
      h('h1', {}, 'Översikt'),
      h('div', { class: 'toolbar' }, h('label', { for: 'year' }, 'År'), yearSelect),
    ),
    h('div', { class: 'cards' }, funnel.section, plan.section, cadence.section, supervision.section),
  );

  let generation = 0;
  const loadYear = () => {
    const mine = ++generation;
    const current = () => alive && mine === generation;
    void load(
      funnel,
      'Tipsrutinens siffror',
      current,
      () => gql(FUNNEL, { year }),
      (d) => showFunnel(funnel, d.tipFunnel),
    );
    void load(
      plan,
      'Samverkansplanen',
      current,
      () => gql(PLANS),
      (d) =>
        showPlan(
          plan,
          year,
          d.collaborationPlans.edges.map((e) => e.node),
        ),
    );
    void load(
      cadence,
      'Forumens mötesfrekvens',
      current,
      () => gql(CADENCE, { year }),
      (d) => showCadence(cadence, year, d.forumCadence.forums),
    );
  };
  yearSelect.addEventListener('change', () => {
    year = Number(yearSelect.value);
    history.replaceState(null, '', `#/oversikt?ar=${year}`);
    loadYear();
  });
  loadYear();
  void yearsWithData().then(offerYears, () => offerYears([]));
  void loadSupervision(supervision, () => alive);
  return () => {
    alive = false;
  };
}

function showFunnel(part, funnel) {
  const { box, canvas } = chartBox(
    'funnel-chart',
    `Stapeldiagram: impulser, tips och direkta åtgärder per region ${funnel.year}. Siffrorna finns i tabellen under.`,
    360,
  );
  const groups = funnel.groups;
  const total = funnel.total;
  part.settle(
    'ready',
    h(
      'p',
      { class: 'headline', 'data-testid': 'funnel-total' },
      h('strong', {}, countText(total.impulses)),
      ' impulser → ',
      h('strong', {}, countText(total.tips)),
      ' tips → ',
      h('strong', {}, countText(total.directActions)),
      ' ledde till direkta åtgärder',
      ` (${funnel.year})`,
    ),
    funnel.suppressed
      ? notice('info', 'Små tal (1–4) visas som ”färre än 5” och saknas i diagrammet.', 'funnel-suppressed')
      : null,
    box,
    figures(
      dataTable({
        testid: 'funnel-table',
        caption: `Tipsrutinen ${funnel.year} per region`,
        headers: ['Region', 'Impulser', 'Tips', 'Direkta åtgärder'],
        rows: groups.map((g) => [
          g.label,
          countText(g.figures.impulses),
          countText(g.figures.tips),
          countText(g.figures.directActions),
        ]),
        footer: ['Totalt', countText(total.impulses), countText(total.tips), countText(total.directActions)],
      }),
    ),
  );
  drawChart(canvas, {
    type: 'bar',
    data: {
      labels: groups.map((g) => g.label),
      datasets: [
        { label: 'Impulser', data: groups.map((g) => countValue(g.figures.impulses)), backgroundColor: COLOURS[0] },
        { label: 'Tips', data: groups.map((g) => countValue(g.figures.tips)), backgroundColor: COLOURS[1] },
        {
          label: 'Direkta åtgärder',
          data: groups.map((g) => countValue(g.figures.directActions)),
          backgroundColor: COLOURS[2],
        },
      ],
    },
    options: { scales: { x: labelAxis, y: countAxis('Antal') } },
  });
}

function showPlan(part, year, plans) {
  const plan = plans.find((p) => p.year === year);
  if (!plan) {
    part.settle('empty', notice('info', `Det finns ingen samverkansplan för ${year} ännu.`, 'plan-empty'));
    return;
  }
  const statuses = Object.keys(ACTIVITY_STATUS_LABELS);
  const counts = statuses.map((s) => plan.activities.filter((a) => a.status === s).length);
  const { box, canvas } = chartBox(
    'plan-chart',
    `Stapeldiagram: planens aktiviteter ${year} efter status. Siffrorna finns i tabellen under.`,
    240,
  );
  part.settle(
    'ready',
    h(
      'p',
      { class: 'headline' },
      h('strong', {}, plan.title),
      ` – ${PLAN_STATUS_LABELS[plan.status] ?? plan.status}, ${formatNumber(plan.activities.length)} aktiviteter`,
    ),
    box,
    figures(
      h(
        'div',
        {},
        dataTable({
          testid: 'plan-table',
          caption: `Aktiviteter ${year} efter status`,
          headers: ['Status', 'Antal'],
          rows: statuses.map((s, i) => [ACTIVITY_STATUS_LABELS[s], formatNumber(counts[i])]),
          footer: ['Totalt', formatNumber(plan.activities.length)],
        }),
        dataTable({
          testid: 'plan-activities',
          caption: 'Aktiviteterna',
          headers: ['Aktivitet', 'Ansvar', 'Klar senast', 'Status'],
          rows: plan.activities.map((a) => [
            a.title,
            { text: a.owner, numeric: false },
            { text: a.dueDate, numeric: false },
            { text: ACTIVITY_STATUS_LABELS[a.status] ?? a.status, numeric: false },
          ]),
        }),
      ),
    ),
  );
  drawChart(canvas, {
    type: 'bar',
    data: {
      labels: statuses.map((s) => ACTIVITY_STATUS_LABELS[s]),
      datasets: [
        { label: 'Aktiviteter', data: counts, backgroundColor: [COLOURS[7], COLOURS[0], COLOURS[2], COLOURS[1]] },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { display: false } },
      scales: { x: countAxis('Antal aktiviteter'), y: labelAxis },
    },
  });
}

function showCadence(part, year, forums) {
  if (!forums.length) {
    part.settle('empty', notice('info', `Inga forum hade möten ${year}.`, 'cadence-empty'));
    return;
  }
  const rows = forums.flatMap((f) => f.terms.map((t) => ({ forum: f, term: t })));
  const { box, canvas } = chartBox(
    'cadence-chart',
    `Stapeldiagram: hållna och förväntade möten per forum och termin ${year}. Siffrorna finns i tabellen under.`,
    300,
  );
  const short = (name) => name.replace(/^Forum\s+/, '');
  part.settle(
    'ready',
    box,
    figures(
      dataTable({
        testid: 'cadence-table',
        caption: `Möten per forum och termin ${year} (VT: jan–jun, HT: jul–dec)`,
        headers: ['Forum och termin', 'Hållna', 'Förväntade', 'Planerade', 'Inställda', 'I fas'],
        rows: rows.map(({ forum, term }) => [
          `${forum.forumName} (${forum.region}) ${term.term}`,
          formatNumber(term.held),
          formatNumber(term.expected),
          formatNumber(term.planned),
          formatNumber(term.cancelled),
          term.onTrack ? 'Ja' : 'Nej',
        ]),
      }),
    ),
  );
  drawChart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(({ forum, term }) => `${short(forum.forumName)} ${term.term}`),
      datasets: [
        {
          label: 'Hållna, i fas',
          data: rows.map((r) => (r.term.onTrack ? r.term.held : null)),
          backgroundColor: COLOURS[0],
          skipNull: true,
        },
        {
          label: 'Hållna, färre än förväntat',
          data: rows.map((r) => (r.term.onTrack ? null : r.term.held)),
          backgroundColor: COLOURS[1],
          skipNull: true,
        },
        { label: 'Förväntade', data: rows.map((r) => r.term.expected), backgroundColor: LIGHT[0], skipNull: true },
      ],
    },
    options: { scales: { x: labelAxis, y: countAxis('Möten') } },
  });
}

async function loadSupervision(part, alive) {
  let campaigns;
  try {
    campaigns = (await gql(CAMPAIGNS)).supervisionCampaigns;
  } catch (error) {
    if (!alive()) return;
    if (error?.forbidden) return byCampaignId(part, alive);
    part.settle('error', errorNotice(error, 'Listan över tillsynskampanjer'));
    return;
  }
  if (!alive()) return;
  if (!campaigns.length) {
    part.settle('empty', notice('info', 'Det finns inga tillsynskampanjer ännu.', 'supervision-empty'));
    return;
  }
  const select = h(
    'select',
    { id: 'campaign', 'data-testid': 'campaign-select' },
    campaigns.map((c) =>
      h(
        'option',
        { value: c.id },
        `${c.name} (${c.period.from} – ${c.period.to}, ${CAMPAIGN_STATUS_LABELS[c.status] ?? c.status})`,
      ),
    ),
  );
  const result = h('div', { class: 'supervision-result' });
  part.settle('loading', h('div', { class: 'toolbar' }, h('label', { for: 'campaign' }, 'Kampanj'), select), result);
  const show = async () => {
    part.loading();
    replace(result, h('p', { class: 'loading' }, 'Hämtar …'));
    try {
      const dashboard = (await gql(DASHBOARD, { campaignId: select.value })).inspectionsDashboard;
      if (!alive()) return;
      showInspections(result, dashboard);
      part.section.dataset.state = 'ready';
    } catch (error) {
      replace(result, errorNotice(error, 'Tillsynens siffror'));
      part.section.dataset.state = error?.forbidden ? 'forbidden' : 'error';
    }
    part.section.setAttribute('aria-busy', 'false');
  };
  select.addEventListener('change', show);
  await show();
}

/** A role that may see a campaign's figures but not the list of campaigns (DASHBOARD) names the campaign by id. */
function byCampaignId(part, alive) {
  const input = h('input', {
    id: 'campaign-id',
    required: true,
    size: 40,
    autocomplete: 'off',
    'data-testid': 'campaign-id',
  });
  const result = h('div', { class: 'supervision-result' });
  const form = h(
    'form',
    {
      class: 'toolbar',
      onsubmit: async (event) => {
        event.preventDefault();
        replace(result, h('p', { class: 'loading' }, 'Hämtar …'));
        try {
          const dashboard = (await gql(DASHBOARD, { campaignId: input.value.trim() })).inspectionsDashboard;
          if (alive()) showInspections(result, dashboard);
        } catch (error) {
          if (alive()) replace(result, errorNotice(error, 'Kampanjens siffror'));
        }
      },
    },
    h('label', { for: 'campaign-id' }, 'Kampanjens id'),
    input,
    h('button', { type: 'submit', class: 'button' }, 'Visa'),
  );
  part.settle(
    'forbidden',
    notice(
      'forbidden',
      'Listan över tillsynskampanjer är inte tillgänglig för din roll, men du kan se en kampanjs sammanställda siffror om du anger dess id.',
      'forbidden',
    ),
    form,
    result,
  );
}

function showInspections(target, d) {
  const level = chartBox(
    'inspections-level-chart',
    'Stapeldiagram: inspektioner efter nivå. Siffrorna finns i tabellen under.',
    220,
  );
  const sector = chartBox(
    'inspections-sector-chart',
    'Stapeldiagram: inspektioner efter sektor. Siffrorna finns i tabellen under.',
    220,
  );
  const suppressed = [...d.byLevel, ...d.bySector].some((c) => c.count.suppressed);
  replace(
    target,
    h(
      'p',
      { class: 'headline' },
      h('strong', {}, formatNumber(d.total)),
      ' inspektioner, varav ',
      h('strong', {}, formatNumber(d.workplaceInspections)),
      ' på arbetsställen (',
      formatNumber(d.withSystemDeficiencies),
      ' med systembrister)',
    ),
    suppressed ? notice('info', 'Små tal (1–4) visas som ”färre än 5” och saknas i diagrammen.') : null,
    h(
      'div',
      { class: 'pair' },
      h(
        'div',
        {},
        h('h3', {}, 'Efter nivå'),
        level.box,
        figures(
          dataTable({
            testid: 'inspections-level-table',
            caption: 'Inspektioner efter nivå',
            headers: ['Nivå', 'Antal'],
            rows: d.byLevel.map((c) => [LEVEL_LABELS[c.key] ?? c.key, countText(c.count)]),
          }),
        ),
      ),
      h(
        'div',
        {},
        h('h3', {}, 'Efter sektor'),
        sector.box,
        figures(
          dataTable({
            testid: 'inspections-sector-table',
            caption: 'Inspektioner efter sektor',
            headers: ['Sektor', 'Antal'],
            rows: d.bySector.map((c) => [SECTOR_LABELS[c.key] ?? c.key, countText(c.count)]),
          }),
        ),
      ),
    ),
  );
  const bars = (canvas, cells, labels, colour) =>
    drawChart(canvas, {
      type: 'bar',
      data: {
        labels: cells.map((c) => labels[c.key] ?? c.key),
        datasets: [{ label: 'Inspektioner', data: cells.map((c) => countValue(c.count)), backgroundColor: colour }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: countAxis('Antal'), y: labelAxis },
      },
    });
  bars(level.canvas, d.byLevel, LEVEL_LABELS, COLOURS[3]);
  bars(sector.canvas, d.bySector, SECTOR_LABELS, COLOURS[4]);
}
