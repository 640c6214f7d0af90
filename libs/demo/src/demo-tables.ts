/**
 * The entry of a demo table that `matches`; `what` names it in the error, for a key the demo does
 * not have is a mistake in a seed or a test.
 */
export function demoEntry<T>(table: readonly T[], matches: (entry: T) => boolean, what: string): T {
  const entry = table.find(matches);
  if (!entry) throw new Error(`No demo ${what}`);
  return entry;
}

/** The entry of a demo table with the key. */
export function demoKeyed<T extends { key: string }>(table: readonly T[], key: string, what: string): T {
  return demoEntry(table, (entry) => entry.key === key, `${what} ${key}`);
}
