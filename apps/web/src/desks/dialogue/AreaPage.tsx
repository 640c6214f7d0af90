import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Fragment, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ReloadButton, timelinePath } from '../../app/HistoryLink';
import { OpenForm, useOpenForms } from '../../forms/open-forms';
import {
  DeselectEmployerForDialogueDocument,
  DialogueAreaDocument,
  DialogueSelectionFragment,
} from '../../gql/graphql';
import { yearSpan } from './dialogue-fields';
import { ListedCommand } from './ListedCommand';
import { MeetingList } from './MeetingList';
import { AreaCommands } from './AreaCommands';
import { DeselectForm } from './SelectionForms';
import { CRITERIA, T } from './texts';
import { Section } from '../../app/DeskPage';

/** An empty list carries no type name, so the cache is told which mutations change this page. */
const CHANGED_BY = { additionalTypenames: ['EmployerSelection', 'DialogueMeeting'] };

/** One area's selection of a year, with criteria and rationale, its meetings, and the forms that select and plan. */
export function AreaPage() {
  const params = useParams();
  const year = Number(params.year);
  const area = params.area ?? '';
  const context = useMemo(() => CHANGED_BY, []);
  const [{ data, error }, refetch] = useQuery({
    query: DialogueAreaDocument,
    variables: { year, area, ...yearSpan(year) },
    context,
  });
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  const selection = data?.employerSelections.find((s) => s.area === area);
  const inspections = (data?.supervisionCampaigns ?? []).flatMap((c) =>
    c.inspections.map((inspection) => ({ ...inspection, campaign: c.name })),
  );
  return (
    <div className="desk" ref={view} onPointerDown={keepFocus}>
      <p>
        <Link to={`/dialog?ar=${year}`} data-testid="back-to-dialogues">
          {T.back}
        </Link>
      </p>
      <Heading level={1} data-size="lg">
        {T.areaTitle(area, year)}
      </Heading>
      {error ? <Alert data-color="danger">{T.loadFailed(error.message)}</Alert> : null}
      {data ? (
        <AreaCommands
          area={area}
          year={year}
          selected={selection?.employers ?? []}
          inspections={inspections}
          forms={forms}
        />
      ) : null}
      <Section id="selection-heading" heading={T.selectionHeading}>
        {data && !selection?.employers.length ? <Paragraph>{T.noSelection}</Paragraph> : null}
        {selection ? <Selection selection={selection} forms={forms} /> : null}
      </Section>
      <Section id="area-meetings-heading" heading={T.areaMeetingsHeading}>
        <MeetingList meetings={data?.dialogueMeetings.edges.map((e) => e.node)} />
      </Section>
      <ReloadButton forms={forms} label={T.reload} />
    </div>
  );
}

function Selection({ selection, forms }: { selection: DialogueSelectionFragment; forms: OpenForm }) {
  return (
    <>
      <ul className="selected-employers" data-testid="selected-employers">
        {selection.employers.map((employer) => {
          const name = `deselect-${employer.organisationNumber}`;
          return (
            <li key={employer.organisationNumber}>
              <Card data-testid="selected-employer" data-employer={employer.organisationNumber}>
                <Heading level={3} data-size="xs">
                  {employer.name} ({employer.organisationNumber})
                </Heading>
                <dl className="facts">
                  {employer.criteria.map((c) => (
                    <Fragment key={c.criterion}>
                      <dt>{CRITERIA[c.criterion] ?? c.criterion}</dt>
                      <dd>
                        {c.value}. {c.rationale}
                      </dd>
                    </Fragment>
                  ))}
                  <dt>{T.selectionReason}</dt>
                  <dd data-testid="selection-reason">{employer.reason}</dd>
                </dl>
                <ListedCommand
                  name={name}
                  label={T.commands.deselect}
                  mutation={DeselectEmployerForDialogueDocument}
                  forms={forms}
                >
                  <DeselectForm selection={selection} organisationNumber={employer.organisationNumber} forms={forms} />
                </ListedCommand>
              </Card>
            </li>
          );
        })}
      </ul>
      <Paragraph data-size="sm">
        <Link to={timelinePath(`employerSelection-${selection.id}`)} data-testid="selection-timeline-link">
          {T.selectionTimelineLink}
        </Link>
      </Paragraph>
    </>
  );
}
