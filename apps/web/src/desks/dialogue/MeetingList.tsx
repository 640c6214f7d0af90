import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { DialogueMeetingSummaryFragment } from '../../gql/graphql';
import { meetingPath } from './paths';
import { KINDS, STATUS, T } from './texts';

/** Meetings, each a link to its page with its status. */
export function MeetingList({ meetings }: { meetings?: readonly DialogueMeetingSummaryFragment[] }) {
  if (!meetings) return null;
  if (!meetings.length) return <Paragraph>{T.noMeetings}</Paragraph>;
  return (
    <ul className="dialogue-meetings" data-testid="dialogue-meetings">
      {meetings.map((m) => (
        <li key={m.id} data-testid="dialogue-meeting" data-meeting={m.id} data-status={m.status}>
          <Link to={meetingPath(m.id)}>
            {T.meetingLine(KINDS[m.kind] ?? m.kind, m.plannedOn, m.employers.map((e) => e.name).join(', '))}
          </Link>{' '}
          <Tag data-color="info">{STATUS[m.status] ?? m.status}</Tag>
        </li>
      ))}
    </ul>
  );
}
