import { Alert, Button, Card, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { OpenForm, useOpenForms } from '../../forms/open-forms';
import { ForumRoomDocument, ForumRoomQuery } from '../../gql/graphql';
import { forumCommands } from './forum-commands';
import { CommandBar } from './ForumCommands';
import { HistoryLink } from './HistoryLink';
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
  const [{ data, error, fetching }, refetch] = useQuery({ query: ForumRoomDocument, variables: { id } });
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  const forum = data?.forum;
  return (
    <div className="desk forum-room" ref={view} onPointerDown={keepFocus}>
      <p>
        <Link to="/forum" data-testid="back-to-forums">
          {T.back}
        </Link>
      </p>
      {!forum && fetching ? (
        <Paragraph>
          <Spinner aria-hidden data-size="sm" /> {T.loading}
        </Paragraph>
      ) : null}
      {error && !forum ? <Alert data-color="danger">{T.loadFailed(error.message)}</Alert> : null}
      {forum ? <Room forum={forum} forms={forms} /> : null}
    </div>
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
      <Paragraph data-size="sm">
        <HistoryLink stream={`forum-${forum.id}`} testid="forum-timeline-link" />
      </Paragraph>
      <Button variant="tertiary" data-size="sm" onClick={forms.reload}>
        {T.reload}
      </Button>
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
