import { MAX_APPEND_DATA_BYTES } from './append-rules';
import { AppendTooLargeError, type EventStore, type Position, type RecordedEvent } from './event-store';

export interface CopyProgress {
  /** Source events handled so far (copied or already there). */
  done: number;
  copied: number;
  /** Position reached in the source, and the source's head. */
  position: Position;
  head: Position;
}

export interface CopyResult {
  copied: number;
  alreadyThere: number;
}

const PAGE = 1_000;

/**
 * Copies every stream of `source` into `target` in $all order, keeping event ids, types, data,
 * metadata and each stream's revisions. Consecutive events of one stream go in as few appends as
 * the size limit allows (MAX_APPEND_DATA_BYTES, halved again while a target with a lower limit
 * refuses), each with the exact expected revision, so nothing can interleave. Resumable: events a target stream
 * already has (by revision, with the same ids) are skipped; a target stream that differs from the
 * source stops the copy before anything is written to it.
 */
export async function copyEvents(
  source: EventStore,
  target: EventStore,
  onProgress: (progress: CopyProgress) => void = () => undefined,
): Promise<CopyResult> {
  const head = (await source.headPosition()) ?? 0n;
  const targetHeads = new Map<string, number>();
  const result: CopyResult = { copied: 0, alreadyThere: 0 };
  let from: Position | 'start' = 'start';
  for (;;) {
    const page = await source.readAll({ fromPosition: from, maxCount: PAGE });
    if (page.length === 0) break;
    for (const run of runsOfOneStream(page)) {
      const stream = run[0].stream;
      let targetHead = targetHeads.get(stream);
      if (targetHead === undefined) {
        targetHead = await verifiedTargetHead(source, target, stream);
      }
      const fresh = run.filter((event) => event.revision > (targetHead as number));
      result.alreadyThere += run.length - fresh.length;
      for (const chunk of bySize(fresh)) {
        targetHead = await appendSplittingWhenRefused(target, stream, chunk, targetHead);
        result.copied += chunk.length;
      }
      targetHeads.set(stream, targetHead);
    }
    from = page[page.length - 1].position;
    onProgress({ done: result.copied + result.alreadyThere, copied: result.copied, position: from, head });
  }
  return result;
}

/** Splits a run into consecutive chunks of at most MAX_APPEND_DATA_BYTES of data (a bigger event alone). */
function bySize(run: RecordedEvent[]): RecordedEvent[][] {
  const chunks: RecordedEvent[][] = [];
  let size = 0;
  for (const event of run) {
    const bytes = dataBytes(event);
    const last = chunks.at(-1);
    if (last !== undefined && size + bytes <= MAX_APPEND_DATA_BYTES) {
      last.push(event);
      size += bytes;
    } else {
      chunks.push([event]);
      size = bytes;
    }
  }
  return chunks;
}

/** Appends the chunk after `head`, halving it while the target refuses it as too large; returns the new head. */
async function appendSplittingWhenRefused(
  target: EventStore,
  stream: string,
  chunk: RecordedEvent[],
  head: number,
): Promise<number> {
  try {
    await target.append(
      stream,
      chunk.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
      { expectedRevision: head < 0 ? 'no_stream' : head },
    );
    return chunk[chunk.length - 1].revision;
  } catch (error) {
    if (!(error instanceof AppendTooLargeError)) throw error;
    if (chunk.length === 1) {
      throw new Error(
        `Cannot copy ${stream}: its event at revision ${chunk[0].revision} (${chunk[0].id}) alone carries ` +
          `${dataBytes(chunk[0])} bytes of data, more than the target accepts in one append (${error.maxBytes})`,
      );
    }
    const half = Math.ceil(chunk.length / 2);
    const middle = await appendSplittingWhenRefused(target, stream, chunk.slice(0, half), head);
    return appendSplittingWhenRefused(target, stream, chunk.slice(half), middle);
  }
}

/** The bytes EventStoreDB counts for an event: its data as UTF-8 JSON. */
function dataBytes(event: RecordedEvent): number {
  return Buffer.byteLength(JSON.stringify(event.data) ?? '', 'utf8');
}

/** Splits a page into maximal runs of consecutive events of one stream. */
function runsOfOneStream(page: RecordedEvent[]): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  for (const event of page) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[0].stream === event.stream) last.push(event);
    else runs.push([event]);
  }
  return runs;
}

/** The target stream's last revision (-1: none), after checking it holds the source's events. */
async function verifiedTargetHead(source: EventStore, target: EventStore, stream: string): Promise<number> {
  const there = await target.readStream(stream);
  if (there.length === 0) return -1;
  const here = await source.readStream(stream, { maxCount: there.length });
  there.forEach((event, index) => {
    if (here[index]?.id !== event.id) {
      throw new Error(
        `Cannot copy ${stream}: the target's event at revision ${event.revision} (${event.id}) is not the source's`,
      );
    }
  });
  return there[there.length - 1].revision;
}
