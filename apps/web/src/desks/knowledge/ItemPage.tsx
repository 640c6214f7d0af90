import { Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import { HistoryLink, ReloadButton } from '../../app/HistoryLink';
import { KnowledgeItemDocumentFragment, KnowledgeItemPageDocument } from '../../gql/graphql';
import { ItemCommands } from './ItemCommands';
import { ITEM_KINDS, ITEM_STATUS, T, VERDICTS } from './texts';
import { Section } from '../../app/DeskPage';
import { EntityHeading } from '../../app/EntityHeading';

/** One knowledge item (#/kunskap/<id>): what it is, its reviews, where it was presented, and the commands its status allows. */
export function ItemPage() {
  const id = useParams().itemId ?? '';
  const page = useEntityPage({ query: KnowledgeItemPageDocument, variables: { id } });
  const back = { to: '/kunskap', label: T.back, testid: 'back-to-group' };
  return (
    <EntityPage page={page} entity={page.data?.knowledgeItem} back={back} texts={T}>
      {(item) => (
        <>
          <ItemDocument item={item} />
          <ItemCommands item={item} forms={page.forms} />
          <ReloadButton forms={page.forms} label={T.reload} />
        </>
      )}
    </EntityPage>
  );
}

function ItemDocument({ item }: { item: KnowledgeItemDocumentFragment }) {
  const forums = new Set(item.presentations.map((p) => p.forumId)).size;
  const meetings = new Set(item.presentations.map((p) => p.forumMeetingId)).size;
  return (
    <>
      <EntityHeading title={item.title} testid="item-status" status={item.status} labels={ITEM_STATUS}>
        {ITEM_KINDS[item.kind]} · version {item.revision}
      </EntityHeading>
      <dl className="facts">
        <dt>{T.source}</dt>
        <dd>{item.sourceOrganisation}</dd>
        <dt>{T.link}</dt>
        <dd>
          <a href={item.link} rel="noreferrer noopener" target="_blank">
            {item.link}
          </a>
        </dd>
        <dt>{T.topics}</dt>
        <dd>{item.topics.join(', ')}</dd>
        <dt>{T.proposedBy}</dt>
        <dd>{item.proposedBy}</dd>
        <dt>{T.proposedOn}</dt>
        <dd>{item.proposedOn}</dd>
        {item.publishedOn ? (
          <>
            <dt>{T.publishedOn}</dt>
            <dd>{item.publishedOn}</dd>
          </>
        ) : null}
        {item.retiredOn ? (
          <>
            <dt>{T.retiredOn}</dt>
            <dd>
              {item.retiredOn}
              {item.retireReason ? ` · ${item.retireReason}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      <Section id="reviews-heading" heading={T.reviewsHeading} none={!item.reviews.length ? T.noReviews : null}>
        <ul data-testid="item-reviews">
          {item.reviews.map((r) => (
            <li key={`${r.meetingId}-${r.reviewedOn}`} data-verdict={r.verdict}>
              {T.review(VERDICTS[r.verdict], r.reviewedOn, r.meetingId)}: {r.note}
              {r.reason ? ` (${r.reason})` : ''}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="presentations-heading" heading={T.presentationsHeading}>
        <Paragraph data-testid="item-reach" data-forums={forums} data-meetings={meetings}>
          {T.reach(forums, meetings)}
        </Paragraph>
        {!item.presentations.length ? <Paragraph>{T.noPresentations}</Paragraph> : null}
        <ul data-testid="item-presentations">
          {item.presentations.map((p) => (
            <li key={p.forumMeetingId} data-meeting={p.forumMeetingId}>
              {T.presentation(p.forumName ?? p.forumId, p.meetingTitle ?? p.forumMeetingId, p.presentedOn)}
            </li>
          ))}
        </ul>
      </Section>
      <HistoryLink stream={`knowledgeItem-${item.id}`} label={T.timelineLink} testid="item-timeline" />
    </>
  );
}
