import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../app/LabelledSelect';
import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import {
  AsOfClock,
  EntityAsOfDocument,
  EntityAsOfQuery,
  EntityHistoryDocument,
  EntryFragment,
} from '../../gql/graphql';
import { formatDateTime } from './dates';
import { actorText, HistoryItem } from './Entry';
import { RevisionChanges, StateDocument, useRevisionChanges } from './StateDocument';
import { CLOCKS, T } from './texts';

const PAGE_SIZE = 50;
const pad = (n: number) => String(n).padStart(2, '0');
const localInputValue = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;

type State = EntityAsOfQuery['entityAsOf'];
type Shown = { state?: State; label: string; error?: string; forbidden?: boolean } | 'loading';

/** One entity's history and its state at a chosen moment or version, on the clock the user picks. */
export function EntityPanel({
  stream,
  highlight,
  onClose,
}: {
  stream: string;
  highlight?: string;
  onClose: () => void;
}) {
  const client = useClient();
  const [at, setAt] = useState(() => localInputValue(new Date()));
  const [clock, setClock] = useState<AsOfClock>('RECORDED');
  const [shown, setShown] = useState<Shown>('loading');
  const [history, setHistory] = useState<EntryFragment[]>([]);
  const [cursor, setCursor] = useState<{ after: string | null; more: boolean }>({ after: null, more: false });
  const [historyError, setHistoryError] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const generation = useRef(0);

  const showState = useCallback(
    async (variables: { at?: string; revision?: number }, label: string, chosenClock: AsOfClock) => {
      const mine = generation.current;
      setShown('loading');
      const result = await client
        .query(EntityAsOfDocument, { stream, clock: chosenClock, ...variables }, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine !== generation.current) return;
      if (result.error) {
        const forbidden = result.error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
        setShown({ label, error: result.error.message, forbidden });
      } else setShown({ state: result.data?.entityAsOf, label });
    },
    [client, stream],
  );

  const loadHistory = useCallback(
    async (after: string | null) => {
      const mine = generation.current;
      const result = await client
        .query(EntityHistoryDocument, { stream, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine !== generation.current) return;
      if (result.error || !result.data) return setHistoryError(result.error?.message ?? '');
      const page = result.data.entityHistory;
      setHistory((items) => [...items, ...page.edges.map((e) => e.node)]);
      setCursor({ after: page.pageInfo.endCursor ?? after, more: page.pageInfo.hasNextPage });
    },
    [client, stream],
  );

  useEffect(() => {
    generation.current += 1;
    setHistory([]);
    setHistoryError(undefined);
    heading.current?.focus();
    // On opening: the state now (the input's whole seconds would miss an event of this second).
    void showState({}, T.now, 'RECORDED');
    void loadHistory(null);
  }, [stream, showState, loadHistory]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const iso = at ? new Date(at).toISOString() : undefined;
    void showState({ at: iso }, at ? T.at(formatDateTime(iso)) : T.now, clock);
  };
  const showRevision = (revision: number) => void showState({ revision }, T.after(revision), clock);
  const changes = useRevisionChanges(
    stream,
    history.map((h) => h.revision),
  );

  return (
    <aside className="entity-panel" data-testid="entity-panel" aria-labelledby="entity-heading">
      <div className="panel-head">
        <Heading level={2} data-size="sm" id="entity-heading" tabIndex={-1} ref={heading}>
          {T.entity}
          <code>{stream}</code>
        </Heading>
        <Button variant="secondary" data-size="sm" data-testid="entity-close" onClick={onClose}>
          {T.close}
        </Button>
      </div>
      <form className="as-of-form" onSubmit={submit}>
        <Textfield
          label={T.asOfAt}
          type="datetime-local"
          step={1}
          value={at}
          onChange={(e) => setAt(e.target.value)}
          data-testid="as-of-at"
        />
        <LabelledSelect
          label={T.asOfClock}
          options={CLOCKS}
          value={clock}
          onChange={(e) => setClock(e.target.value as AsOfClock)}
          data-testid="as-of-clock"
        />
        <Button type="submit" data-testid="as-of-show">
          {T.showState}
        </Button>
      </form>
      <div className="as-of" data-testid="entity-state" aria-live="polite">
        <StateView shown={shown} />
      </div>
      <Heading level={3} data-size="xs">
        {T.history}
      </Heading>
      <ol className="history" data-testid="entity-history">
        {history.map((node) => (
          <HistoryItem key={node.position} node={node} highlight={highlight} showRevision={showRevision}>
            <RevisionChanges changes={changes.get(node.revision)} />
          </HistoryItem>
        ))}
      </ol>
      {historyError !== undefined ? <Alert data-color="danger">{T.failed(T.historyWhat, historyError)}</Alert> : null}
      {cursor.more ? (
        <Button variant="secondary" onClick={() => void loadHistory(cursor.after)}>
          {T.more}
        </Button>
      ) : null}
    </aside>
  );
}

function StateView({ shown }: { shown: Shown }) {
  if (shown === 'loading') return <Paragraph>{T.stateLoading}</Paragraph>;
  if (shown.error !== undefined)
    return (
      <Alert data-color="danger" data-testid={shown.forbidden ? 'forbidden' : 'error'}>
        {shown.forbidden ? T.forbidden(T.state) : T.failed(T.state, shown.error)}
      </Alert>
    );
  const state = shown.state!;
  const clock = (
    <Paragraph data-size="sm" data-testid="entity-clock" data-clock={state.clock}>
      {T.clockUsed(CLOCKS[state.clock] ?? state.clock)}
    </Paragraph>
  );
  if (!state.existed)
    return (
      <div>
        <p className="notice" role="status" data-testid="entity-not-existed">
          {T.notYet(shown.label)}
        </p>
        {clock}
      </div>
    );
  return (
    <div>
      <p className="headline">
        {T.stateHeadline(
          shown.label,
          state.revision,
          state.currentRevision,
          state.lastChangeAt ? formatDateTime(state.lastChangeAt) : undefined,
        )}
      </p>
      {clock}
      {state.people.length ? (
        <>
          <Heading level={3} data-size="2xs">
            {T.people}
          </Heading>
          <ul className="people" data-testid="entity-people">
            {state.people.map((p) => (
              <li key={p.id} className={p.erased ? 'erased' : undefined}>
                {p.erased ? T.erased : (p.name ?? T.unknown)}
                {p.organisation ? ` (${p.organisation})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {state.actors.length ? (
        <>
          <Heading level={3} data-size="2xs">
            {T.changedBy}
          </Heading>
          <ul className="people">
            {state.actors.map((a) => (
              <li key={a.id}>{actorText(a)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <Heading level={3} data-size="2xs">
        {T.stateHeading}
      </Heading>
      <StateDocument state={state.state} />
    </div>
  );
}
