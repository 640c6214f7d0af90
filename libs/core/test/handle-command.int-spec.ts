import { CommandContext, handleCommand } from '../src/pipeline/handle-command';
import { ConcurrencyConflict, DomainRuleViolation } from '../src/errors/domain-errors';
import { EventMetadata } from '../src/envelope/envelope';
import { AppendTooLargeError } from '@samverkan/event-store';
import { chainHash } from '../src/integrity/event-hash';
import { FoldedStreams } from '../src/pipeline/folded-streams';
import { contextOf, counterCatalog, counterDecider, CounterCommand } from './counter.decider';
import { openScratchWorkspace, ScratchWorkspace } from '../src/testing/scratch-workspace';

const now = new Date('2025-03-20T10:00:00Z');
const increment = (by: number): CounterCommand => ({ type: 'Increment', data: { by }, metadata: { now } });
const actor = { id: 'dev-steering-group', organisation: 'FK', role: 'STEERING_GROUP' };
const context = (extra: Partial<CommandContext> = {}) => contextOf(actor, extra);

describe.each([
  ['reading each stream whole', (): FoldedStreams | undefined => undefined],
  ['starting from the streams earlier commands folded', () => new FoldedStreams()],
])('The command pipeline, %s', (_, foldedStreams) => {
  let workspace: ScratchWorkspace;
  let folded: FoldedStreams | undefined;
  const catalog = counterCatalog();
  const run = (command: CounterCommand, ctx: CommandContext, stream = 'counter-1') =>
    handleCommand({ ...workspace, folded }, stream, counterDecider, command, ctx);

  beforeEach(() => {
    workspace = openScratchWorkspace(catalog);
    folded = foldedStreams();
  });
  afterEach(() => workspace.close());

  it('appends the decided events with the full envelope', async () => {
    const ctx = context({ causationId: 'cause-9' });
    const result = await run(increment(2), ctx);
    expect(result).toMatchObject({ stream: 'counter-1', revision: 0, replayed: false });
    const [event] = await workspace.store.readStream('counter-1');
    const metadata = event.metadata as unknown as EventMetadata;
    expect(metadata).toEqual({
      actor,
      commandId: ctx.commandId,
      commandType: 'Increment',
      $correlationId: 'corr-1',
      $causationId: 'cause-9',
      occurredAt: '2025-03-20T10:00:00.000Z',
      occurredFrom: 'handling',
      recordedAt: expect.any(String),
      kind: 'action',
      schemaVersion: 1,
      chainHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      chainVersion: 2,
    });
    expect(result.position).toBe(event.position);
  });

  it('fixes the recorded time itself, hashes it, and the store shows that very time', async () => {
    const before = Date.now();
    await run(increment(2), context());
    const [event] = await workspace.store.readStream('counter-1');
    const recordedAt = (event.metadata as unknown as EventMetadata).recordedAt!;
    expect(event.recordedAt.toISOString()).toBe(recordedAt);
    expect(event.recordedAt.getTime()).toBeGreaterThanOrEqual(before);
    const withoutIt = { ...event, metadata: { ...event.metadata, recordedAt: '2020-01-01T00:00:00.000Z' } };
    expect(chainHash(null, withoutIt)).not.toBe((event.metadata as unknown as EventMetadata).chainHash);
  });

  it('returns the first result for a retried commandId and appends nothing', async () => {
    const ctx = context();
    const first = await run(increment(2), ctx);
    await run(increment(1), context());
    const retry = await run(increment(2), ctx);
    expect(retry).toMatchObject({ revision: first.revision, position: first.position, replayed: true });
    expect(await workspace.store.readStream('counter-1')).toHaveLength(2);
  });

  it('given a store that refuses the append as too large, then COMMAND_TOO_LARGE, a refusal with nothing stored', async () => {
    const store = workspace.store;
    const refusing = Object.assign(Object.create(store) as typeof store, {
      append: (stream: string) => Promise.reject(new AppendTooLargeError(stream, 1024 * 1024)),
    });
    const refused = handleCommand(
      { ...workspace, store: refusing },
      'counter-1',
      counterDecider,
      increment(1),
      context(),
    );
    await expect(refused).rejects.toBeInstanceOf(DomainRuleViolation);
    await expect(refused).rejects.toMatchObject({ code: 'COMMAND_TOO_LARGE' });
    expect(await store.readStream('counter-1')).toEqual([]);
  });

  it('rejects a reused commandId on another stream with COMMAND_ID_REUSED', async () => {
    const ctx = context();
    await run(increment(1), ctx, 'counter-a');
    await expect(run(increment(1), ctx, 'counter-b')).rejects.toMatchObject({ code: 'COMMAND_ID_REUSED' });
    expect(await workspace.store.readStream('counter-b')).toHaveLength(0);
  });

  it('gives a stale expectedRevision a conflict naming expected and actual, and appends nothing', async () => {
    await run(increment(1), context());
    await run(increment(1), context());
    const error = await run(increment(1), context({ expectedRevision: 0 })).catch((e) => e);
    expect(error).toBeInstanceOf(ConcurrencyConflict);
    expect(error).toMatchObject({ expected: 0, actual: 1 });
    expect(await workspace.store.readStream('counter-1')).toHaveLength(2);
  });

  it('accepts the current expectedRevision, and -1 for a stream that must not exist', async () => {
    await expect(run(increment(1), context({ expectedRevision: -1 }))).resolves.toMatchObject({ revision: 0 });
    await expect(run(increment(1), context({ expectedRevision: 0 }))).resolves.toMatchObject({ revision: 1 });
  });

  it('appends nothing when the domain rejects the command', async () => {
    await run(increment(9), context());
    await expect(run(increment(5), context())).rejects.toBeInstanceOf(DomainRuleViolation);
    expect(await workspace.store.readStream('counter-1')).toHaveLength(1);
  });

  it('requires a reason for a decision event and records it', async () => {
    await expect(run({ type: 'Reset', data: {}, metadata: { now } }, context())).rejects.toMatchObject({
      code: 'REASON_REQUIRED',
    });
    expect(await workspace.store.readStream('counter-1')).toHaveLength(0);
    await run({ type: 'Reset', data: {}, metadata: { now }, reason: 'Ny period' }, context());
    const [event] = await workspace.store.readStream('counter-1');
    expect(event.metadata).toMatchObject({ kind: 'decision', reason: 'Ny period' });
  });

  it('re-decides unforced races so that concurrent commands all land and the rule still holds', async () => {
    const results = await Promise.allSettled(Array.from({ length: 15 }, () => run(increment(1), context())));
    const landed = results.filter((r) => r.status === 'fulfilled').length;
    // Without re-deciding, only one of a round of racers would land.
    expect(landed).toBeGreaterThanOrEqual(5);
    for (const r of results) {
      if (r.status === 'rejected')
        expect(r.reason.code === 'COUNTER_CEILING' || r.reason instanceof ConcurrencyConflict).toBe(true);
    }
    const events = await workspace.store.readStream('counter-1');
    expect(events.map((e) => e.revision)).toEqual(Array.from({ length: landed }, (_, i) => i));
    expect(events.length).toBeLessThanOrEqual(10);
  });

  describe('given a stream written by several commands', () => {
    it('links every stored event to the one before it in its stream', async () => {
      await run(increment(1), context());
      await run(increment(2), context(), 'counter-2');
      await run(increment(3), context());
      const events = await workspace.store.readStream('counter-1');
      expect(events).toHaveLength(2);
      let previous: string | null = null;
      for (const event of events) {
        const expected = chainHash(previous, event);
        expect((event.metadata as unknown as EventMetadata).chainHash).toBe(expected);
        previous = expected;
      }
      const [other] = await workspace.store.readStream('counter-2');
      expect((other.metadata as unknown as EventMetadata).chainHash).toBe(chainHash(null, other));
    });
  });

  describe('when a command corrects an earlier event', () => {
    it('records the correction, citing the event and the reason, next to the unchanged original', async () => {
      await run(increment(1), context());
      const [original] = await workspace.store.readStream('counter-1');
      await run(increment(2), context({ correction: { corrects: original.id, reason: 'Fel antal angivet' } }));
      const [kept, correction] = await workspace.store.readStream('counter-1');
      expect(kept).toEqual(original);
      expect((correction.metadata as unknown as EventMetadata).correction).toEqual({
        corrects: original.id,
        reason: 'Fel antal angivet',
      });
    });

    it('refuses a correction citing an event of another stream, and appends nothing', async () => {
      await run(increment(1), context(), 'counter-2');
      const [elsewhere] = await workspace.store.readStream('counter-2');
      await run(increment(1), context());
      await expect(
        run(increment(2), context({ correction: { corrects: elsewhere.id, reason: 'x' } })),
      ).rejects.toMatchObject({
        code: 'CORRECTED_EVENT_NOT_FOUND',
      });
      expect(await workspace.store.readStream('counter-1')).toHaveLength(1);
    });

    it('refuses a correction without a reason', async () => {
      await run(increment(1), context());
      const [original] = await workspace.store.readStream('counter-1');
      await expect(
        run(increment(2), context({ correction: { corrects: original.id, reason: '  ' } })),
      ).rejects.toMatchObject({
        code: 'REASON_REQUIRED',
      });
      expect(await workspace.store.readStream('counter-1')).toHaveLength(1);
    });
  });
});
