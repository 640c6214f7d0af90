import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import { HistoryLink, ReloadButton } from '../../app/HistoryLink';
import { ProjectActivityDocumentFragment, ProjectActivityPageDocument } from '../../gql/graphql';
import { ActivityCommands } from './ActivityCommands';
import { KINDS, ORGANISERS, STATUS, T } from './texts';
import { ColumnTable } from '../../app/ColumnTable';
import { Section } from '../../app/DeskPage';
import { EntityHeading } from '../../app/EntityHeading';
import { HeadedList } from '../../app/HeadedList';

export type Activity = ProjectActivityDocumentFragment;

/** One activity (#/momentum/<id>): what and when, who took part, how it was rated, and the commands its status allows. */
export function ActivityPage() {
  const id = useParams().activityId ?? '';
  const page = useEntityPage({ query: ProjectActivityPageDocument, variables: { id } });
  const back = { to: '/momentum', label: T.back, testid: 'back-to-activities' };
  return (
    <EntityPage page={page} entity={page.data?.projectActivity} back={back} texts={T}>
      {(activity) => (
        <>
          <Facts activity={activity} />
          <ActivityCommands activity={activity} forms={page.forms} />
          <Participants activity={activity} />
          <Section id="evaluation-heading" heading={T.evaluationHeading}>
            <Paragraph data-testid="evaluation">
              {activity.evaluation
                ? T.evaluation(activity.evaluation.scale, activity.evaluation.respondents)
                : T.noEvaluation}
            </Paragraph>
          </Section>
          <ReloadButton forms={page.forms} label={T.reload} />
        </>
      )}
    </EntityPage>
  );
}

function Facts({ activity: a }: { activity: Activity }) {
  return (
    <>
      <EntityHeading title={a.title} testid="activity-status" status={a.status} labels={STATUS}>
        {KINDS[a.kind]} · version {a.revision}
      </EntityHeading>
      <dl className="facts">
        <dt>{T.organiser}</dt>
        <dd>{ORGANISERS[a.organiser] ?? a.organiser}</dd>
        <dt>{T.date}</dt>
        <dd data-testid="activity-date">{a.date}</dd>
        <dt>{T.place}</dt>
        <dd>
          {a.place}
          {a.country ? ` (${a.country})` : ''}
          {a.region ? `, ${a.region}` : ''}
        </dd>
        <dt>{T.expected}</dt>
        <dd>{a.expectedParticipants}</dd>
        {a.heldOn ? (
          <>
            <dt>{T.heldOn}</dt>
            <dd>{a.heldOn}</dd>
            <dt>{T.summary}</dt>
            <dd>{a.summary}</dd>
          </>
        ) : null}
      </dl>
      {a.cancellationReason ? <Paragraph>{T.cancelled(a.cancellationReason)}</Paragraph> : null}
      <HistoryLink stream={`projectActivity-${a.id}`} label={T.timelineLink} testid="activity-timeline" />
    </>
  );
}

function Participants({ activity }: { activity: Activity }) {
  const p = activity.participants;
  return (
    <Section id="participants-heading" heading={T.participantsHeading} none={!p ? T.noParticipants : null}>
      {p ? (
        <>
          <Paragraph data-testid="participant-totals" data-total={p.totals.total} data-recordings={p.recordings}>
            {T.total(p.totals)} {T.recordings(p.recordings)}
          </Paragraph>
          {p.byOrganisation.length ? (
            <ColumnTable testid="participants" caption={T.participantsHeading} columns={T.participantColumns}>
              {p.byOrganisation.map((o) => (
                <Table.Row key={o.organisation} data-organisation={o.organisation}>
                  <Table.Cell>{o.organisation}</Table.Cell>
                  <Table.Cell>{o.participants.managers}</Table.Cell>
                  <Table.Cell>{o.participants.hr}</Table.Cell>
                  <Table.Cell>{o.participants.other}</Table.Cell>
                  <Table.Cell>{o.participants.total}</Table.Cell>
                </Table.Row>
              ))}
            </ColumnTable>
          ) : null}
          <HeadedList heading={T.namedHeading} level={3} items={p.named} testid="named-participants">
            {(n) => T.named(n.name, n.organisation)}
          </HeadedList>
        </>
      ) : null}
    </Section>
  );
}
