import type { EventStore, Position, RecordedEvent } from '@samverkan/event-store';

const PAGE = 1000;

/**
 * One stored event as a JSON line, every field the chain and a digest cover, so an auditor's own
 * tool (tools/verify-trail.py) can check the trail without this code. The position is a decimal
 * string: EventStoreDB's exceed what a JSON number holds exactly. The format lives here, not in
 * the CLI, because the audit lib's known-answer tests check it.
 */
export function exportedEventLine(event: RecordedEvent): string {
  return `${JSON.stringify({
    id: event.id,
    stream: event.stream,
    revision: event.revision,
    position: event.position.toString(),
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: Number.isNaN(event.recordedAt.getTime()) ? 'invalid' : event.recordedAt.toISOString(),
  })}\n`;
}

/** Every event in $all order, a page at a time, so a large store is never held whole. */
export async function writeEventLines(store: EventStore, write: (text: string) => void): Promise<number> {
  let from: Position | 'start' = 'start';
  let count = 0;
  for (;;) {
    const page = await store.readAll({ fromPosition: from, maxCount: PAGE });
    if (page.length > 0) write(page.map(exportedEventLine).join(''));
    count += page.length;
    if (page.length < PAGE) return count;
    from = page[page.length - 1].position;
  }
}
