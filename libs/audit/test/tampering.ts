import Database from 'better-sqlite3';
import { chainHash, storedChainHash } from '@samverkan/core';
import type { RecordedEvent } from '@samverkan/event-store';

/** What an attacker with the database file changes in one event. */
export interface Rewrite {
  data?: unknown;
  metadata?: Record<string, unknown>;
  /** The recorded_at column. */
  recordedAt?: string;
}

/**
 * How far the attacker recomputes links after the rewrite: not at all, the rewritten event's own
 * link, or every link after it to the stream's end (all a chain can be made to agree with).
 */
export type Rechain = 'none' | 'own' | 'rest';

/** Rewrites one stored event of `stream` in the SQLite file, the way someone with the file can. */
export function rewrite(
  file: string,
  history: RecordedEvent[],
  revision: number,
  change: Rewrite,
  rechain: Rechain,
): void {
  const db = new Database(file);
  try {
    const update = db.prepare('UPDATE events SET data = ?, metadata = ?, recorded_at = ? WHERE event_id = ?');
    let previous = revision > 0 ? storedChainHash(history[revision - 1].metadata) : null;
    for (const original of history.slice(revision)) {
      const changed = original.revision === revision;
      const event = changed
        ? { ...original, data: change.data ?? original.data, metadata: { ...original.metadata, ...change.metadata } }
        : original;
      const relink = rechain === 'rest' || (rechain === 'own' && changed);
      const metadata = relink ? { ...event.metadata, chainHash: chainHash(previous, event) } : event.metadata;
      previous = storedChainHash(metadata);
      const recordedAt =
        changed && change.recordedAt !== undefined ? change.recordedAt : original.recordedAt.toISOString();
      update.run(JSON.stringify(event.data), JSON.stringify(metadata), recordedAt, event.id);
      if (!relink && !changed) break;
    }
  } finally {
    db.close();
  }
}
