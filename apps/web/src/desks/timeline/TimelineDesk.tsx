import './timeline.css';
import { Alert, Button, Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { LabelledSelect } from '../../app/LabelledSelect';
import { Suggestions } from '../../forms/fields/field-extras';
import { FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { EntryFragment, TimelineFilterInput, TimelineLiveDocument, TimelinePageDocument } from '../../gql/graphql';
import { EMPTY_FILTER, FilterValues, toApiFilter } from './dates';
import { EntityPanel } from './EntityPanel';
import { EntryItem } from './Entry';
import { MODULES, T } from './texts';

const PAGE_SIZE = 50;
/** The filter, kept while the person moves between desks. */
let saved: FilterValues = { ...EMPTY_FILTER };

interface ListState {
  entries: EntryFragment[];
  live: EntryFragment[];
  hasNext: boolean;
  error?: string;
  forbidden?: boolean;
}

const isForbidden = (error: { graphQLErrors: { extensions?: Record<string, unknown> }[] }) =>
  error.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');

/**
 * Every event with who, when, what and why: filters (late entries too), endless scrolling 50 at a
 * time, live entries over graphql-ws at the top marked "Ny", and the entity panel. An address
 * #/tidslinje?strom=plan-2027&handelse=42 (evidence on the steering group's desk) filters on the
 * entity and opens it with that event marked.
 */
export default function TimelineDesk() {
  const client = useClient();
  const [params] = useSearchParams();
  const linked = params.get('strom');
  const [filter, setFilter] = useState<FilterValues>(() => (linked ? { ...EMPTY_FILTER, stream: linked } : saved));
  const [draft, setDraft] = useState<FilterValues>(filter);
  const [list, setList] = useState<ListState>({ entries: [], live: [], hasNext: true });
  const [loading, setLoading] = useState(false);
  const [liveStatus, setLiveStatus] = useState<string>(T.live);
  const [entity, setEntity] = useState<{ stream: string; highlight?: string } | null>(() =>
    linked ? { stream: linked, highlight: params.get('handelse') ?? undefined } : null,
  );
  const cursor = useRef<string | null>(null);
  const busy = useRef(false);
  const generation = useRef(0);
  const shown = useRef(new Set<string>());
  const sentinel = useRef<HTMLDivElement>(null);
  const hasNext = useRef(true);

  const loadMore = useCallback(async () => {
    if (busy.current || !hasNext.current) return;
    busy.current = true;
    setLoading(true);
    const mine = generation.current;
    const result = await client
      .query(
        TimelinePageDocument,
        { first: PAGE_SIZE, after: cursor.current, filter: toApiFilter(filter) as TimelineFilterInput },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (mine !== generation.current) return;
    busy.current = false;
    setLoading(false);
    if (result.error || !result.data) {
      const forbidden = result.error ? isForbidden(result.error) : false;
      setList((l) => ({ ...l, error: result.error?.message ?? '', forbidden }));
      return;
    }
    const page = result.data.timeline;
    const fresh = page.edges.map((e) => e.node).filter((n) => !shown.current.has(n.position));
    for (const n of fresh) shown.current.add(n.position);
    cursor.current = page.pageInfo.endCursor ?? cursor.current;
    hasNext.current = page.pageInfo.hasNextPage;
    setList((l) => ({ ...l, entries: [...l.entries, ...fresh], hasNext: hasNext.current, error: undefined }));
  }, [client, filter]);

  // A new filter: the list from the start, and the live feed with the same filter.
  useEffect(() => {
    saved = filter;
    generation.current += 1;
    cursor.current = null;
    busy.current = false;
    hasNext.current = true;
    shown.current = new Set();
    setList({ entries: [], live: [], hasNext: true });
    setLiveStatus(T.live);
    const live = client
      .subscription(TimelineLiveDocument, { filter: toApiFilter(filter) as TimelineFilterInput })
      .subscribe((result) => {
        if (result.error) {
          setLiveStatus(isForbidden(result.error) ? T.liveForbidden : T.liveBroken(result.error.message));
          return;
        }
        const entry = result.data?.timelineAppended;
        if (!entry || shown.current.has(entry.position)) return;
        shown.current.add(entry.position);
        setList((l) => ({ ...l, live: [entry, ...l.live] }));
      });
    void loadMore();
    return () => live.unsubscribe();
  }, [client, filter, loadMore]);

  // Endless scrolling: the sentinel below the list asks for the next page; a short page on a tall window keeps filling.
  useEffect(() => {
    const target = sentinel.current;
    if (!target) return;
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && void loadMore(), {
      rootMargin: '300px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [loadMore, list.forbidden]);
  useEffect(() => {
    if (
      !loading &&
      list.hasNext &&
      sentinel.current &&
      sentinel.current.getBoundingClientRect().top < innerHeight + 300
    )
      void loadMore();
  }, [loading, list.hasNext, list.entries.length, loadMore]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft });
  };
  const reset = () => {
    setDraft({ ...EMPTY_FILTER });
    setFilter({ ...EMPTY_FILTER });
  };

  /** A correction link: the event in the list if it is loaded, else its stream in the panel. */
  const showEvent = async (position: string) => {
    const element = document.getElementById(`event-${position}`);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      element.classList.add('highlight');
      setTimeout(() => element.classList.remove('highlight'), 2500);
      return;
    }
    // A timeline cursor is the position, base64-encoded: start right before this one.
    const after = position === '0' ? null : btoa(String(BigInt(position) - 1n));
    const result = await client.query(TimelinePageDocument, { first: 1, after, filter: null }).toPromise();
    const node = result.data?.timeline.edges[0]?.node;
    if (node) setEntity({ stream: node.stream, highlight: node.position });
  };
  const open = (stream: string) => setEntity({ stream });
  const field = <K extends keyof FilterValues>(key: K, value: FilterValues[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  /** A text or choice filter bound to its draft value, named `filter-<key>` for tests. */
  const bound = (key: Exclude<keyof FilterValues, 'lateOnly'>) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => field(key, e.target.value),
    'data-testid': `filter-${key}`,
  });

  const count = `(${list.entries.length + list.live.length}${list.hasNext ? '+' : ''})`;
  return (
    <div className="timeline-desk">
      <div className="page-head">
        <Heading level={1} data-size="lg">
          {T.title}
        </Heading>
        <p className="live-status" data-testid="live-status" aria-live="polite">
          {liveStatus}
        </p>
      </div>
      <Paragraph>{T.intro}</Paragraph>
      {list.forbidden ? (
        <div data-testid="timeline-forbidden">
          <Alert data-color="warning" data-testid="forbidden">
            {T.forbidden(T.timeline)}
          </Alert>
        </div>
      ) : (
        <div className="timeline-view">
          <form className="filters" aria-labelledby="filter-heading" data-testid="timeline-filters" onSubmit={apply}>
            <Heading level={2} data-size="xs" id="filter-heading">
              {T.filters}
            </Heading>
            <div className="filter-grid">
              <LabelledSelect label={T.module} any={T.allModules} options={MODULES} {...bound('module')} />
              <LabelledSelect
                label={T.kind}
                any={T.allKinds}
                options={{ decision: T.decisions, action: T.actions }}
                {...bound('kind')}
              />
              <Textfield
                label={T.organisation}
                placeholder={T.organisationPlaceholder}
                list="organisations"
                autoComplete="off"
                {...bound('organisation')}
              />
              <Textfield label={T.stream} placeholder={T.streamPlaceholder} autoComplete="off" {...bound('stream')} />
              <Textfield label={T.from} type="date" {...bound('from')} />
              <Textfield label={T.to} type="date" {...bound('to')} />
              <Checkbox
                label={T.lateOnly}
                checked={draft.lateOnly}
                onChange={(e) => field('lateOnly', e.target.checked)}
                data-testid="filter-late"
              />
            </div>
            <Suggestions id="organisations" values={['FK', 'AV', 'FHM', 'SKR']} />
            <div className="form-actions">
              <Button type="submit" data-testid="filter-apply">
                {T.apply}
              </Button>
              <Button type="button" variant="secondary" onClick={reset} data-testid="filter-reset">
                {T.reset}
              </Button>
            </div>
          </form>
          <div className="timeline-layout">
            <div className="timeline-main">
              <section className="live-section" aria-labelledby="live-heading" hidden={!list.live.length}>
                <Heading level={2} data-size="xs" id="live-heading">
                  {T.liveHeading}
                </Heading>
                <ol className="entries" data-testid="timeline-live" aria-live="polite" aria-relevant="additions">
                  {list.live.map((entry) => (
                    <EntryItem key={entry.position} entry={entry} isNew openEntity={open} showEvent={showEvent} />
                  ))}
                </ol>
              </section>
              <section aria-labelledby="list-heading">
                <Heading level={2} data-size="xs" id="list-heading">
                  {T.listHeading}
                  <span className="count" data-testid="timeline-count">
                    {count}
                  </span>
                </Heading>
                <ol className="entries" data-testid="timeline-list">
                  {list.entries.map((entry) => (
                    <EntryItem key={entry.position} entry={entry} openEntity={open} showEvent={showEvent} />
                  ))}
                </ol>
                <div className="sentinel" ref={sentinel} aria-hidden="true" />
                <div className="list-status" aria-live="polite">
                  {loading ? <Paragraph>{T.loading}</Paragraph> : null}
                  {list.error !== undefined ? (
                    <Alert data-color="danger" data-testid="error">
                      {T.failed(T.timeline, list.error)}
                    </Alert>
                  ) : null}
                  {!loading && !list.hasNext ? (
                    <Paragraph data-size="sm">{list.entries.length ? T.noMore : T.noMatch}</Paragraph>
                  ) : null}
                </div>
                {list.hasNext && !loading ? (
                  <Button variant="secondary" data-testid="timeline-more" onClick={() => void loadMore()}>
                    {T.more}
                  </Button>
                ) : null}
              </section>
            </div>
            {entity ? (
              <EntityPanel
                key={`${entity.stream}-${entity.highlight ?? ''}`}
                stream={entity.stream}
                highlight={entity.highlight}
                onClose={() => setEntity(null)}
              />
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}
