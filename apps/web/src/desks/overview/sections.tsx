import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OverviewCadenceDocument, OverviewFunnelDocument, OverviewPlansDocument } from '../../gql/graphql';
import { figureCell, numberCell, CountFigure } from './CountFigure';
import { countValue, formatNumber } from './figures';
import { BarChart, COLOURS, countAxis, DataTable, Figures, labelAxis, LIGHT, Problem, Section, stateOf } from './parts';
import { ACTIVITY_STATUS, PLAN_STATUS, T } from './texts';

const F = T.funnel;

export function FunnelSection({ year }: { year: number }) {
  const [result] = useQuery({ query: OverviewFunnelDocument, variables: { year } });
  const funnel = result.data?.tipFunnel.year === year ? result.data.tipFunnel : undefined;
  const config = useMemo(
    () =>
      funnel && {
        type: 'bar' as const,
        data: {
          labels: funnel.groups.map((g) => g.label),
          datasets: [
            {
              label: F.headers[1],
              data: funnel.groups.map((g) => countValue(g.figures.impulses)),
              backgroundColor: COLOURS[0],
            },
            {
              label: F.headers[2],
              data: funnel.groups.map((g) => countValue(g.figures.tips)),
              backgroundColor: COLOURS[1],
            },
            {
              label: F.headers[3],
              data: funnel.groups.map((g) => countValue(g.figures.directActions)),
              backgroundColor: COLOURS[2],
            },
          ],
        },
        options: { scales: { x: labelAxis, y: countAxis('Antal') } },
      },
    [funnel],
  );
  const state = funnel ? 'ready' : stateOf(result);
  const tipCell = { figure: 'tipFunnel', year };
  return (
    <Section testid="section-funnel" title={F.title} intro={F.intro} wide state={state}>
      {result.error ? <Problem what={F.what} error={result.error} /> : null}
      {funnel && config ? (
        <>
          <p className="headline" data-testid="funnel-total">
            <strong>
              <CountFigure count={funnel.total.impulses} cell={{ ...tipCell, measure: 'impulses' }} />
            </strong>
            {F.impulses}
            <strong>
              <CountFigure count={funnel.total.tips} cell={{ ...tipCell, measure: 'tips' }} />
            </strong>
            {F.tips}
            <strong>
              <CountFigure count={funnel.total.directActions} cell={{ ...tipCell, measure: 'directActions' }} />
            </strong>
            {F.actions}
            {` (${funnel.year})`}
          </p>
          {funnel.suppressed ? (
            <Alert data-color="info" data-testid="funnel-suppressed">
              {T.suppressedNote}
            </Alert>
          ) : null}
          <BarChart testid="funnel-chart" label={F.chart(funnel.year)} height={360} config={config} />
          <Figures>
            <DataTable
              testid="funnel-table"
              caption={F.caption(funnel.year)}
              headers={F.headers}
              rows={funnel.groups.map((g) => {
                const cell = { ...tipCell, groupBy: 'REGION', key: g.key };
                return [
                  g.label,
                  figureCell(g.figures.impulses, { ...cell, measure: 'impulses' }),
                  figureCell(g.figures.tips, { ...cell, measure: 'tips' }),
                  figureCell(g.figures.directActions, { ...cell, measure: 'directActions' }),
                ];
              })}
              footer={[
                T.total,
                figureCell(funnel.total.impulses, { ...tipCell, measure: 'impulses' }),
                figureCell(funnel.total.tips, { ...tipCell, measure: 'tips' }),
                figureCell(funnel.total.directActions, { ...tipCell, measure: 'directActions' }),
              ]}
            />
          </Figures>
        </>
      ) : null}
    </Section>
  );
}

const P = T.plan;
const STATUSES = Object.keys(ACTIVITY_STATUS);

export function PlanSection({ year }: { year: number }) {
  const [result] = useQuery({ query: OverviewPlansDocument });
  const plan = result.data?.collaborationPlans.edges.map((e) => e.node).find((p) => p.year === year);
  const counts = useMemo(() => STATUSES.map((s) => plan?.activities.filter((a) => a.status === s).length ?? 0), [plan]);
  const config = useMemo(
    () => ({
      type: 'bar' as const,
      data: {
        labels: STATUSES.map((s) => ACTIVITY_STATUS[s]),
        datasets: [
          { label: P.dataset, data: counts, backgroundColor: [COLOURS[7], COLOURS[0], COLOURS[2], COLOURS[1]] },
        ],
      },
      options: {
        indexAxis: 'y' as const,
        plugins: { legend: { display: false } },
        scales: { x: countAxis(P.axis), y: labelAxis },
      },
    }),
    [counts],
  );
  return (
    <Section testid="section-plan" title={P.title} intro={P.intro} state={stateOf(result, !!result.data && !plan)}>
      {result.error ? <Problem what={P.what} error={result.error} /> : null}
      {result.data && !plan ? (
        <Paragraph data-testid="plan-empty" role="status">
          {P.empty(year)}
        </Paragraph>
      ) : null}
      {plan ? (
        <>
          <p className="headline">
            <strong>{plan.title}</strong>
            {P.headline(PLAN_STATUS[plan.status] ?? plan.status, formatNumber(plan.activities.length))}
          </p>
          <BarChart testid="plan-chart" label={P.chart(year)} height={240} config={config} />
          <Figures>
            <DataTable
              testid="plan-table"
              caption={P.caption(year)}
              headers={P.headers}
              rows={STATUSES.map((s, i) => [ACTIVITY_STATUS[s], formatNumber(counts[i])])}
              footer={[T.total, formatNumber(plan.activities.length)]}
            />
            <DataTable
              testid="plan-activities"
              caption={P.activitiesCaption}
              headers={P.activityHeaders}
              rows={plan.activities.map((a) => [
                a.title,
                { text: a.owner, numeric: false },
                { text: a.dueDate, numeric: false },
                { text: ACTIVITY_STATUS[a.status] ?? a.status, numeric: false },
              ])}
            />
          </Figures>
        </>
      ) : null}
    </Section>
  );
}

const C = T.cadence;
const short = (name: string) => name.replace(/^Forum\s+/, '');

export function CadenceSection({ year }: { year: number }) {
  const [result] = useQuery({ query: OverviewCadenceDocument, variables: { year } });
  const rows = useMemo(
    () => result.data?.forumCadence.forums.flatMap((forum) => forum.terms.map((term) => ({ forum, term }))) ?? [],
    [result.data],
  );
  const config = useMemo(
    () => ({
      type: 'bar' as const,
      data: {
        labels: rows.map(({ forum, term }) => `${short(forum.forumName)} ${term.term}`),
        datasets: [
          {
            label: C.heldOnTrack,
            data: rows.map((r) => (r.term.onTrack ? r.term.held : null)),
            backgroundColor: COLOURS[0],
            skipNull: true,
          },
          {
            label: C.heldBehind,
            data: rows.map((r) => (r.term.onTrack ? null : r.term.held)),
            backgroundColor: COLOURS[1],
            skipNull: true,
          },
          { label: C.expected, data: rows.map((r) => r.term.expected), backgroundColor: LIGHT[0], skipNull: true },
        ],
      },
      options: { scales: { x: labelAxis, y: countAxis(C.axis) } },
    }),
    [rows],
  );
  const empty = !!result.data && !result.data.forumCadence.forums.length;
  return (
    <Section testid="section-cadence" title={C.title} intro={C.intro} state={stateOf(result, empty)}>
      {result.error ? <Problem what={C.what} error={result.error} /> : null}
      {empty ? (
        <Paragraph data-testid="cadence-empty" role="status">
          {C.empty(year)}
        </Paragraph>
      ) : null}
      {result.data && !empty ? (
        <>
          <BarChart testid="cadence-chart" label={C.chart(year)} height={300} config={config} />
          <Figures>
            <DataTable
              testid="cadence-table"
              caption={C.caption(year)}
              headers={C.headers}
              rows={rows.map(({ forum, term }) => {
                const cell = { figure: 'forumCadence', year, key: forum.forumId, groupBy: term.term };
                return [
                  `${forum.forumName} (${forum.region}) ${term.term}`,
                  numberCell(term.held, { ...cell, measure: 'held' }),
                  formatNumber(term.expected),
                  numberCell(term.planned, { ...cell, measure: 'planned' }),
                  numberCell(term.cancelled, { ...cell, measure: 'cancelled' }),
                  term.onTrack ? C.yes : C.no,
                ];
              })}
            />
          </Figures>
        </>
      ) : null}
    </Section>
  );
}
