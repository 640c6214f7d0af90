import type { ReactNode } from 'react';
import type { EntryFragment } from '../../gql/graphql';
import { roleLabel } from '../../app/texts';
import { formatDateTime, swedishDate } from './dates';
import { KINDS, MODULES, T } from './texts';

type Entry = EntryFragment;

/**
 * When: the world's date, and the recording date where that was another day ("beslutat 2024-02-20,
 * registrerat 2026-12-02"). A fact dated by its handling has a real time of day; a stated date has none.
 */
export function When({ entry }: { entry: Entry }) {
  const occurred = swedishDate(entry.occurredAt);
  const recorded = swedishDate(entry.recordedAt);
  const verb = entry.kind === 'decision' ? T.decided : T.happened;
  const source = entry.occurredDerived ? T.derived : '';
  const recordedTitle = T.recordedTitle(formatDateTime(entry.recordedAt));
  if (occurred !== recorded)
    return (
      <span className="when" data-testid="entry-when">
        <time dateTime={entry.occurredAt} title={`${T.dateFrom(entry.occurredFrom)}${source}`}>
          {verb} {occurred}
        </time>
        {', '}
        <time dateTime={entry.recordedAt} title={recordedTitle}>
          {T.recorded} {recorded}
        </time>
      </span>
    );
  return (
    <time className="when" dateTime={entry.occurredAt} title={`${recordedTitle}${source}`} data-testid="entry-when">
      {entry.occurredFrom === 'handling' ? formatDateTime(entry.occurredAt) : `${verb} ${occurred}`}
    </time>
  );
}

/** A late entry's marker: recorded more days after the fact than the workspace allows (LATE_ENTRY_DAYS). */
export function LateBadge({ entry }: { entry: Entry }) {
  if (!entry.lateEntry) return null;
  return (
    <span
      className="badge late"
      data-testid="late-badge"
      title={T.lateTitle(entry.daysLate, entry.kind === 'decision')}
    >
      {T.late}
    </span>
  );
}

export function KindBadge({ kind }: { kind?: string | null }) {
  if (!kind) return null;
  return (
    <span className={`badge kind-${kind}`} data-testid="kind-badge">
      {KINDS[kind] ?? kind}
    </span>
  );
}

export function actorText(actor?: { name?: string | null; role: string; organisation: string } | null): string {
  if (!actor) return T.system;
  return [actor.name ?? T.unknownPerson, roleLabel(actor.role), actor.organisation].filter(Boolean).join(' · ');
}

function Reason({ reason }: { reason?: string | null }) {
  return reason ? (
    <p className="reason">
      <span className="label">{T.reason}</span>
      {reason}
    </p>
  ) : null;
}

/** One entry of the timeline list. */
export function EntryItem({
  entry,
  isNew = false,
  openEntity,
  showEvent,
}: {
  entry: Entry;
  isNew?: boolean;
  openEntity: (stream: string) => void;
  showEvent: (position: string) => void;
}) {
  const link = (l: { position: string; reason?: string | null }, text: string) => (
    <li key={`${text}-${l.position}`}>
      <button type="button" className="link" data-testid="correction-link" onClick={() => showEvent(l.position)}>
        {text} #{l.position}
      </button>
      {l.reason ? `: ${l.reason}` : ''}
    </li>
  );
  return (
    <li
      id={`event-${entry.position}`}
      tabIndex={-1}
      className={`entry${isNew ? ' is-new' : ''}`}
      data-testid="timeline-entry"
      data-position={entry.position}
      data-module={entry.module}
      data-kind={entry.kind ?? ''}
      data-stream={entry.stream}
    >
      <div className="entry-head">
        <When entry={entry} />
        <KindBadge kind={entry.kind} />
        <LateBadge entry={entry} />
        <span className="badge module">{MODULES[entry.module] ?? entry.module}</span>
        {isNew ? (
          <span className="badge new" data-testid="new-badge">
            {T.newBadge}
          </span>
        ) : null}
      </div>
      <p className="summary" data-testid="entry-summary">
        {entry.summary}
      </p>
      <p className="meta">{actorText(entry.actor)}</p>
      <Reason reason={entry.reason} />
      {entry.corrects || entry.correctedBy.length ? (
        <ul className="corrections">
          {entry.corrects ? link(entry.corrects, T.corrects) : null}
          {entry.correctedBy.map((l) => link(l, T.correctedBy))}
        </ul>
      ) : null}
      <p className="entry-foot">
        <button
          type="button"
          className="link stream-link"
          data-testid="stream-link"
          onClick={() => openEntity(entry.stream)}
          aria-label={T.showEntity(entry.stream)}
        >
          {entry.stream}
        </button>
        <span className="muted">{T.foot(entry.revision, entry.position, entry.type)}</span>
      </p>
    </li>
  );
}

/** One event of an entity's history in the panel, with a button for the state right after it. */
export function HistoryItem({
  node,
  highlight,
  showRevision,
  children,
}: {
  node: Entry;
  highlight?: string;
  showRevision: (revision: number) => void;
  /** What the revision changed, where the panel has read it. */
  children?: ReactNode;
}) {
  return (
    <li
      className={`history-item${node.position === highlight ? ' highlight' : ''}`}
      data-testid="history-item"
      data-position={node.position}
    >
      <div className="entry-head">
        <When entry={node} />
        <KindBadge kind={node.kind} />
        <LateBadge entry={node} />
        <span className="muted">version {node.revision}</span>
      </div>
      <p className="summary">{node.summary}</p>
      <p className="meta">{actorText(node.actor)}</p>
      <Reason reason={node.reason} />
      {children}
      <button type="button" className="link" onClick={() => showRevision(node.revision)}>
        {T.showAfter(node.revision)}
      </button>
    </li>
  );
}
