import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Fragment, useEffect } from 'react';
import { useQuery } from 'urql';
import { Figure } from '../../explain/Figure';
import { SupervisionDashboardDocument, SupervisionDashboardQuery } from '../../gql/graphql';
import { dashboardRows } from './dashboard-rows';
import { Listing } from './parts';
import { T } from './texts';

type Figures = SupervisionDashboardQuery['inspectionsDashboard'];

/**
 * The campaign's inspections dashboard, each number a link to the events behind it (for roles
 * that may ask `explain`). `version` changes whenever an inspection does, and the figures are read again.
 */
export function Dashboard({ campaignId, version }: { campaignId: string; version: string }) {
  const [{ data, error }, refetch] = useQuery({
    query: SupervisionDashboardDocument,
    variables: { campaignId },
    requestPolicy: 'network-only',
  });
  useEffect(() => refetch({ requestPolicy: 'network-only' }), [version, refetch]);
  const figures = data?.inspectionsDashboard;
  return (
    <section aria-labelledby="dashboard-heading" className="stack" data-testid="inspections-dashboard">
      <Heading level={2} data-size="md" id="dashboard-heading">
        {T.dashboardHeading}
      </Heading>
      {error ? <Alert data-color="danger">{T.loadFailed(error.message)}</Alert> : null}
      {figures ? <Numbers figures={figures} /> : null}
    </section>
  );
}

function Numbers({ figures }: { figures: Figures }) {
  const cell = (measure: string, groupBy?: string, key?: string) => ({
    figure: 'inspectionsDashboard',
    measure,
    campaignId: figures.campaignId,
    ...(groupBy ? { groupBy, key } : {}),
  });
  const totals: [string, number, ReturnType<typeof cell>][] = [
    ['inspections', figures.total, cell('inspections')],
    ['workplaceInspections', figures.workplaceInspections, cell('inspections', 'level', 'WORKPLACE')],
    ['withSystemDeficiencies', figures.withSystemDeficiencies, cell('withSystemDeficiencies')],
    ['requirementsIssued', figures.requirementsIssued, cell('requirementsIssued')],
    ['withFkParticipation', figures.withFkParticipation, cell('withFkParticipation')],
  ];
  const f = figures.principalFollowUps;
  return (
    <>
      <dl className="facts" data-testid="dashboard-totals">
        {totals.map(([measure, value, c]) => (
          <Fragment key={measure}>
            <dt>{T.measures[measure as keyof typeof T.measures]}</dt>
            <dd data-testid={`total-${measure}`} data-value={value}>
              <Figure value={value} cell={c} />
            </dd>
          </Fragment>
        ))}
      </dl>
      <Paragraph data-size="sm" data-testid="principal-follow-ups">
        {T.principalFollowUps(f.eligiblePrincipals, f.inspected, f.awaiting)}
      </Paragraph>
      <Listing
        caption={T.dashboardCaption}
        columns={T.dashboardColumns}
        testid="dashboard-breakdowns"
        rowTestid="breakdown"
        rows={dashboardRows(figures).map((row) => ({
          key: `${row.groupBy}-${row.key}`,
          attributes: { 'data-group': row.groupBy, 'data-key': row.key },
          cells: [
            T.breakdowns[row.groupBy],
            row.label,
            <Figure
              key="count"
              value={row.count.value}
              hidden={row.count.display}
              cell={cell('inspections', row.groupBy, row.key)}
            />,
          ],
        }))}
      />
    </>
  );
}
