import type { TimelineEntry } from './timeline.types';

/**
 * The audit views show every event to every role they admit, but what an event says only to a
 * role that may read its module's content (ContentAccess). Others see that it happened: when, in
 * which stream, of which type, by whom; not its data, reason, summary or correction reasons.
 */
export function hiddenSummary(type: string): string {
  return `${type} (innehållet visas inte för din roll)`;
}

export function withoutContent(entry: TimelineEntry): TimelineEntry {
  return {
    ...entry,
    contentHidden: true,
    summary: hiddenSummary(entry.type),
    data: null,
    reason: null,
    corrects: entry.corrects ? { ...entry.corrects, reason: null } : null,
    correctedBy: entry.correctedBy.map((c) => ({ ...c, reason: null })),
  };
}
