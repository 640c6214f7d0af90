import { Alert, Table } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../app/LabelledSelect';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Figure } from '../../explain/Figure';
import { DialogueOverviewDocument } from '../../gql/graphql';
import { yearSpan } from './dialogue-fields';
import { areaPath } from './paths';
import { MeetingList } from './MeetingList';
import { T } from './texts';
import { DeskPage, Section } from '../../app/DeskPage';

const MEASURES = [
  'employersSelected',
  'meetingsPlanned',
  'meetingsHeld',
  'meetingsCancelled',
  'outcomes',
  'outcomesFollowedUp',
] as const;

/** A year's dialogue coverage per area (each number to the events behind it), the areas and the year's meetings. */
export function DialogueOverview() {
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = /^\d{4}$/.test(params.get('ar') ?? '') ? Number(params.get('ar')) : thisYear;
  const [{ data, error }] = useQuery({ query: DialogueOverviewDocument, variables: { year, ...yearSpan(year) } });
  const coverage = new Map(data?.dialogueCoverage.map((row) => [row.area, row]) ?? []);
  const areas = [...new Set([...(data?.regions ?? []), ...coverage.keys()])];
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year])].sort();
  return (
    <DeskPage title={T.title} intro={T.intro}>
      <LabelledSelect
        label={T.year}
        fieldClass="year-choice"
        options={years}
        value={String(year)}
        data-testid="dialogue-year"
        onChange={(event) => setParams({ ar: event.target.value })}
      />
      {error ? <Alert data-color="danger">{T.loadFailed(error.message)}</Alert> : null}
      <Section id="coverage-heading" heading={T.coverageHeading}>
        <Table data-testid="dialogue-coverage" zebra>
          <caption className="visually-hidden">{T.coverageCaption(year)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{T.coverage.area}</Table.HeaderCell>
              {MEASURES.map((measure) => (
                <Table.HeaderCell key={measure} scope="col">
                  {T.coverage[measure]}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {areas.map((area) => (
              <Table.Row key={area} data-testid="coverage-row" data-area={area}>
                <Table.HeaderCell scope="row">
                  <Link to={areaPath(year, area)} aria-label={T.openArea(area, year)} data-testid={`area-link-${area}`}>
                    {area}
                  </Link>
                </Table.HeaderCell>
                {MEASURES.map((measure) => (
                  <Table.Cell key={measure} data-measure={measure}>
                    <Figure
                      value={coverage.get(area)?.[measure].value ?? 0}
                      hidden={coverage.get(area)?.[measure].display}
                      cell={{ figure: 'dialogueCoverage', measure, key: area, year }}
                    />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>
      <Section id="year-meetings-heading" heading={T.meetingsHeading}>
        <MeetingList meetings={data?.dialogueMeetings.edges.map((e) => e.node)} />
      </Section>
    </DeskPage>
  );
}
