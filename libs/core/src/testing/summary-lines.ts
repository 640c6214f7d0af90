import { DomainEvent } from '../domain/decider';

/**
 * Every event's timeline summary is one Swedish line (a capital first, no line break) that shows no
 * missing value, no person id and none of the `hidden` free texts: every reader of the timeline sees
 * it, and an erasure could not reach a name or a note copied into it.
 */
export function expectOneLineSummaries<E extends DomainEvent>(
  events: readonly E[],
  summarise: (event: E) => string,
  hidden: readonly string[],
): void {
  for (const event of events) {
    const line = summarise(event);
    expect([event.type, line]).toEqual([event.type, expect.stringMatching(/^[A-ZÅÄÖ][^\n]*$/)]);
    expect([event.type, line]).not.toEqual([event.type, expect.stringMatching(/undefined|null|\[object|person-/)]);
    for (const text of hidden) expect(line).not.toContain(text);
  }
}
