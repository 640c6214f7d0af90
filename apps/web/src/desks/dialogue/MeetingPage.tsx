import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Section } from '../../app/DeskPage';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import { ReloadButton, timelinePath } from '../../app/HistoryLink';
import { DialogueMeetingDocument, DialogueMeetingDocumentFragment } from '../../gql/graphql';
import { MeetingCommands } from './MeetingCommands';
import { Outcomes } from './Outcomes';
import { areaPath } from './paths';
import { AGENCIES, AUDIENCES, KINDS, STATUS, T } from './texts';

export type Meeting = DialogueMeetingDocumentFragment;

/** One dialogue meeting: what was planned, who took part, whether it was held, its outcomes and their follow-ups. */
export function MeetingPage() {
  const id = useParams().id ?? '';
  const page = useEntityPage({ query: DialogueMeetingDocument, variables: { id } });
  const { forms } = page;
  const meeting = page.data?.dialogueMeeting;
  const year = Number(meeting?.plannedOn.slice(0, 4));
  const back = meeting
    ? { to: areaPath(year, meeting.area), label: T.backToArea(meeting.area, year), testid: 'back-to-area' }
    : { to: '/dialog', label: T.back };
  return (
    <EntityPage page={page} entity={meeting} back={back} texts={T}>
      {(meeting) => (
        <>
          <Heading level={1} data-size="lg">
            {T.meetingTitle(KINDS[meeting.kind] ?? meeting.kind, meeting.area)}
          </Heading>
          <Facts meeting={meeting} />
          <MeetingCommands meeting={meeting} forms={forms} />
          <Details meeting={meeting} />
          <Outcomes meeting={meeting} forms={forms} />
          <Paragraph data-size="sm">
            <Link to={timelinePath(`dialogueMeeting-${meeting.id}`)} data-testid="meeting-timeline-link">
              {T.timelineLink}
            </Link>
          </Paragraph>
          <ReloadButton forms={forms} label={T.reload} />
        </>
      )}
    </EntityPage>
  );
}

function Facts({ meeting }: { meeting: Meeting }) {
  const F = T.facts;
  return (
    <dl className="facts" data-testid="meeting-facts">
      <dt>{F.status}</dt>
      <dd data-testid="meeting-status" data-status={meeting.status}>
        <Tag data-color="info">{STATUS[meeting.status] ?? meeting.status}</Tag>
      </dd>
      <dt>{F.plannedOn}</dt>
      <dd>{meeting.plannedOn}</dd>
      {meeting.heldOn ? (
        <>
          <dt>{F.heldOn}</dt>
          <dd>{meeting.heldOn}</dd>
          <dt>{F.employerParticipants}</dt>
          <dd data-testid="employer-participants">{meeting.employerParticipants}</dd>
        </>
      ) : null}
      {meeting.cancellationReason ? (
        <>
          <dt>{F.cancellationReason}</dt>
          <dd>{meeting.cancellationReason}</dd>
        </>
      ) : null}
      <dt>{F.audiences}</dt>
      <dd>{meeting.audiences.map((a) => AUDIENCES[a] ?? a).join(', ')}</dd>
      <dt>{F.revision}</dt>
      <dd>{meeting.revision}</dd>
    </dl>
  );
}

/** A heading, and the items or a line saying there are none. */
function Listing({ id, heading, empty, testid, children }: ListingProps) {
  return (
    <Section id={id} heading={heading} none={children.length ? null : empty}>
      <ul data-testid={testid}>{children}</ul>
    </Section>
  );
}

interface ListingProps {
  id: string;
  heading: string;
  empty?: string;
  testid: string;
  children: ReactNode[];
}

function Details({ meeting }: { meeting: Meeting }) {
  return (
    <>
      <Listing id="employers-heading" heading={T.employersHeading} testid="meeting-employers">
        {meeting.employers.map((e) => (
          <li key={e.organisationNumber}>
            {e.name} ({e.organisationNumber})
          </li>
        ))}
      </Listing>
      <Listing id="topics-heading" heading={T.topicsHeading} empty={T.noTopics} testid="meeting-topics">
        {meeting.topics.map((t, i) => (
          <li key={i}>
            {t.title}
            {t.citedInspectionId ? (
              <>
                {' ('}
                <Link
                  to={`/tillsyn/inspektion/${encodeURIComponent(t.citedInspectionId)}`}
                  data-testid="cited-inspection"
                >
                  {T.cites(t.citedInspectionId)}
                </Link>
                )
              </>
            ) : null}
          </li>
        ))}
      </Listing>
      <Listing
        id="participants-heading"
        heading={T.participantsHeading}
        empty={T.noParticipants}
        testid="meeting-participants"
      >
        {meeting.participants.map((p) => (
          <li key={p.personId} data-agency={p.agency}>
            {p.name ?? T.erased}, {AGENCIES[p.agency] ?? p.agency}
          </li>
        ))}
      </Listing>
    </>
  );
}
