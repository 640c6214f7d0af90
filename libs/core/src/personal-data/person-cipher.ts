import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** The personal fields kept only as ciphertext. */
export const SEALED_FIELDS = ['name', 'email', 'phone'] as const;
export type SealedField = (typeof SEALED_FIELDS)[number];

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A fresh 256-bit key for one person; deleting it is the person's erasure (crypto-shredding). */
export function newPersonKey(): Buffer {
  return randomBytes(32);
}

/**
 * The additional authenticated data: the person's id and the field, so that a ciphertext moved to
 * another person (even together with that person's key) or to another field fails authentication.
 */
function aad(personId: string, field: SealedField): Buffer {
  return Buffer.from(`${personId}\u0000${field}`, 'utf8');
}

/** AES-256-GCM: `version (1) | iv (12) | tag (16) | ciphertext`. */
export function seal(key: Buffer, personId: string, field: SealedField, plaintext: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(aad(personId, field));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]);
}

/** The plaintext, or throws when the blob was not sealed with this key for this person and field. */
export function unseal(key: Buffer, personId: string, field: SealedField, blob: Buffer): string {
  if (blob.length < 1 + IV_BYTES + TAG_BYTES || blob[0] !== VERSION) throw new Error('unknown ciphertext format');
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(aad(personId, field));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(blob.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
