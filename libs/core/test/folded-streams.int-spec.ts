import { SqliteEventStore } from '@samverkan/event-store';
import { CommandContext, handleCommand } from '../src/pipeline/handle-command';
import { FoldedStream, FoldedStreams } from '../src/pipeline/folded-streams';
import { loadState } from '../src/pipeline/load-state';
import { openScratchWorkspace, ScratchWorkspace } from '../src/testing/scratch-workspace';
import { contextOf, counterCatalog, counterDecider, CounterCommand } from './counter.decider';

const now = new Date('2025-03-20T10:00:00Z');
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by }, metadata: { now } });
const actor = { id: 'dev-steering-group', organisation: 'FK', role: 'STEERING_GROUP' };
const context = (extra: Partial<CommandContext> = {}) => contextOf(actor, extra);

describe('Folded streams kept between commands', () => {
  let workspace: ScratchWorkspace;
  let folded: FoldedStreams;
  const catalog = counterCatalog();
  const run = (command: CounterCommand, ctx: CommandContext = context()) =>
    handleCommand({ ...workspace, folded }, 'counter-1', counterDecider, command, ctx);

  beforeEach(() => {
    workspace = openScratchWorkspace(catalog);
    folded = new FoldedStreams();
  });
  afterEach(() => workspace.close());

  describe('given a stream folded by earlier commands', () => {
    it('reads only the events appended since it was folded, and decides on them too', async () => {
      // given
      for (const by of [1, 2, 3]) await run(increment(by));
      const reads: unknown[] = [];
      const readStream = workspace.store.readStream.bind(workspace.store);
      workspace.store.readStream = (stream, options) => (reads.push(options), readStream(stream, options));

      // when
      await run(increment(4));
      const state = await loadState({ ...workspace, folded }, 'counter-1', counterDecider);

      // then: each command folded the stream before its own append, so the next reads from there
      expect(reads).toEqual([{ fromRevision: 2 }, { fromRevision: 3 }]);
      expect(state).toEqual({ state: 10, revision: 3 });
    });

    it('when another process appends to the stream, then the next command decides on its events as well', async () => {
      // given
      await run(increment(4));
      const other = SqliteEventStore.open(workspace.store['db'].name as string);
      try {
        await handleCommand({ store: other, catalog }, 'counter-1', counterDecider, increment(5), context());
      } finally {
        await other.close();
      }

      // when the cached fold says 4, the store says 9
      const refused = run(increment(2));

      // then
      await expect(refused).rejects.toMatchObject({ code: 'COUNTER_CEILING' });
      await expect(run(increment(1))).resolves.toMatchObject({ revision: 2 });
    });

    it('when a command id comes again, then it is recognised from the fold and answered as a replay', async () => {
      // given
      const ctx = context();
      const first = await run(increment(2), ctx);
      await run(increment(3));

      // when
      const again = await run(increment(2), ctx);

      // then
      expect(again).toMatchObject({ replayed: true, revision: first.revision, position: first.position });
      expect(await workspace.store.readStream('counter-1')).toHaveLength(2);
    });
  });

  it('keeps at most its capacity of streams, forgetting the least recently used', async () => {
    // given
    const small = new FoldedStreams(2);
    const deps = { ...workspace, folded: small };
    for (const stream of ['counter-a', 'counter-b', 'counter-c']) {
      await handleCommand(deps, stream, counterDecider, increment(1), context());
    }
    for (const stream of ['counter-a', 'counter-b']) await loadState(deps, stream, counterDecider);

    // when
    await loadState(deps, 'counter-a', counterDecider);
    await loadState(deps, 'counter-c', counterDecider);

    // then
    expect(small.get('counter-a', counterDecider)).toMatchObject({ revision: 0 });
    expect(small.get('counter-b', counterDecider)).toBeUndefined();
    expect(small.get('counter-c', counterDecider)).toMatchObject({ revision: 0 });
  });

  it('when another decider folds the same stream, then it folds the stream itself, not the state the first one kept', async () => {
    // given: the counter's fold of counter-1 is kept, at state 9
    await run(increment(4));
    await run(increment(5));
    const eventsSeen = { initialState: () => 0, evolve: (seen: number) => seen + 1 };

    // when
    const loaded = await loadState({ ...workspace, folded }, 'counter-1', eventsSeen);

    // then
    expect(loaded).toEqual({ state: 2, revision: 1 });
    expect(folded.get('counter-1', counterDecider)).toBeUndefined();
    expect(folded.get('counter-1', eventsSeen)).toMatchObject({ state: 2, revision: 1 });
  });

  describe('when concurrent commands fold the same stream', () => {
    const foldAt = (revision: number): FoldedStream<number> => ({
      revision,
      state: revision,
      last: null,
      commandIds: new Set(),
      existedFrom: null,
    });

    it('then it keeps the furthest fold, whichever finishes last', () => {
      const streams = new FoldedStreams();
      streams.set('counter-1', counterDecider, foldAt(3));
      streams.set('counter-1', counterDecider, foldAt(1));
      expect(streams.get('counter-1', counterDecider)).toEqual(foldAt(3));
      streams.set('counter-1', counterDecider, foldAt(4));
      expect(streams.get('counter-1', counterDecider)).toEqual(foldAt(4));
    });

    it("then another decider's fold replaces the kept one, whatever their revisions", () => {
      const streams = new FoldedStreams();
      const other = { initialState: () => 0, evolve: (n: number) => n };
      streams.set('counter-1', counterDecider, foldAt(3));
      streams.set('counter-1', other, foldAt(1));
      expect(streams.get('counter-1', other)).toEqual(foldAt(1));
    });
  });
});
