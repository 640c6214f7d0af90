import { createHash, KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '@samverkan/core';
import type { EventStore, Position } from '@samverkan/event-store';
import { BrokenLink, StreamHead, walkChains } from './chain-walker';
import { fingerprintOf, publicKeyBase64 } from './signing-key';

/** Format 2 adds `timelineRoot`; digests of format 1 still verify, without that check. */
export const DIGEST_FORMAT = 'samverkan-integrity-digest/2';
const DIGEST_FORMAT_1 = 'samverkan-integrity-digest/1';

/** What an auditor keeps: every stream's head up to a position, a root over them, and a signature. */
export interface IntegrityDigest {
  format: typeof DIGEST_FORMAT | typeof DIGEST_FORMAT_1;
  createdAt: string;
  positionSpace: string;
  /** The last position the digest covers. */
  position: string;
  streams: number;
  events: number;
  /** sha256 over the heads in stream order: one value to note down or compare. */
  root: string;
  heads: Array<{ stream: string; revision: number; hash: string }>;
  /** sha256 over every event's position, stream, revision and recorded time up to `position` (format 2). */
  timelineRoot?: string;
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

/**
 * Every stream's head up to a position and the root over them, as a digest states them, with the
 * walk's first broken link (a caller must not bless damage). Seals of ESF reports record this root.
 */
export async function headsAt(
  store: EventStore,
  upTo: Position,
  onProgress?: (position: Position) => void,
): Promise<{
  heads: IntegrityDigest['heads'];
  root: string;
  timelineRoot: string;
  events: number;
  firstBroken: BrokenLink | null;
}> {
  const walk = await walkChains(store, { upTo, onProgress });
  const heads = sortedHeads(walk.heads);
  return {
    heads,
    root: rootOf(heads),
    timelineRoot: walk.timelineRoot,
    events: walk.eventsChecked,
    firstBroken: walk.firstBroken,
  };
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
    throw new Error(
      `The store fails verification (${b.problem} at ${b.stream ?? '?'} revision ${b.revision ?? '?'}): no digest was written`,
    );
  }
  const heads = walk.heads;
  const publicKey = publicKeyBase64(keys.publicKey);
  const body: Omit<IntegrityDigest, 'signature'> = {
    format: DIGEST_FORMAT,
    createdAt: now.toISOString(),
    positionSpace: store.positionSpace,
    position: head.toString(),
    streams: heads.length,
    events: walk.events,
    root: walk.root,
    heads,
    timelineRoot: walk.timelineRoot,
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
 * Proves nothing up to the digest's position changed: the digest was signed by the trusted key
 * (the workspace's, or one the auditor keeps; never the key the file names, which a forger
 * chooses), its root holds, every chain up to that position holds, its heads there are exactly
 * the digest's, and so are every event's position and recorded time. Later events are judged by `walkChains`.
 */
export async function checkDigest(
  store: EventStore,
  digest: IntegrityDigest,
  trustedKey: KeyObject,
): Promise<DigestCheck> {
  const problems: string[] = [];
  if (digest.format !== DIGEST_FORMAT && digest.format !== DIGEST_FORMAT_1) {
    return { holds: false, problems: [`Unknown digest format ${String(digest.format)}`], streamsCompared: 0 };
  }
  problems.push(...signatureProblems(digest, trustedKey));
  if (rootOf(digest.heads) !== digest.root) problems.push('The root does not match the heads listed in the digest');
  if (digest.positionSpace !== store.positionSpace) {
    problems.push(
      `The digest covers a ${digest.positionSpace} store; this is ${store.positionSpace} (positions differ after a migration)`,
    );
    return { holds: false, problems, streamsCompared: 0 };
  }
  const walk = await walkChains(store, { upTo: BigInt(digest.position) });
  if (walk.firstBroken) {
    const b = walk.firstBroken;
    problems.push(
      `${b.problem} at ${b.stream ?? '?'} revision ${b.revision ?? '?'} (position ${b.position?.toString() ?? '?'})`,
    );
  }
  const now = new Map(sortedHeads(walk.heads).map((h) => [h.stream, h]));
  for (const kept of digest.heads) {
    const found = now.get(kept.stream);
    if (!found) problems.push(`Stream ${kept.stream} is missing`);
    else if (found.revision !== kept.revision || found.hash !== kept.hash) {
      problems.push(
        `Stream ${kept.stream} differs at its head: digest revision ${kept.revision}, store revision ${found.revision}`,
      );
    }
    now.delete(kept.stream);
  }
  for (const extra of now.keys())
    problems.push(`Stream ${extra} has events before the digest's position that the digest does not list`);
  if (digest.format === DIGEST_FORMAT && walk.timelineRoot !== digest.timelineRoot) {
    problems.push(
      "The events' positions or recorded times up to the digest's position changed: events were moved, renumbered, slipped in or re-dated",
    );
  }
  return { holds: problems.length === 0, problems, streamsCompared: digest.heads.length };
}

/** A digest holds only under the trusted key; a valid signature by any other key is a forgery. */
function signatureProblems(digest: IntegrityDigest, trustedKey: KeyObject): string[] {
  const trusted = fingerprintOf(publicKeyBase64(trustedKey));
  const named = typeof digest.publicKey === 'string' ? fingerprintOf(digest.publicKey) : 'none';
  if (named !== trusted) {
    return [
      `The digest was signed by key ${named.slice(0, 16)}…, not by the trusted key ${trusted.slice(0, 16)}…: it does not come from this workspace`,
    ];
  }
  const { signature, ...body } = digest;
  const holds =
    typeof signature === 'string' &&
    verify(null, Buffer.from(canonicalJson(body)), trustedKey, Buffer.from(signature, 'base64'));
  return holds ? [] : ['The signature does not match the digest: the file was altered'];
}
