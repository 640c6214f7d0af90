import type { EventStore, Position, RecordedEvent } from './event-store';

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
 * metadata and each stream's revisions. Consecutive events of one stream go in one append with
 * the exact expected revision, so nothing can interleave. Resumable: events a target stream
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
      if (fresh.length > 0) {
        await target.append(
          stream,
          fresh.map(({ id, type, data, metadata }) => ({ id, type, data, metadata })),
          { expectedRevision: targetHead < 0 ? 'no_stream' : targetHead },
        );
        result.copied += fresh.length;
        targetHead = fresh[fresh.length - 1].revision;
      }
      targetHeads.set(stream, targetHead);
    }
    from = page[page.length - 1].position;
    onProgress({ done: result.copied + result.alreadyThere, copied: result.copied, position: from, head });
  }
  return result;
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
