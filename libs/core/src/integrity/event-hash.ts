import { createHash } from 'node:crypto';

/** The metadata key that carries an event's link in its stream's hash chain. */
export const CHAIN_HASH_KEY = 'chainHash';

/** The metadata key that names the chain format an event was linked under (absent: format 1). */
export const CHAIN_VERSION_KEY = 'chainVersion';

/**
 * The chain format new events are written in. 1: the hash covers id, stream, revision, type, data
 * and metadata. 2: the same hash, and the metadata states the recorded time (`recordedAt`), which
 * the store must show unchanged, so the recorded-time clock is covered too. Old events keep
 * verifying under the format they were written in.
 */
export const CURRENT_CHAIN_VERSION = 2;
export const KNOWN_CHAIN_VERSIONS: readonly number[] = [1, 2];

/** The fields of an event that its hash covers: everything the store keeps, bar the hash itself. */
export interface HashedContent {
  id: string;
  stream: string;
  revision: number;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

/**
 * JSON with keys sorted at every level. Stored events come back from either adapter as parsed
 * JSON whose key order is the adapter's business, so the hash must not depend on it; values go
 * through JSON's own rules first (toJSON, undefined dropped), so an in-memory event and its stored
 * copy hash alike.
 */
export function canonicalJson(value: unknown): string {
  // A sorted copy first, then JSON.stringify without a replacer: a replacer is a call out of
  // JSON.stringify for every value, and that was over a quarter of the CPU of a trail walk (a seal
  // check, a digest, `verify`). The replacer form's output byte for byte but for a member named
  // `__proto__`, which it left out (event-hash.spec.ts compares the two forms).
  return JSON.stringify(sortedCopy(value, ''));
}

/**
 * The value with its objects' keys inserted in sorted order, toJSON applied first as JSON.stringify
 * would. An object lists array-index keys ("0", "2024") first and ascending whatever order they
 * were added in, so those come first, as docs/AUDIT.md has it. What JSON leaves out (undefined, a
 * function) is left in the copy for JSON.stringify to leave out.
 */
function sortedCopy(given: unknown, key: string): unknown {
  if (given === null || (typeof given !== 'object' && typeof given !== 'bigint')) return given;
  const toJSON = (given as { toJSON?: unknown }).toJSON;
  const value: unknown = typeof toJSON === 'function' ? toJSON.call(given, key) : given;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = sortedCopy(value[i], String(i));
    return items;
  }
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const member = sortedCopy((value as Record<string, unknown>)[k], k);
    // Assigned, `__proto__` would set the copy's prototype and leave the member out of the hash.
    if (k === '__proto__') Object.defineProperty(sorted, k, { value: member, enumerable: true, writable: true });
    else sorted[k] = member;
  }
  return sorted;
}

/**
 * sha256 of the previous event's hash (none for a stream's first event) and this event's content.
 * Changing any stored byte of an event changes its hash and breaks every later link of its stream.
 */
export function chainHash(previous: string | null, content: HashedContent): string {
  const { [CHAIN_HASH_KEY]: _ignored, ...metadata } = content.metadata;
  const covered = {
    id: content.id,
    stream: content.stream,
    revision: content.revision,
    type: content.type,
    data: content.data,
    metadata,
  };
  return createHash('sha256')
    .update(previous ?? '')
    .update('\n')
    .update(canonicalJson(covered))
    .digest('hex');
}

/** The chain hash an event was stored with, if any. */
export function storedChainHash(metadata: Record<string, unknown>): string | null {
  const hash = metadata[CHAIN_HASH_KEY];
  return typeof hash === 'string' ? hash : null;
}

/** The chain format an event was written in, or null when it names one this release does not know. */
export function chainVersionOf(metadata: Record<string, unknown>): number | null {
  const version = metadata[CHAIN_VERSION_KEY];
  if (version === undefined) return 1;
  return KNOWN_CHAIN_VERSIONS.find((known) => known === version) ?? null;
}
