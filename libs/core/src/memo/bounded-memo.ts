/**
 * Answers remembered for the hot path of a request (a verified token, a document that passed its
 * limits), at most `capacity` of them: the oldest is forgotten first, so a client sending ever new
 * keys costs a fixed amount of memory and only evicts, never grows, the memo.
 */
export class BoundedMemo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {
    if (!(capacity > 0)) throw new Error('A memo needs a capacity of at least one entry');
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
