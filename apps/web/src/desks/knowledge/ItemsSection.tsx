import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { FilterForm, FilterSelect, FilterText } from '../../app/FilterForm';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import type { OpenForm } from '../../forms/open-forms';
import {
  KnowledgeItemFilterInput,
  KnowledgeItemListDocument,
  KnowledgeReachListDocument,
  ProposeKnowledgeItemDocument,
} from '../../gql/graphql';
import { itemFilter, PROPOSE_FIELDS, proposeInput } from './knowledge-fields';
import { KnowledgeCommand } from './KnowledgeForm';
import { ITEM_KINDS, ITEM_STATUS, T } from './texts';
import { ColumnTable } from '../../app/ColumnTable';
import { Section } from '../../app/DeskPage';

/** Items by status, topic and source, proposing one, and the reach of the published ones. */
export function ItemsSection({ forms }: { forms: OpenForm }) {
  const [filter, setFilter] = useState<KnowledgeItemFilterInput>({});
  const [{ data }] = useQuery({ query: KnowledgeItemListDocument, variables: { filter } });
  const [{ data: reach }] = useQuery({ query: KnowledgeReachListDocument });
  const navigate = useNavigate();
  const items = data?.knowledgeItems.edges.map((e) => e.node) ?? [];
  return (
    <>
      <Section id="items-heading" heading={T.itemsHeading}>
        <FilterForm name="item" label={T.filters} onApply={(form) => setFilter(itemFilter(form))}>
          <FilterSelect name="status" label={T.status} any={T.anyStatus} options={ITEM_STATUS} />
          <FilterText name="topic" label={T.topic} />
          <FilterText name="source" label={T.source} />
        </FilterForm>
        {data && !items.length ? <Paragraph>{T.noItems}</Paragraph> : null}
        <ul className="activities" data-testid="item-list">
          {items.map((item) => (
            <li key={item.id} data-testid="item" data-item={item.id} data-status={item.status}>
              <Heading level={3} data-size="xs">
                <Link to={`/kunskap/${encodeURIComponent(item.id)}`} aria-label={T.openItem(item.title)}>
                  {item.title}
                </Link>
              </Heading>
              <Paragraph data-size="sm">
                <Tag data-color="info">{ITEM_STATUS[item.status]}</Tag>{' '}
                {T.itemLine(ITEM_KINDS[item.kind], item.sourceOrganisation, item.proposedOn)} · {item.topics.join(', ')}
              </Paragraph>
            </li>
          ))}
        </ul>
        <KnowledgeCommand
          command="propose"
          forms={forms}
          mutation={ProposeKnowledgeItemDocument}
          defaults={{ kind: 'REPORT' }}
          fields={PROPOSE_FIELDS}
          toInput={proposeInput}
          onDone={(d) => navigate(`/kunskap/${encodeURIComponent(d.proposeKnowledgeItem.item.id)}`)}
        />
      </Section>
      <Section id="reach-heading" heading={T.reachHeading}>
        <Paragraph>{T.reachIntro}</Paragraph>
        {reach && !reach.knowledgeReach.length ? <Paragraph>{T.noReach}</Paragraph> : null}
        {reach?.knowledgeReach.length ? (
          <ColumnTable testid="reach" caption={T.reachHeading} columns={T.reachColumns}>
            {reach.knowledgeReach.map((r) => (
              <Table.Row key={r.itemId} data-testid="reach-row" data-item={r.itemId}>
                <Table.Cell>
                  <Link to={`/kunskap/${encodeURIComponent(r.itemId)}`}>{r.item.title}</Link>
                </Table.Cell>
                <Table.Cell data-testid="reach-forums">{r.forums}</Table.Cell>
                <Table.Cell data-testid="reach-meetings">{r.meetings}</Table.Cell>
              </Table.Row>
            ))}
          </ColumnTable>
        ) : null}
      </Section>
    </>
  );
}
