import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { canonicalJson } from '@samverkan/core';
import { fingerprintOf, publicKeyBase64 } from '@samverkan/audit';

/**
 * A forger re-signs the very same digest with a key of their own, written to `file`: a valid
 * signature, but another key than the workspace's. The forger's public key is returned.
 */
export function writeForgedDigest(digest: Record<string, unknown>, file: string): KeyObject {
  const forger = generateKeyPairSync('ed25519');
  const { signature: _signature, ...heads } = digest;
  const publicKey = publicKeyBase64(forger.publicKey);
  const body = { ...heads, publicKey, keyFingerprint: fingerprintOf(publicKey) };
  const signature = sign(null, Buffer.from(canonicalJson(body)), forger.privateKey).toString('base64');
  writeFileSync(file, JSON.stringify({ ...body, signature }));
  return forger.publicKey;
}
