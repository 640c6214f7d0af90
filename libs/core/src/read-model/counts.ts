/**
 * Two tallies added key by key, as the figures add up cells and meetings; a key only one of them
 * has counts as 0 in the other, and the first one's keys keep their order.
 */
export function addCounts<T extends { [K in keyof T]: number }>(a: T, b: T): T {
  const sum: Record<string, number> = { ...a };
  for (const [key, count] of Object.entries<number>(b)) sum[key] = (sum[key] ?? 0) + count;
  return sum as unknown as T;
}
