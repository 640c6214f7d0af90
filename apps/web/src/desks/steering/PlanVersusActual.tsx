import { Alert, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../app/LabelledSelect';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { PlanVersusActualDocument } from '../../gql/graphql';
import { EXPECTATION_KINDS, EXPECTATION_STATUS, O } from './texts';
import { ColumnTable } from '../../app/ColumnTable';
import { Section } from '../../app/DeskPage';

const STATUS_COLOUR: Record<string, string> = {
  MET: 'success',
  ON_TRACK: 'info',
  AT_RISK: 'warning',
  MISSED: 'danger',
};

/** The year's expectations and how each stands, with links to the events that meet it in the timeline. */
export function PlanVersusActual() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('ar')) || thisYear;
  const [{ data, error }] = useQuery({ query: PlanVersusActualDocument, variables: { year } });
  const report = data?.planVersusActual;
  return (
    <Section id="actual-heading" heading={O.actualTitle(year)}>
      <Paragraph>{O.actualIntro}</Paragraph>
      <LabelledSelect
        label={O.year}
        fieldClass="year-field"
        options={Array.from({ length: 6 }, (_, i) => thisYear - 3 + i)}
        value={String(year)}
        data-testid="actual-year"
        onChange={(e) => setParams({ ar: e.target.value }, { replace: true })}
      />
      {error ? <Alert data-color="danger">{O.loadFailed(error.message)}</Alert> : null}
      {report ? (
        <>
          <Paragraph data-testid="actual-tally">{O.tally(report.tally)}</Paragraph>
          {!report.expectations.length ? <Paragraph>{O.noExpectations}</Paragraph> : null}
          <ColumnTable testid="expectations" caption={O.actualTitle(year)} columns={O.expectationColumns}>
            {report.expectations.map((e) => (
              <Table.Row key={e.id} data-testid="expectation" data-status={e.status}>
                <Table.Cell>
                  {EXPECTATION_KINDS[e.kind] ?? e.kind}: {e.subject}
                  {e.term ? ` (${e.term})` : ''}
                  {e.note ? <Paragraph data-size="xs">{e.note}</Paragraph> : null}
                </Table.Cell>
                <Table.Cell>{e.dueOn}</Table.Cell>
                <Table.Cell>
                  {e.expected === null || e.expected === undefined ? '–' : `${e.achieved ?? 0} av ${e.expected}`}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color={STATUS_COLOUR[e.status]}>{EXPECTATION_STATUS[e.status] ?? e.status}</Tag>
                </Table.Cell>
                <Table.Cell>
                  {e.evidence.length ? (
                    <ul className="evidence">
                      {e.evidence.map((ev) => (
                        <li key={ev.eventId}>
                          <Link
                            to={`/tidslinje?strom=${encodeURIComponent(ev.stream)}&handelse=${ev.position}`}
                            data-testid="evidence-link"
                          >
                            {O.evidence(ev.type, ev.position)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    O.noEvidence
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </ColumnTable>
        </>
      ) : null}
    </Section>
  );
}
