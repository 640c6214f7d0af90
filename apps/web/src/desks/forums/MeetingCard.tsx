import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { OpenForm } from '../../forms/open-forms';
import { EntitySection } from './EntitySection';
import { CommandBar } from './ForumCommands';
import type { Forum, Meeting } from './ForumRoom';
import { HistoryLink } from '../../app/HistoryLink';
import { meetingCommands } from './meeting-commands';
import { FORMATS, MEETING_STATUS, T } from './texts';
import { HeadedList } from '../../app/HeadedList';

/** The forum's meetings in date order, each with what its status allows. */
export function MeetingsSection({ forum, forms }: { forum: Forum; forms: OpenForm }) {
  return (
    <EntitySection
      id="meetings-heading"
      title={T.meetingsHeading}
      empty={forum.meetings.length ? null : T.noMeetings}
      testid="meetings"
    >
      {forum.meetings.map((meeting) => (
        <MeetingCard key={meeting.id} forum={forum} meeting={meeting} forms={forms} />
      ))}
    </EntitySection>
  );
}

function MeetingCard({ forum, meeting, forms }: { forum: Forum; meeting: Meeting; forms: OpenForm }) {
  return (
    <li>
      <Card data-testid="meeting" data-meeting={meeting.id} data-status={meeting.status}>
        <Heading level={3} data-size="xs">
          {meeting.date}: {meeting.title}
        </Heading>
        <Paragraph data-size="sm">
          <Tag data-color={meeting.status === 'CANCELLED' ? 'neutral' : 'info'}>
            {MEETING_STATUS[meeting.status] ?? meeting.status}
          </Tag>{' '}
          {FORMATS[meeting.format] ?? meeting.format} · {meeting.term} {meeting.year}
        </Paragraph>
        <HeadedList heading={T.agenda} level={4} items={meeting.agenda}>
          {(item) => `${item.topic} (${item.speakerOrganisation})`}
        </HeadedList>
        {meeting.heldOn ? <Paragraph data-size="sm">{T.heldOn(meeting.heldOn)}</Paragraph> : null}
        {meeting.minutes ? (
          <Paragraph data-size="sm" data-testid="minutes">
            <strong>{T.minutes}:</strong> {meeting.minutes}
          </Paragraph>
        ) : null}
        {meeting.cancellationReason ? (
          <Paragraph data-size="sm">{T.cancelled(meeting.cancellationReason)}</Paragraph>
        ) : null}
        {meeting.status === 'HELD' ? <Attendance meeting={meeting} /> : null}
        <CommandBar
          commands={meetingCommands(forum, meeting, forms)}
          forms={forms}
          mayAct={forum.mayAct}
          entity={meeting.id}
        />
        <HistoryLink stream={`forumMeeting-${meeting.id}`} label={T.timelineLink} testid="meeting-timeline-link" />
      </Card>
    </li>
  );
}

/** Who came: member employers with their people by role, and the named guests. */
function Attendance({ meeting }: { meeting: Meeting }) {
  const attendance = meeting.attendance;
  return (
    <div data-testid="attendance">
      <Heading level={4} data-size="2xs">
        {T.attendance}
      </Heading>
      {!attendance ? (
        <Paragraph data-size="sm">{T.noAttendance}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm" data-testid="attendance-summary">
            {T.attendanceSummary(
              attendance.organisations,
              attendance.participants.total,
              attendance.participants.guests,
            )}
          </Paragraph>
          <ul>
            {attendance.members.map((m) => (
              <li key={m.organisationNumber} data-attendee={m.organisationNumber}>
                {m.employerName ?? `${m.organisationNumber} (${T.leftEmployer})`}:{' '}
                {T.roleCounts(m.participants.managers, m.participants.hr, m.participants.other)}
              </li>
            ))}
          </ul>
          {attendance.guests.length ? (
            <Paragraph data-size="sm" data-testid="guests">
              {T.guests}: {attendance.guests.map((g) => `${g.name} (${g.organisation})`).join(', ')}
            </Paragraph>
          ) : null}
        </>
      )}
    </div>
  );
}
