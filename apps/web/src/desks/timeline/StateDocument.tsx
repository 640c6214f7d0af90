import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { EntityAsOfDocument } from '../../gql/graphql';
import { Change, changesBetween, documentRows } from './state-document';
import { T } from './texts';
import './state-document.css';

/** The state as a labelled document, not JSON: each value under its Swedish label. */
export function StateDocument({ state }: { state: unknown }) {
  const rows = documentRows(state);
  if (!rows.length) return <p>–</p>;
  return (
    <dl className="state-document" data-testid="state-document">
      {rows.map((r) => (
        <div key={r.path} data-path={r.path}>
          <dt>{r.label}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * What each revision changed: the state after it against the state before it, read with time travel
 * by revision. Null for a revision not read yet; revisions are read one after the other.
 */
export function useRevisionChanges(stream: string, revisions: number[]): Map<number, Change[] | null> {
  const client = useClient();
  const [changes, setChanges] = useState(new Map<number, Change[] | null>());
  const wanted = revisions.join(',');
  useEffect(() => {
    let alive = true;
    setChanges(new Map());
    void (async () => {
      const states = new Map<number, unknown>();
      const stateAt = async (revision: number) => {
        if (revision < 0) return null;
        if (!states.has(revision)) {
          const r = await client
            .query(EntityAsOfDocument, { stream, revision, clock: 'RECORDED' }, { requestPolicy: 'network-only' })
            .toPromise();
          states.set(revision, r.data?.entityAsOf.existed ? r.data.entityAsOf.state : null);
        }
        return states.get(revision);
      };
      for (const revision of [...new Set(wanted.split(',').filter(Boolean).map(Number))].sort((a, b) => a - b)) {
        const before = await stateAt(revision - 1);
        const after = await stateAt(revision);
        if (!alive) return;
        setChanges((m) => new Map(m).set(revision, changesBetween(before, after)));
      }
    })();
    return () => {
      alive = false;
    };
  }, [client, stream, wanted]);
  return changes;
}

export function RevisionChanges({ changes }: { changes: Change[] | null | undefined }) {
  if (changes === undefined || changes === null) return null;
  if (!changes.length) return <p className="muted">{T.noChange}</p>;
  return (
    <table className="changes" data-testid="revision-changes">
      <caption>{T.changed}</caption>
      <thead>
        <tr>
          <th scope="col">{T.changeHeaders[0]}</th>
          <th scope="col">{T.changeHeaders[1]}</th>
          <th scope="col">{T.changeHeaders[2]}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.label}>
            <th scope="row">{c.label}</th>
            <td>{c.before}</td>
            <td>{c.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
