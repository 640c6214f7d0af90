import { Alert } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { useQuery } from 'urql';
import { roleLabel } from '../../app/texts';
import { CitedEventsDocument, EsfReportQuery } from '../../gql/graphql';
import { CitedEvent, TimelineLink } from './TimelineLink';
import { RowToggle, useOpenRow } from './RowToggle';
import { DELIVERABLES, R, T } from './texts';

type Report = EsfReportQuery['esfReport'];
type Activity = Report['activities'][number];

/** The report's activities: one row each, its organisations by role, and its events on request. */
export function ActivityTable({ activities, total }: { activities: Activity[]; total: Report['participants'] }) {
  const open = useOpenRow();
  return (
    <table className="data-table esf-table" data-testid="esf-activities">
      <caption className="visually-hidden">{R.activitiesHeading}</caption>
      <thead>
        <tr>
          {R.activityHeaders.map((h, i) => (
            <th key={h} scope="col" className={i > 3 ? 'num' : undefined}>
              {h}
            </th>
          ))}
          <th scope="col" className="no-print">
            {R.eventsHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {activities.map((a) => (
          <Fragment key={a.stream}>
            <tr data-testid="esf-activity" data-stream={a.stream}>
              <td className="date">{a.heldOn}</td>
              <th scope="row">
                {a.title}
                <span className="muted">
                  {' '}
                  · {DELIVERABLES[a.deliverable] ?? a.deliverable} · {a.format}
                </span>
              </th>
              <td>{a.organiser}</td>
              <td className="orgs">
                <Organisations activity={a} />
              </td>
              <td className="num">{a.participants.managers}</td>
              <td className="num">{a.participants.hr}</td>
              <td className="num">{a.participants.other}</td>
              <td className="num">{a.participants.named}</td>
              <td className="num" data-testid="activity-total">
                {a.participants.total}
              </td>
              <td className="no-print">
                <RowToggle rows={open} row={a.stream} testid="show-events">
                  {R.events(a.sources.length)}
                </RowToggle>
              </td>
            </tr>
            {open.isOpen(a.stream) ? (
              <tr className="no-print">
                <td colSpan={10}>
                  <LineEvents positions={a.sources} title={a.title} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={4}>
            {R.total}
          </th>
          <td className="num">{total.managers}</td>
          <td className="num">{total.hr}</td>
          <td className="num">{total.other}</td>
          <td className="num">{total.named}</td>
          <td className="num">{total.total}</td>
          <td className="no-print" />
        </tr>
      </tfoot>
    </table>
  );
}

function Organisations({ activity }: { activity: Activity }) {
  return (
    <ul className="plain">
      {activity.organisations.map((o) => (
        <li key={o.organisation}>
          {o.name ?? o.organisation}{' '}
          <span className="muted">
            {o.participants
              ? `(${o.participants.managers}/${o.participants.hr}/${o.participants.other})`
              : `(${R.notCounted})`}
          </span>
        </li>
      ))}
      {activity.namedPeople.length ? (
        <li>
          {R.named}: {activity.namedPeople.map((p) => `${p.name ?? T.erased} (${p.organisation})`).join(', ')}
        </li>
      ) : null}
    </ul>
  );
}

/** The events a line was read from, each linked into the timeline. */
function LineEvents({ positions, title }: { positions: string[]; title: string }) {
  const [result] = useQuery({ query: CitedEventsDocument, variables: { positions } });
  if (result.error) return <Alert data-color="danger">{T.failed(R.eventsWhat, result.error.message)}</Alert>;
  if (!result.data) return <p>{T.loading}</p>;
  return (
    <ul className="cited" aria-label={R.eventsCaption(title)} data-testid="line-events">
      {result.data.timeline.edges.map(({ node }) => (
        <li key={node.position}>
          <CitedEvent event={node} />
        </li>
      ))}
    </ul>
  );
}

export function DecisionTable({ decisions }: { decisions: Report['decisions'] }) {
  return (
    <table className="data-table esf-table" data-testid="esf-decisions">
      <caption className="visually-hidden">{R.decisionsHeading}</caption>
      <thead>
        <tr>
          {R.decisionHeaders.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {decisions.map((d) => (
          <tr key={d.eventId} data-testid="esf-decision">
            <td className="date">{d.decidedOn}</td>
            <th scope="row">{d.summary}</th>
            <td>{d.reason ?? ''}</td>
            <td data-testid="decided-by">
              {d.decidedBy.name ?? T.erased}, {roleLabel(d.decidedBy.role)}, {d.decidedBy.organisation}
            </td>
            <td>
              <TimelineLink stream={d.stream} position={d.position} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
