import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useOperations } from '../forms/can';
import type { OpenForm } from '../forms/open-forms';

/** Where an entity's events are read in the timeline. */
export const timelinePath = (stream: string) => `/tidslinje?strom=${encodeURIComponent(stream)}`;

/** A link to an entity's events in the timeline, for a role that may read the timeline. */
export function HistoryLink({ stream, label, testid }: { stream: string; label: string; testid: string }) {
  // A role that may not read the timeline would find a closed door behind the link.
  const timeline = useOperations()?.has('Query.timeline');
  if (!timeline) return null;
  return (
    <Paragraph data-size="sm">
      <Link to={timelinePath(stream)} data-testid={testid}>
        {label}
      </Link>
    </Paragraph>
  );
}

/** Reads the page's entity anew, for news from other roles. */
export function ReloadButton({ forms, label, testid }: { forms: OpenForm; label: string; testid?: string }) {
  return (
    <Button variant="tertiary" data-size="sm" onClick={forms.reload} data-testid={testid}>
      {label}
    </Button>
  );
}
