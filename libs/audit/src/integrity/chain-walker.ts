import { createHash } from 'node:crypto';
import { chainHash, chainVersionOf, storedChainHash } from '@samverkan/core';
import { EventStore, Position, RECORDED_AT_KEY, RecordedEvent } from '@samverkan/event-store';

/**
 * HASH_MISMATCH: the event's content no longer gives its link. MISSING_HASH: it has none.
 * REVISION_GAP: its stream skips or repeats a revision, or $all holds the stream out of order.
 * RECORDED_AT_MISMATCH: the recorded time the store shows is not the one hashed (format 2).
 * UNKNOWN_CHAIN_VERSION: a format this release does not know. CHAIN_VERSION_DOWNGRADE: an event of
 * an older format after a newer one in its stream. UNREADABLE: the stored row cannot be read.
 */
export type BrokenLinkProblem =
  | 'HASH_MISMATCH'
  | 'MISSING_HASH'
  | 'REVISION_GAP'
  | 'RECORDED_AT_MISMATCH'
  | 'UNKNOWN_CHAIN_VERSION'
  | 'CHAIN_VERSION_DOWNGRADE'
  | 'UNREADABLE';

/** Where a stream's chain first fails to hold. */
export interface BrokenLink {
  problem: BrokenLinkProblem;
  /** Null for UNREADABLE: the stored row could not be read, so neither could its stream. */
  stream: string | null;
  revision: number | null;
  eventId: string | null;
  /** The event's position; for UNREADABLE, the last position read intact before it. */
  position: Position | null;
}

/** A stream's last event as the walk saw it. */
export interface StreamHead {
  stream: string;
  revision: number;
  hash: string;
  position: Position;
  /** The chain format of the stream's last event (0 when it named an unknown one). */
  chainVersion: number;
}

export interface IntegrityReport {
  streamsChecked: number;
  eventsChecked: number;
  /** Position of the last event checked (null for an empty store). */
  checkedUpTo: Position | null;
  /** The first broken link in $all order, or null when every chain holds. */
  firstBroken: BrokenLink | null;
  brokenLinks: number;
  /**
   * sha256 over every event's position, stream, revision and recorded time in $all order: what the
   * timeline shows that a chain may not cover (positions are the store's, not the event's, and
   * events of chain format 1 did not hash their recorded time). A digest keeps it.
   */
  timelineRoot: string;
}

const PAGE = 1000;

/**
 * Walks $all once, recomputing every event's link from the stored link before it in its stream.
 * A link is checked against the stored previous link, so one altered event is named alone and
 * does not cascade; an altered event whose hash was recomputed breaks the next link instead.
 * The last event of a stream has no successor to betray it: a digest covers that.
 */
export async function walkChains(
  store: EventStore,
  options: { upTo?: Position; onProgress?: (position: Position) => void } = {},
): Promise<IntegrityReport & { heads: Map<string, StreamHead> }> {
  const heads = new Map<string, StreamHead>();
  let eventsChecked = 0;
  let brokenLinks = 0;
  let firstBroken: BrokenLink | null = null;
  let from: Position | 'start' = 'start';
  let checkedUpTo: Position | null = null;
  const timeline = createHash('sha256');
  const broken = (link: BrokenLink) => {
    brokenLinks++;
    firstBroken ??= link;
  };

  for (;;) {
    const { events: page, unreadable } = await readPage(store, from);
    const inRange = options.upTo === undefined ? page : page.filter((e) => e.position <= options.upTo!);
    for (const event of inRange) {
      const recorded = recordedTime(event);
      const problem = check(event, heads.get(event.stream), recorded);
      if (problem)
        broken({
          problem,
          stream: event.stream,
          revision: event.revision,
          eventId: event.id,
          position: event.position,
        });
      const stored = storedChainHash(event.metadata) ?? '';
      const chainVersion = chainVersionOf(event.metadata) ?? 0;
      heads.set(event.stream, {
        stream: event.stream,
        revision: event.revision,
        hash: stored,
        position: event.position,
        chainVersion,
      });
      timeline.update(`${event.position.toString()} ${event.stream} ${event.revision} ${recorded}\n`);
      eventsChecked++;
      checkedUpTo = event.position;
    }
    if (inRange.length > 0) options.onProgress?.(inRange[inRange.length - 1].position);
    if (unreadable && inRange.length === page.length) {
      // The walk cannot step over a row it cannot read: it stops and names where.
      broken({ problem: 'UNREADABLE', stream: null, revision: null, eventId: null, position: checkedUpTo });
      break;
    }
    if (page.length < PAGE || inRange.length < page.length) break;
    from = page[page.length - 1].position;
  }
  const timelineRoot = timeline.digest('hex');
  return { streamsChecked: heads.size, eventsChecked, checkedUpTo, firstBroken, brokenLinks, timelineRoot, heads };
}

/** An event's link under the chain format it was written in (see CURRENT_CHAIN_VERSION). */
function check(event: RecordedEvent, head: StreamHead | undefined, recorded: string): BrokenLinkProblem | null {
  if (event.revision !== (head ? head.revision + 1 : 0)) return 'REVISION_GAP';
  const stored = storedChainHash(event.metadata);
  if (stored === null) return 'MISSING_HASH';
  const version = chainVersionOf(event.metadata);
  if (version === null) return 'UNKNOWN_CHAIN_VERSION';
  if (head && version < head.chainVersion) return 'CHAIN_VERSION_DOWNGRADE';
  const previous = head ? head.hash || null : null;
  if (chainHash(previous, event) !== stored) return 'HASH_MISMATCH';
  if (version >= 2 && !showsHashedRecordedAt(event, recorded)) return 'RECORDED_AT_MISMATCH';
  return null;
}

function recordedTime(event: RecordedEvent): string {
  return Number.isNaN(event.recordedAt.getTime()) ? 'invalid' : event.recordedAt.toISOString();
}

/**
 * The store's recorded time is the hashed one, to the millisecond and in the same words. `recorded`
 * is recordedTime's text of it, written once per event for this and for the timeline root.
 */
function showsHashedRecordedAt(event: RecordedEvent, recorded: string): boolean {
  const hashed = event.metadata[RECORDED_AT_KEY];
  return typeof hashed === 'string' && !Number.isNaN(event.recordedAt.getTime()) && recorded === hashed;
}

/** A page of $all; a page that cannot be parsed is read again event by event to find the bad one. */
async function readPage(
  store: EventStore,
  from: Position | 'start',
): Promise<{ events: RecordedEvent[]; unreadable: boolean }> {
  try {
    return { events: await store.readAll({ fromPosition: from, maxCount: PAGE }), unreadable: false };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const readable: RecordedEvent[] = [];
    let at = from;
    for (;;) {
      try {
        const [next] = await store.readAll({ fromPosition: at, maxCount: 1 });
        if (!next) return { events: readable, unreadable: false };
        readable.push(next);
        at = next.position;
      } catch {
        return { events: readable, unreadable: true };
      }
    }
  }
}
