import { AREA_COVERAGE_COUNTS, AreaCoverageCount } from '@samverkan/dialogue';
import { FigureRow, Measure, measureRows, SmallCount } from './figure-table';

/** The period a figure covers, as its file states it. */
export interface FigurePeriod {
  /** e.g. "2025", "kampanj 01J…", "per 2026-12-04". */
  label: string;
  from?: string;
  to?: string;
}

type Arguments = Record<string, string | number>;

/**
 * A dashboard figure offered as a file. The numbers come from its GraphQL query, run as the
 * caller (the same resolvers, roles and suppression); this says only what to select and how the
 * answer lies in a table.
 */
export interface Figure<T = never> {
  /** The query field, also the file's name: /figures/<name>.csv */
  name: string;
  /** The selection set under the query field, in GraphQL; `...Count` selects a SmallCount. */
  selection: string;
  /** The columns that place a number, before measure, value, display and suppressed. */
  place: string[];
  rows(answer: T): FigureRow[];
  period(args: Arguments, answer: T, producedAt: Date): FigurePeriod;
}

const yearPeriod = (args: Arguments): FigurePeriod => ({
  label: String(args.year),
  from: `${args.year}-01-01`,
  to: `${args.year}-12-31`,
});

const FUNNEL_FIGURES = `{ impulses { ...Count } dismissedImpulses { ...Count } tips { ...Count } directActions { ...Count }
  indirectUses { ...Count } noActions { ...Count } awaitingOutcome { ...Count } noActionReasons { reason label count { ...Count } } }`;

interface FunnelFigures {
  noActionReasons: { reason: string; label: string; count: SmallCount }[];
  /** The counted measures: impulses, tips… */
  [measure: string]: unknown;
}
interface TipFunnel {
  total: FunnelFigures;
  groups: { key: string; label: string; figures: FunnelFigures }[];
}

const tipFunnel: Figure<TipFunnel> = {
  name: 'tipFunnel',
  selection: `{ year groupBy suppressed total ${FUNNEL_FIGURES} groups { key label figures ${FUNNEL_FIGURES} } }`,
  place: ['group', 'label'],
  rows: ({ total, groups }) =>
    [{ key: 'TOTAL', label: 'Totalt', figures: total }, ...groups].flatMap(({ key, label, figures }) => {
      const { noActionReasons, ...counts } = figures;
      const reasons = Object.fromEntries(noActionReasons.map((r) => [`noActions.${r.reason}`, r.count]));
      return measureRows({ group: key, label }, { ...(counts as Record<string, SmallCount>), ...reasons });
    }),
  period: yearPeriod,
};

const PARTICIPANTS =
  '{ managers { ...Count } hr { ...Count } other { ...Count } guests { ...Count } total { ...Count } }';

interface ForumCadence {
  forums: {
    forumId: string;
    forumName: string;
    region: string;
    terms: {
      term: string;
      onTrack: boolean;
      held: number;
      expected: number;
      planned: number;
      cancelled: number;
      attendance: { organisations: SmallCount; participants: Record<string, SmallCount> };
    }[];
  }[];
}

const forumCadence: Figure<ForumCadence> = {
  name: 'forumCadence',
  selection: `{ year suppressed forums { forumId forumName region terms { term onTrack held expected planned cancelled
    attendance { organisations { ...Count } participants ${PARTICIPANTS} } } } }`,
  place: ['forumId', 'forumName', 'region', 'term', 'onTrack'],
  rows: ({ forums }) =>
    forums.flatMap(({ forumId, forumName, region, terms }) =>
      terms.flatMap(({ term, onTrack, held, expected, planned, cancelled, attendance }) => {
        const participants = Object.entries(attendance.participants).map(([k, v]) => [`participants.${k}`, v]);
        return measureRows(
          { forumId, forumName, region, term, onTrack },
          {
            held,
            expected,
            planned,
            cancelled,
            organisations: attendance.organisations,
            ...Object.fromEntries(participants),
          },
        );
      }),
    ),
  period: yearPeriod,
};

interface InspectionsDashboard extends Record<string, unknown> {
  campaignId: string;
  principalFollowUps: Record<string, number>;
}
const BREAKDOWNS = ['byLevel', 'bySector', 'byRegion', 'byStatus'] as const;
const INSPECTION_TOTALS = [
  'total',
  'workplaceInspections',
  'withSystemDeficiencies',
  'shareWithSystemDeficiencies',
  'withFkParticipation',
  'requirementsIssued',
] as const;

const inspectionsDashboard: Figure<InspectionsDashboard> = {
  name: 'inspectionsDashboard',
  selection: `{ campaignId ${INSPECTION_TOTALS.join(' ')} principalFollowUps { eligiblePrincipals inspected awaiting }
    ${BREAKDOWNS.map((b) => `${b} { key count { ...Count } }`).join(' ')} }`,
  place: ['breakdown', 'key'],
  rows: (answer) => [
    ...measureRows(
      { breakdown: 'total', key: '' },
      Object.fromEntries(INSPECTION_TOTALS.map((m) => [m, answer[m] as number])),
    ),
    ...measureRows({ breakdown: 'principalFollowUps', key: '' }, answer.principalFollowUps as Record<string, Measure>),
    ...BREAKDOWNS.flatMap((breakdown) =>
      (answer[breakdown] as { key: string; count: SmallCount }[]).flatMap(({ key, count }) =>
        measureRows({ breakdown, key }, { count }),
      ),
    ),
  ],
  period: (args) => ({ label: `kampanj ${args.campaignId}: alla dess inspektioner` }),
};

type AreaCoverage = { area: string } & Record<AreaCoverageCount, SmallCount>;

const dialogueCoverage: Figure<AreaCoverage[]> = {
  name: 'dialogueCoverage',
  selection: `{ area suppressed ${AREA_COVERAGE_COUNTS.map((m) => `${m} { ...Count }`).join(' ')} }`,
  place: ['area'],
  rows: (areas) =>
    areas.flatMap((area) =>
      measureRows({ area: area.area }, Object.fromEntries(AREA_COVERAGE_COUNTS.map((m) => [m, area[m]]))),
    ),
  period: yearPeriod,
};

interface ObligationCounts {
  today: string;
  totalOpen: SmallCount;
  totalOverdue: SmallCount;
  cells: { module: string; owner: string; open: SmallCount; overdue: SmallCount }[];
}

const obligationCounts: Figure<ObligationCounts> = {
  name: 'obligationCounts',
  selection: `{ today suppressed totalOpen { ...Count } totalOverdue { ...Count }
    cells { module owner open { ...Count } overdue { ...Count } } }`,
  place: ['module', 'owner'],
  rows: ({ totalOpen, totalOverdue, cells }) => [
    ...measureRows({ module: 'TOTAL', owner: '' }, { open: totalOpen, overdue: totalOverdue }),
    ...cells.flatMap(({ module, owner, open, overdue }) => measureRows({ module, owner }, { open, overdue })),
  ],
  period: (_, answer) => ({ label: `per ${answer.today}`, to: answer.today }),
};

interface PlanVersusActual {
  today: string;
  tally: Record<string, number>;
  expectations: {
    id: string;
    module: string;
    kind: string;
    subjectId: string;
    subject: string;
    term: string | null;
    dueOn: string;
    status: string;
    note: string | null;
    expected: number | null;
    planned: number | null;
    achieved: number | null;
  }[];
}

const planVersusActual: Figure<PlanVersusActual> = {
  name: 'planVersusActual',
  selection: `{ year today tally { met onTrack atRisk missed }
    expectations { id module kind subjectId subject term dueOn status note expected planned achieved } }`,
  place: ['expectation', 'module', 'kind', 'subjectId', 'subject', 'term', 'dueOn', 'status', 'note'],
  rows: ({ tally, expectations }) => [
    ...measureRows({ expectation: 'TALLY' }, tally),
    ...expectations.flatMap(({ id, expected, planned, achieved, ...place }) =>
      measureRows({ expectation: id, ...place }, { expected, planned, achieved }),
    ),
  ],
  period: (args, answer) => ({ ...yearPeriod(args), label: `${args.year}, bedömt ${answer.today}` }),
};

const knowledgeReach: Figure<{ itemId: string; kind: string; forums: number; meetings: number }[]> = {
  name: 'knowledgeReach',
  selection: '{ itemId kind forums meetings }',
  place: ['itemId', 'kind'],
  rows: (items) =>
    items.flatMap(({ itemId, kind, forums, meetings }) => measureRows({ itemId, kind }, { forums, meetings })),
  period: (_, __, producedAt) => ({
    label: `alla publicerade kunskapsunderlag, per ${producedAt.toISOString().slice(0, 10)}`,
  }),
};

/** Every dashboard figure offered as a file, by name. */
export const FIGURES: ReadonlyMap<string, Figure<unknown>> = new Map(
  [
    tipFunnel,
    forumCadence,
    inspectionsDashboard,
    dialogueCoverage,
    obligationCounts,
    planVersusActual,
    knowledgeReach,
  ].map((figure) => [figure.name, figure as unknown as Figure<unknown>]),
);
