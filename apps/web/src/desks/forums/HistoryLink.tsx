import { Link } from 'react-router';
import { useOperations } from '../../forms/can';
import { T } from './texts';

/** A link to an entity's events in the timeline, for a role that may read the timeline. */
export function HistoryLink({ stream, testid }: { stream: string; testid: string }) {
  const operations = useOperations();
  if (!operations?.has('Query.timeline')) return null;
  return (
    <Link to={`/tidslinje?strom=${encodeURIComponent(stream)}`} data-testid={testid}>
      {T.timelineLink}
    </Link>
  );
}
