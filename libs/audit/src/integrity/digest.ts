import { createHash, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '@samverkan/core';
import type { EventStore, Position } from '@samverkan/event-store';
import { BrokenLink, StreamHead, walkChains } from './chain-walker';

export const DIGEST_FORMAT = 'samverkan-integrity-digest/1';

/** What an auditor keeps: every stream's head up to a position, a root over them, and a signature. */
export interface IntegrityDigest {
  format: typeof DIGEST_FORMAT;
  createdAt: string;
  positionSpace: string;
  /** The last position the digest covers. */
  position: string;
  streams: number;
  events: number;
  /** sha256 over the heads in stream order: one value to note down or compare. */
  root: string;
  heads: Array<{ stream: string; revision: number; hash: string }>;
  /** Ed25519 public key (SPKI, DER, base64) that made the signature. */
  publicKey: string;
  /** sha256 of the public key, for comparing by eye. */
  keyFingerprint: string;
  signature: string;
}

export function rootOf(heads: IntegrityDigest['heads']): string {
  return createHash('sha256').update(canonicalJson(heads)).digest('hex');
}

function sortedHeads(heads: Map<string, StreamHead>): IntegrityDigest['heads'] {
  return [...heads.values()]
    .sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0))
    .map(({ stream, revision, hash }) => ({ stream, revision, hash }));
}

export function fingerprintOf(publicKeyBase64: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex');
}

/**
 * Every stream's head up to a position and the root over them, as a digest states them, with the
 * walk's first broken link (a caller must not bless damage). Seals of ESF reports record this root.
 */
export async function headsAt(
  store: EventStore,
  upTo: Position,
  onProgress?: (position: Position) => void,
): Promise<{ heads: IntegrityDigest['heads']; root: string; events: number; firstBroken: BrokenLink | null }> {
  const walk = await walkChains(store, { upTo, onProgress });
  const heads = sortedHeads(walk.heads);
  return { heads, root: rootOf(heads), events: walk.eventsChecked, firstBroken: walk.firstBroken };
}

/**
 * Walks the store up to its head, refuses when a chain is broken (a digest must not bless damage),
 * and signs the heads with the workspace key.
 */
export async function createDigest(
  store: EventStore,
  keys: { privateKey: KeyObject; publicKey: KeyObject },
  now: Date,
  onProgress?: (position: Position) => void,
): Promise<IntegrityDigest> {
  const head = await store.headPosition();
  if (head === null) throw new Error('The store is empty: there is nothing to digest');
  const walk = await headsAt(store, head, onProgress);
  if (walk.firstBroken) {
    const b = walk.firstBroken;
    throw new Error(`The store fails verification (${b.problem} at ${b.stream ?? '?'} revision ${b.revision ?? '?'}): no digest was written`);
  }
  const heads = walk.heads;
  const publicKey = keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const body: Omit<IntegrityDigest, 'signature'> = {
    format: DIGEST_FORMAT,
    createdAt: now.toISOString(),
    positionSpace: store.positionSpace,
    position: head.toString(),
    streams: heads.length,
    events: walk.events,
    root: walk.root,
    heads,
    publicKey,
    keyFingerprint: fingerprintOf(publicKey),
  };
  const signature = sign(null, Buffer.from(canonicalJson(body)), keys.privateKey).toString('base64');
  return { ...body, signature };
}

export interface DigestCheck {
  /** True when the signature holds, the root matches the heads, and the store still has those heads. */
  holds: boolean;
  problems: string[];
  streamsCompared: number;
}

/**
 * Proves nothing up to the digest's position changed: the signature and root hold, every chain in
 * the store up to that position holds, and its heads there are exactly the digest's (same streams,
 * same revisions, same links). Later events are not judged here; `walkChains` covers them.
 */
export async function checkDigest(store: EventStore, digest: IntegrityDigest): Promise<DigestCheck> {
  const problems: string[] = [];
  if (digest.format !== DIGEST_FORMAT) return { holds: false, problems: [`Unknown digest format ${String(digest.format)}`], streamsCompared: 0 };
  const { signature, ...body } = digest;
  const key = createPublicKey({ key: Buffer.from(digest.publicKey, 'base64'), format: 'der', type: 'spki' });
  if (!verify(null, Buffer.from(canonicalJson(body)), key, Buffer.from(signature, 'base64'))) {
    problems.push('The signature does not match the digest: the file was altered');
  }
  if (rootOf(digest.heads) !== digest.root) problems.push('The root does not match the heads listed in the digest');
  if (digest.positionSpace !== store.positionSpace) {
    problems.push(`The digest covers a ${digest.positionSpace} store; this is ${store.positionSpace} (positions differ after a migration)`);
    return { holds: false, problems, streamsCompared: 0 };
  }
  const walk = await walkChains(store, { upTo: BigInt(digest.position) });
  if (walk.firstBroken) {
    const b = walk.firstBroken;
    problems.push(`${b.problem} at ${b.stream ?? '?'} revision ${b.revision ?? '?'} (position ${b.position?.toString() ?? '?'})`);
  }
  const now = new Map(sortedHeads(walk.heads).map((h) => [h.stream, h]));
  for (const kept of digest.heads) {
    const found = now.get(kept.stream);
    if (!found) problems.push(`Stream ${kept.stream} is missing`);
    else if (found.revision !== kept.revision || found.hash !== kept.hash) {
      problems.push(`Stream ${kept.stream} differs at its head: digest revision ${kept.revision}, store revision ${found.revision}`);
    }
    now.delete(kept.stream);
  }
  for (const extra of now.keys()) problems.push(`Stream ${extra} has events before the digest's position that the digest does not list`);
  return { holds: problems.length === 0, problems, streamsCompared: digest.heads.length };
}
