import { Logger } from '@nestjs/common';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { PostgresDatabase, sharedSecret } from '@samverkan/core';

const makeKey = () => randomBytes(32);

/** The replicas' 32-byte key for signing tokens, made by the first replica that needs it. */
export async function sharedSigningSecret(postgres: PostgresDatabase, name: string): Promise<Uint8Array> {
  return new Uint8Array(await sharedSecret(postgres, name, makeKey));
}

/**
 * A single server's 32-byte key for signing tokens (replicas share theirs in PostgreSQL instead),
 * in a file of the data directory readable by its owner only, made by the first process that needs
 * it. `described` names it in the log line that says it was made, e.g. "a token signing secret".
 */
export function fileSecret(dataDir: string, name: string, described: string, logger: Logger): Uint8Array {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    // `wx`: two processes on one DATA_DIR (never two servers; a server and a CLI command) keep the first.
    try {
      writeFileSync(file, makeKey().toString('base64'), { mode: 0o600, flag: 'wx' });
      logger.log({ msg: `created ${described} in ${file}` });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
}
