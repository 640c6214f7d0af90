import { Alert, Card, Heading } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import { HistoryLink, ReloadButton } from '../../app/HistoryLink';
import type { OpenForm } from '../../forms/open-forms';
import { ForumRoomDocument, ForumRoomQuery } from '../../gql/graphql';
import { forumCommands } from './forum-commands';
import { CommandBar } from './ForumCommands';
import { JointActionsSection } from './JointActionCard';
import { KnowledgeSection } from './KnowledgeSection';
import { MeetingsSection } from './MeetingCard';
import { MembersSection } from './MembersSection';
import { T } from './texts';

export type Forum = ForumRoomQuery['forum'];
export type Member = Forum['members'][number];
export type Meeting = Forum['meetings'][number];
export type JointAction = Forum['jointActions'][number];

/** One forum's room (#/forum/vast): members, meetings, joint actions, knowledge, and the commands the token may send. */
export function ForumRoom() {
  const id = useParams().forumId ?? '';
  const page = useEntityPage({ query: ForumRoomDocument, variables: { id } });
  const back = { to: '/forum', label: T.back, testid: 'back-to-forums' };
  return (
    <EntityPage page={page} entity={page.data?.forum} back={back} texts={T} className="forum-room">
      {(forum) => <Room forum={forum} forms={page.forms} />}
    </EntityPage>
  );
}

function Room({ forum, forms }: { forum: Forum; forms: OpenForm }) {
  const F = T.facts;
  return (
    <>
      <Heading level={1} data-size="lg">
        {forum.name}
      </Heading>
      <dl className="facts" data-testid="forum-facts">
        <dt>{F.region}</dt>
        <dd>{forum.region}</dd>
        <dt>{F.capacity}</dt>
        <dd data-testid="forum-capacity">{forum.capacity}</dd>
        <dt>{F.members}</dt>
        <dd>{forum.memberCount}</dd>
        <dt>{F.seatsLeft}</dt>
        <dd>{forum.seatsLeft}</dd>
        <dt>{F.established}</dt>
        <dd>{forum.establishedOn}</dd>
      </dl>
      {forum.mayAct ? (
        <ForumActions forum={forum} forms={forms} />
      ) : (
        <Alert data-color="info" data-testid="forum-read-only">
          {T.readOnly}
        </Alert>
      )}
      <MembersSection forum={forum} forms={forms} />
      <MeetingsSection forum={forum} forms={forms} />
      <JointActionsSection forum={forum} forms={forms} />
      <KnowledgeSection forum={forum} />
      <HistoryLink stream={`forum-${forum.id}`} label={T.timelineLink} testid="forum-timeline-link" />
      <ReloadButton forms={forms} label={T.reload} />
    </>
  );
}

/** The forum's own commands, in a card of their own when the role may send any. */
function ForumActions({ forum, forms }: { forum: Forum; forms: OpenForm }) {
  return (
    <Card className="forum-commands" data-testid="forum-commands">
      <Heading level={2} data-size="sm">
        {T.actions}
      </Heading>
      <CommandBar commands={forumCommands(forum, forms)} forms={forms} mayAct={forum.mayAct} />
    </Card>
  );
}
