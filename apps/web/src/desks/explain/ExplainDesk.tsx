import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { cellOf } from '../../explain/figure-link';
import { ExplainDocument } from '../../gql/graphql';
import { TimelineLink } from '../audit/TimelineLink';
import { formatDateTime } from '../timeline/dates';
import { T } from './texts';

/** #/forklaring?figur=…&matt=…: the events behind one dashboard cell, each linked into the timeline. */
export default function ExplainDesk() {
  const [params] = useSearchParams();
  const cell = cellOf(params);
  const { figure = '', ...input } = cell ?? {};
  const [result] = useQuery({
    query: ExplainDocument,
    variables: { figure, cell: { measure: '', ...input } },
    pause: !cell,
  });
  const events = result.data?.explain ?? [];
  const rest = [
    ...(cell?.groupBy ? [cell.groupBy] : []),
    cell?.key ?? T.total,
    ...(cell?.year !== undefined ? [T.year(cell.year)] : []),
    ...(cell?.campaignId ? [cell.campaignId] : []),
  ];
  return (
    <div className="desk explain-desk">
      <Heading level={1} data-size="lg">
        {T.title}
      </Heading>
      {!cell ? (
        <Alert data-color="info">{T.noCell}</Alert>
      ) : (
        <>
          <Paragraph data-testid="explain-cell">{T.cell(cell.figure, cell.measure, rest)}</Paragraph>
          <Paragraph data-size="sm">{T.intro}</Paragraph>
          {result.error ? <Alert data-color="danger">{`${T.what}: ${result.error.message}`}</Alert> : null}
          {!result.data && !result.error ? <Paragraph>{T.loading}</Paragraph> : null}
          {result.data ? (
            <>
              <Paragraph data-testid="explain-count" data-count={events.length}>
                {events.length ? T.count(events.length) : T.none}
              </Paragraph>
              <ol className="explained" data-testid="explained">
                {events.map((e) => (
                  <li key={e.eventId} data-testid="explained-event" data-stream={e.stream}>
                    <TimelineLink stream={e.stream} position={e.position} />{' '}
                    <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time> · {e.summary}
                    {e.contentHidden ? ` (${T.hidden})` : ''} <span className="muted">{e.type}</span>
                  </li>
                ))}
              </ol>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
