import {
  AppendResult,
  EventStore,
  ExpectedRevision,
  RecordedEvent,
  WrongExpectedRevisionError,
} from '../../src/event-store';
import {
  ContractContext,
  currentRevision,
  expectStrictlyIncreasing,
  ids,
  newCategory,
  newEvent,
  newEvents,
  newStream,
  readPrefix,
  slowCase,
} from './contract-helpers';

const WRITERS = 20;
const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

/**
 * Appends one event with an exact expected revision, re-reading the stream and retrying after
 * each conflict, as a command handler would. Every writer first claims an empty stream, so all but
 * one of the first attempts conflict.
 */
async function appendUntilLanded(
  store: EventStore,
  stream: string,
  id: string,
  onConflict: () => void,
): Promise<AppendResult> {
  let expected: ExpectedRevision = 'no_stream';
  for (let attempt = 0; attempt <= WRITERS; attempt += 1) {
    try {
      return await store.append(stream, [{ ...newEvent('Raced'), id }], { expectedRevision: expected });
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      onConflict();
      expected = await currentRevision(store, stream);
    }
  }
  throw new Error(`Writer of ${id} lost more races than there are writers`);
}

function byStream(events: RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) streams.set(event.stream, [...(streams.get(event.stream) ?? []), event]);
  return streams;
}

/** Many writers at once, on one stream and on many. */
export function concurrencyCases(ctx: ContractContext): void {
  slowCase(
    `given ${WRITERS} writers racing on one stream with exact revisions, then each lands once at revisions 0..${WRITERS - 1}`,
    async () => {
      const stream = newStream();
      const writerIds = newEvents(WRITERS).map((event) => event.id);
      let conflicts = 0;
      const results = await Promise.all(
        writerIds.map((id) => appendUntilLanded(ctx.store, stream, id, () => (conflicts += 1))),
      );

      const stored = await ctx.store.readStream(stream);
      expect(stored.map((event) => event.revision)).toEqual(range(WRITERS));
      expect([...ids(stored)].sort()).toEqual([...writerIds].sort());
      // Each writer's acknowledgement names the revision its event really got.
      writerIds.forEach((id, writer) => {
        const event = stored.find((candidate) => candidate.id === id);
        expect(results[writer]).toEqual({ nextExpectedRevision: event?.revision, position: event?.position });
      });
      // The writers really raced: every 'no_stream' claim but one conflicted.
      expect(conflicts).toBeGreaterThanOrEqual(WRITERS - 1);
    },
  );

  slowCase(
    `given ${WRITERS} writers appending two events each with 'any' on one stream, then all land, pairs unsplit`,
    async () => {
      const stream = newStream();
      const pairs = range(WRITERS).map(() => newEvents(2));
      const results = await Promise.all(pairs.map((pair) => ctx.store.append(stream, pair)));

      const stored = await ctx.store.readStream(stream);
      expect(stored.map((event) => event.revision)).toEqual(range(2 * WRITERS));
      pairs.forEach(([first, second], writer) => {
        const index = stored.findIndex((event) => event.id === first.id);
        expect(stored[index + 1]?.id).toBe(second.id);
        expect(results[writer].nextExpectedRevision).toBe(stored[index + 1]?.revision);
      });
      expect(new Set(results.map((result) => result.nextExpectedRevision)).size).toBe(WRITERS);
    },
  );

  slowCase(
    `given ${WRITERS} writers each appending to its own stream at once, then $all is strictly ordered and each stream contiguous`,
    async () => {
      const category = newCategory();
      const streams = range(WRITERS).map(() => newStream(category));
      const appendsPerWriter = 5;
      const results = await Promise.all(
        streams.map(async (stream) => {
          const own: AppendResult[] = [];
          for (let append = 0; append < appendsPerWriter; append += 1) {
            const expectedRevision: ExpectedRevision = append === 0 ? 'no_stream' : 2 * append - 1;
            own.push(await ctx.store.append(stream, newEvents(2), { expectedRevision }));
          }
          return own;
        }),
      );

      const all = await readPrefix(ctx.store, `${category}-`);
      expect(all).toHaveLength(WRITERS * appendsPerWriter * 2);
      expectStrictlyIncreasing(all.map((event) => event.position));
      const streamsRead = byStream(all);
      expect([...streamsRead.keys()].sort()).toEqual([...streams].sort());
      streams.forEach((stream, writer) => {
        const events = streamsRead.get(stream) ?? [];
        expect(events.map((event) => event.revision)).toEqual(range(appendsPerWriter * 2));
        // Each acknowledged append points at its last event's place in $all.
        const acknowledged = results[writer].map((result) => result.position);
        expect(acknowledged).toEqual(events.filter((event) => event.revision % 2 === 1).map((event) => event.position));
      });
    },
  );
}
