import { Alert, Button, Checkbox, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { FilterForm, FilterSelect } from '../../app/FilterForm';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ObligationFilterInput, ObligationModule, ObligationsDocument } from '../../gql/graphql';
import { O, OBLIGATION_MODULES, OWNERS } from './texts';
import { ColumnTable } from '../../app/ColumnTable';
import { Section } from '../../app/DeskPage';

const PAGE = 100;

/** Open obligations, soonest due first, filtered by owner, module and overdue. */
export function Obligations() {
  const [filter, setFilter] = useState<ObligationFilterInput>({});
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const apply = (form: FormData) => {
    const owner = String(form.get('owner') ?? '');
    const module = String(form.get('module') ?? '');
    setFilter({
      ...(owner ? { owner } : {}),
      ...(module ? { module: module as ObligationModule } : {}),
      ...(form.get('overdueOnly') ? { overdueOnly: true } : {}),
    });
    setPages([null]);
  };
  return (
    <Section id="obligations-heading" heading={O.obligationsTitle}>
      <Paragraph>{O.obligationsIntro}</Paragraph>
      <FilterForm name="obligation" label={O.filters} onApply={apply}>
        <FilterSelect name="owner" label={O.owner} any={O.anyOwner} options={Object.keys(OWNERS)} />
        <FilterSelect name="module" label={O.module} any={O.anyModule} options={OBLIGATION_MODULES} />
        <Checkbox name="overdueOnly" value="yes" label={O.overdueOnly} data-testid="obligation-filter-overdue" />
      </FilterForm>
      <ColumnTable testid="obligations" caption={O.obligationsTitle} columns={O.columns}>
        {pages.map((after, i) => (
          <ObligationPage
            key={`${JSON.stringify(filter)}-${after ?? ''}`}
            filter={filter}
            after={after}
            onMore={i === pages.length - 1 ? (cursor) => setPages((p) => [...p, cursor]) : undefined}
          />
        ))}
      </ColumnTable>
    </Section>
  );
}

function ObligationPage({
  filter,
  after,
  onMore,
}: {
  filter: ObligationFilterInput;
  after: string | null;
  onMore?: (cursor: string) => void;
}) {
  const [{ data, error }] = useQuery({
    query: ObligationsDocument,
    variables: {
      filter,
      first: PAGE,
      // Left out, not null, on the first page: the API fails on `after: null` here (reported as a bug).
      ...(after ? { after } : {}),
    },
  });
  if (error)
    return (
      <Table.Row>
        <Table.Cell colSpan={6}>
          <Alert data-color="danger">{O.loadFailed(error.message)}</Alert>
        </Table.Cell>
      </Table.Row>
    );
  const page = data?.obligations;
  if (!page) return null;
  return (
    <>
      {!page.edges.length && after === null ? (
        <Table.Row>
          <Table.Cell colSpan={6}>{O.none}</Table.Cell>
        </Table.Row>
      ) : null}
      {page.edges.map(({ node: o }) => (
        <Table.Row key={o.id} data-testid="obligation" data-overdue={o.overdue}>
          <Table.Cell>{o.title}</Table.Cell>
          <Table.Cell>{OBLIGATION_MODULES[o.module] ?? o.module}</Table.Cell>
          <Table.Cell>{o.owner}</Table.Cell>
          <Table.Cell>{o.since}</Table.Cell>
          <Table.Cell>{o.dueOn}</Table.Cell>
          <Table.Cell>
            {o.overdue ? (
              <Tag data-color="danger">{O.overdue(o.daysOverdue)}</Tag>
            ) : (
              <Tag data-color="success">{O.inTime}</Tag>
            )}
          </Table.Cell>
        </Table.Row>
      ))}
      {onMore && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <Table.Row>
          <Table.Cell colSpan={6}>
            <Button variant="secondary" onClick={() => onMore(page.pageInfo.endCursor!)}>
              {O.more}
            </Button>
          </Table.Cell>
        </Table.Row>
      ) : null}
    </>
  );
}
