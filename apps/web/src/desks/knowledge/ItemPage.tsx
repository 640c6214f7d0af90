import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { LoadState } from '../../app/LoadState';
import { useOperations } from '../../forms/can';
import { useOpenForms } from '../../forms/open-forms';
import { KnowledgeItemDocumentFragment, KnowledgeItemPageDocument } from '../../gql/graphql';
import { ItemCommands } from './ItemCommands';
import { ITEM_KINDS, ITEM_STATUS, T, VERDICTS } from './texts';

/** One knowledge item (#/kunskap/<id>): what it is, its reviews, where it was presented, and the commands its status allows. */
export function ItemPage() {
  const id = useParams().itemId ?? '';
  const [{ data, error, fetching }, refetch] = useQuery({ query: KnowledgeItemPageDocument, variables: { id } });
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  const item = data?.knowledgeItem;
  return (
    <div className="desk" ref={view} onPointerDown={keepFocus}>
      <p>
        <Link to="/kunskap" data-testid="back-to-group">
          {T.back}
        </Link>
      </p>
      <LoadState found={!!item} fetching={fetching} error={error} loading={T.loading} failed={T.loadFailed} />
      {item ? (
        <>
          <ItemDocument item={item} />
          <ItemCommands item={item} forms={forms} />
          <Button variant="tertiary" data-size="sm" onClick={forms.reload}>
            {T.reload}
          </Button>
        </>
      ) : null}
    </div>
  );
}

function ItemDocument({ item }: { item: KnowledgeItemDocumentFragment }) {
  const timeline = useOperations()?.has('Query.timeline');
  const forums = new Set(item.presentations.map((p) => p.forumId)).size;
  const meetings = new Set(item.presentations.map((p) => p.forumMeetingId)).size;
  return (
    <>
      <Heading level={1} data-size="lg">
        {item.title}
      </Heading>
      <Paragraph data-testid="item-status" data-status={item.status}>
        {T.status}: <Tag data-color="info">{ITEM_STATUS[item.status]}</Tag> · {ITEM_KINDS[item.kind]} · version{' '}
        {item.revision}
      </Paragraph>
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
      <section aria-labelledby="reviews-heading" className="stack">
        <Heading level={2} data-size="md" id="reviews-heading">
          {T.reviewsHeading}
        </Heading>
        {!item.reviews.length ? <Paragraph>{T.noReviews}</Paragraph> : null}
        <ul data-testid="item-reviews">
          {item.reviews.map((r) => (
            <li key={`${r.meetingId}-${r.reviewedOn}`} data-verdict={r.verdict}>
              {T.review(VERDICTS[r.verdict], r.reviewedOn, r.meetingId)}: {r.note}
              {r.reason ? ` (${r.reason})` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="presentations-heading" className="stack">
        <Heading level={2} data-size="md" id="presentations-heading">
          {T.presentationsHeading}
        </Heading>
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
      </section>
      {timeline ? (
        <Paragraph data-size="sm">
          <Link to={`/tidslinje?strom=${encodeURIComponent(`knowledgeItem-${item.id}`)}`} data-testid="item-timeline">
            {T.timelineLink}
          </Link>
        </Paragraph>
      ) : null}
    </>
  );
}
