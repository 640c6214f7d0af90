import { Card, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { FilterForm, FilterSelect, FilterText } from '../../app/FilterForm';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm } from '../../forms/CommandForm';
import { useOpenForms } from '../../forms/open-forms';
import {
  MomentumRegionsDocument,
  PlanProjectActivityDocument,
  ProjectActivityFilterInput,
  ProjectActivityListDocument,
} from '../../gql/graphql';
import { activityFilter, momentumFormProps, planFields, planInput } from './activity-fields';
import { KINDS, STATUS, T } from './texts';
import { DeskPage, Section } from '../../app/DeskPage';
import { ColumnTable } from '../../app/ColumnTable';

/** Every activity, newest planned first, filtered by kind, status and year; and planning a new one. */
export function ActivityList() {
  const [filter, setFilter] = useState<ProjectActivityFilterInput>({});
  const [{ data }, refetch] = useQuery({ query: ProjectActivityListDocument, variables: { filter } });
  const [{ data: regions }] = useQuery({ query: MomentumRegionsDocument });
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  const navigate = useNavigate();
  const can = useCan();
  const activities = data?.projectActivities.edges.map((e) => e.node) ?? [];
  return (
    <DeskPage title={T.title} intro={T.intro} view={view} keepFocus={keepFocus}>
      <Section id="activities-heading" heading={T.listHeading}>
        <FilterForm name="activity" label={T.filters} onApply={(form) => setFilter(activityFilter(form))}>
          <FilterSelect name="kind" label={T.kind} any={T.any} options={KINDS} />
          <FilterSelect name="status" label={T.status} any={T.any} options={STATUS} />
          <FilterText name="year" label={T.year} type="number" />
        </FilterForm>
        {data && !activities.length ? <Paragraph>{T.none}</Paragraph> : null}
        {activities.length ? (
          <ColumnTable testid="activity-list" caption={T.listHeading} columns={T.columns}>
            {activities.map((a) => (
              <Table.Row key={a.id} data-testid="activity-row" data-activity={a.id} data-status={a.status}>
                <Table.Cell>
                  <Link to={`/momentum/${encodeURIComponent(a.id)}`} aria-label={T.openActivity(a.title)}>
                    {a.title}
                  </Link>
                </Table.Cell>
                <Table.Cell>{KINDS[a.kind]}</Table.Cell>
                <Table.Cell>{a.date}</Table.Cell>
                <Table.Cell>
                  {a.place}
                  {a.country ? ` (${a.country})` : ''}
                </Table.Cell>
                <Table.Cell>
                  <Tag data-color="info">{STATUS[a.status]}</Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </ColumnTable>
        ) : null}
      </Section>
      {can(PlanProjectActivityDocument) ? (
        <Card className="form-card">
          <div className="form-actions">
            <CommandButton name="plan" label={T.commands.plan} forms={forms} mutation={PlanProjectActivityDocument} />
          </div>
          {forms.open === 'plan' ? (
            <CommandForm
              {...momentumFormProps(undefined, forms)}
              title={T.commands.plan}
              testid="form-plan"
              submitLabel={T.commands.plan}
              mutation={PlanProjectActivityDocument}
              defaults={{ kind: 'CONFERENCE', organiser: 'FK' }}
              fields={planFields(regions?.regions ?? [])}
              toInput={planInput}
              onDone={(d) => navigate(`/momentum/${encodeURIComponent(d.planProjectActivity.activity.id)}`)}
            />
          ) : null}
        </Card>
      ) : null}
    </DeskPage>
  );
}
