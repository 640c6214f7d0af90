import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_KEY_FILE = 'integrity-signing-key.pem';

/**
 * The workspace's Ed25519 key for signing digests, made at first use and kept in DATA_DIR, readable
 * by its owner only. The public half travels inside each digest; an auditor who noted it once (its
 * fingerprint is printed) can tell later digests of this workspace from forgeries.
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
