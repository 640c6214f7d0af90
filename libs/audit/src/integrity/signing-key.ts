import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment, existingSecret, PostgresDatabase, sharedSecret } from '@samverkan/core';

export const SIGNING_KEY_FILE = 'integrity-signing-key.pem';

/**
 * The workspace's Ed25519 key for signing digests, made at first use and kept in DATA_DIR, readable
 * by its owner only. A digest names the public half, but is checked against a key the checker
 * trusts (see {@link trustedPublicKey}), never against the one the file names.
 */
export function workspaceSigningKey(dataDir: string): { privateKey: KeyObject; publicKey: KeyObject } {
  const file = join(dataDir, SIGNING_KEY_FILE);
  if (!existsSync(file)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  }
  const privateKey = createPrivateKey(readFileSync(file));
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** Its name among the workspace's secrets in PostgreSQL: the PKCS#8 PEM, as the file holds it. */
const SIGNING_KEY_SECRET = 'integrity-signing-key';

type KeySettings = Pick<Environment, 'DATA_DIR' | 'DATABASE_URL' | 'DATABASE_SCHEMA'>;

/**
 * The workspace's signing key where its shared state is: in PostgreSQL when DATABASE_URL is set,
 * so that a digest made through one replica verifies on every other; else the file in DATA_DIR.
 */
export async function sharedSigningKey(env: KeySettings): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  const pem = await withPostgres(env, (db) =>
    sharedSecret(db, SIGNING_KEY_SECRET, () =>
      Buffer.from(generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' })),
    ),
  );
  if (!pem) return workspaceSigningKey(env.DATA_DIR);
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** {@link trustedPublicKey}, with the workspace's own key read from PostgreSQL when DATABASE_URL is set. */
export async function sharedTrustedPublicKey(env: KeySettings, publicKeyFile?: string): Promise<KeyObject> {
  if (publicKeyFile) return trustedPublicKey({ dataDir: env.DATA_DIR, publicKeyFile });
  const found = await withPostgres(env, async (db) => (await existingSecret(db, SIGNING_KEY_SECRET)) ?? false);
  if (found === null) return trustedPublicKey({ dataDir: env.DATA_DIR });
  if (found === false)
    throw new Error(
      "No key to check a digest against: no replica has made one in PostgreSQL yet (give the workspace's public key with --public-key)",
    );
  return createPublicKey(createPrivateKey(found));
}

/** `fn` over the workspace's PostgreSQL, or null when none is configured. */
async function withPostgres<T>(env: KeySettings, fn: (db: PostgresDatabase) => Promise<T>): Promise<T | null> {
  if (!env.DATABASE_URL) return null;
  const db = await PostgresDatabase.connect({ url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/**
 * The key a digest must have been signed with: the PEM file an auditor keeps (`publicKeyFile`,
 * a public key or the workspace's private key file), else the workspace's own key in DATA_DIR.
 * Never makes a key: checking against a fresh key would prove nothing.
 */
export function trustedPublicKey(options: { dataDir: string; publicKeyFile?: string }): KeyObject {
  const file = options.publicKeyFile ?? join(options.dataDir, SIGNING_KEY_FILE);
  if (!existsSync(file)) {
    throw new Error(
      `No key to check a digest against: ${file} does not exist (give the workspace's public key with --public-key)`,
    );
  }
  const key = createPublicKey(readFileSync(file));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is not an Ed25519 key`);
  return key;
}

/** SPKI, DER, base64: how a digest names a key. */
export function publicKeyBase64(key: KeyObject): string {
  return key.export({ format: 'der', type: 'spki' }).toString('base64');
}

/** PEM of the public half, for an auditor to keep apart from the server. */
export function publicKeyPem(key: KeyObject): string {
  return key.export({ format: 'pem', type: 'spki' }).toString();
}

export function fingerprintOf(publicKeyBase64Text: string): string {
  return createHash('sha256').update(Buffer.from(publicKeyBase64Text, 'base64')).digest('hex');
}
