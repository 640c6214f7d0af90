import { Link } from 'react-router';
import { swedishDate } from '../timeline/dates';
import { T } from './texts';

/** The timeline's address for one event: its entity opened with the event marked. */
export const timelinePath = (stream: string, position: string) =>
  `/tidslinje?${new URLSearchParams({ strom: stream, handelse: position })}`;

export function TimelineLink({ stream, position }: { stream: string; position: string }) {
  return (
    <Link to={timelinePath(stream, position)} data-testid="timeline-link" data-position={position}>
      #{position}
    </Link>
  );
}

/** A cited event: what it says, both its dates where they differ, late entries marked, and its link. */
export function CitedEvent({
  event,
}: {
  event: {
    stream: string;
    position: string;
    summary: string;
    occurredAt: string;
    recordedAt: string;
    lateEntry: boolean;
    daysLate: number;
    reason?: string | null;
  };
}) {
  return (
    <>
      <TimelineLink stream={event.stream} position={event.position} /> {event.summary}{' '}
      <span className="muted">({T.recordedOn(swedishDate(event.occurredAt), swedishDate(event.recordedAt))})</span>
      {event.lateEntry ? (
        <span className="badge late" title={T.lateTitle(event.daysLate)} data-testid="late-badge">
          {T.late}
        </span>
      ) : null}
      {event.reason ? <span className="muted"> – {event.reason}</span> : null}
    </>
  );
}
