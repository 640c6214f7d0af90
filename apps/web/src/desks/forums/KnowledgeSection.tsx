import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ForumKnowledgeDocument } from '../../gql/graphql';
import type { Forum } from './ForumRoom';
import { KNOWLEDGE_KINDS, T } from './texts';

/** The knowledge items presented at this forum's meetings: read here, kept by the knowledge group (#/kunskap). */
export function KnowledgeSection({ forum }: { forum: Forum }) {
  const [{ data }] = useQuery({ query: ForumKnowledgeDocument });
  const presented = (data?.knowledgeItems.edges ?? []).flatMap(({ node }) =>
    node.presentations.filter((p) => p.forumId === forum.id).map((p) => ({ item: node, presentation: p })),
  );
  return (
    <section aria-labelledby="knowledge-heading" className="stack">
      <Heading level={2} data-size="md" id="knowledge-heading">
        {T.knowledgeHeading}
      </Heading>
      {data && !presented.length ? <Paragraph>{T.noKnowledge}</Paragraph> : null}
      <ul data-testid="knowledge">
        {presented.map(({ item, presentation: p }) => (
          <li key={`${item.id}-${p.forumMeetingId}`} data-item={item.id}>
            <Link to={`/kunskap/${encodeURIComponent(item.id)}`}>{item.title}</Link> (
            {KNOWLEDGE_KINDS[item.kind] ?? item.kind}, {item.sourceOrganisation}),{' '}
            {T.presentedAt(p.meetingTitle ?? p.forumMeetingId, p.presentedOn)}
          </li>
        ))}
      </ul>
    </section>
  );
}
