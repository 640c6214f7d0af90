import { SingleBar, Presets } from 'cli-progress';
import { openEventStore, validateEnvironment } from '@samverkan/core';
import { createDigest, publicKeyPem, sharedSigningKey } from '@samverkan/audit';
import { writePrivateFile } from './private-file';

/** Writes a signed digest of every stream's head for an auditor to keep (see docs/AUDIT.md). */
export async function digestCommand(options: { out?: string; publicKeyOut?: string }): Promise<void> {
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const store = openEventStore(env);
  const bar = new SingleBar(
    { format: 'digest [{bar}] {percentage}% | position {value}/{total}', stream: process.stderr },
    Presets.shades_classic,
  );
  try {
    bar.start(Number((await store.headPosition()) ?? 0n), 0);
    const keys = await sharedSigningKey(env);
    const digest = await createDigest(store, keys, new Date(), (p) => bar.update(Number(p)));
    bar.stop();
    const file = options.out ?? `samverkan-digest-${digest.position}.json`;
    writePrivateFile(file, `${JSON.stringify(digest, null, 2)}\n`, { overwrite: false });
    // The public half is no secret; an auditor who keeps it can check digests without the server's key file.
    if (options.publicKeyOut)
      writePrivateFile(options.publicKeyOut, publicKeyPem(keys.publicKey), { overwrite: false });
    process.stdout.write(
      `Wrote ${file}: ${digest.events} events in ${digest.streams} streams up to position ${digest.position}.\n` +
        `Root ${digest.root}\nSigned by key ${digest.keyFingerprint}\n` +
        (options.publicKeyOut ? `Wrote the public key to ${options.publicKeyOut}\n` : '') +
        `Keep it; later, \`npm run cli -- verify --digest ${file}${options.publicKeyOut ? ` --public-key ${options.publicKeyOut}` : ''}\` proves nothing before that position changed.\n`,
    );
  } finally {
    bar.stop();
    await store.close();
  }
}
