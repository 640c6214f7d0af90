import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ForumKnowledgeDocument } from '../../gql/graphql';
import { EntitySection } from './EntitySection';
import type { Forum } from './ForumRoom';
import { KNOWLEDGE_KINDS, T } from './texts';

/** The knowledge items presented at this forum's meetings: read here, kept by the knowledge group (#/kunskap). */
export function KnowledgeSection({ forum }: { forum: Forum }) {
  const [{ data }] = useQuery({ query: ForumKnowledgeDocument });
  const presented = (data?.knowledgeItems.edges ?? []).flatMap(({ node }) =>
    node.presentations.filter((p) => p.forumId === forum.id).map((p) => ({ item: node, presentation: p })),
  );
  return (
    <EntitySection
      id="knowledge-heading"
      title={T.knowledgeHeading}
      empty={data && !presented.length ? T.noKnowledge : null}
      testid="knowledge"
    >
      {presented.map(({ item, presentation: p }) => (
        <li key={`${item.id}-${p.forumMeetingId}`} data-item={item.id}>
          <Link to={`/kunskap/${encodeURIComponent(item.id)}`}>{item.title}</Link> (
          {KNOWLEDGE_KINDS[item.kind] ?? item.kind}, {item.sourceOrganisation}),{' '}
          {T.presentedAt(p.meetingTitle ?? p.forumMeetingId, p.presentedOn)}
        </li>
      ))}
    </EntitySection>
  );
}
