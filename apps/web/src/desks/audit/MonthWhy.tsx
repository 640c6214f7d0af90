import { Alert } from '@digdir/designsystemet-react';
import { useQuery } from 'urql';
import { MonthChangesDocument, ParticipantMonthsQuery } from '../../gql/graphql';
import { swedishDate } from '../timeline/dates';
import { earlierCause, monthWindow } from './months';
import { CitedEvent } from './TimelineLink';
import { M, T } from './texts';

/** The modules whose events make up the participant months. */
const REPORTING_MODULES = new Set(['forums', 'knowledge', 'momentum']);

type Month = ParticipantMonthsQuery['participantMonths'][number];

/**
 * Why a month must be reported again: for a change of its own, the events that happened in the
 * month and were recorded after the report read the store (the correction among them); else the
 * earlier month whose change or re-report it follows.
 */
export function MonthWhy({ month, months }: { month: string; months: Month[] }) {
  const own = months.find((m) => m.month === month);
  const changed = own?.because === 'CHANGED';
  const [result] = useQuery({
    query: MonthChangesDocument,
    variables: { filter: monthWindow(month) },
    pause: !changed,
  });
  if (!changed) {
    const earlier = earlierCause(months, month);
    return <p data-testid="month-why-text">{earlier ? M.whyEarlier(earlier) : M.whyUnknown}</p>;
  }
  if (result.error) return <Alert data-color="danger">{T.failed(M.changesWhat, result.error.message)}</Alert>;
  if (!result.data) return <p>{T.loading}</p>;
  const covered = BigInt(own?.report?.coveredPosition ?? '0');
  const events = result.data.timeline.edges
    .map((e) => e.node)
    .filter(
      (e) =>
        REPORTING_MODULES.has(e.module) && swedishDate(e.occurredAt).startsWith(month) && BigInt(e.position) > covered,
    );
  return (
    <div data-testid="month-why-text">
      <p>{M.whyChanged(month)}</p>
      <ul className="cited">
        {events.map((e) => (
          <li key={e.position} data-testid="month-cause">
            <CitedEvent event={e} />
          </li>
        ))}
      </ul>
    </div>
  );
}
