import { readFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { openEventStore, validateEnvironment } from '@samverkan/core';
import { BrokenLink, checkDigest, IntegrityDigest, sharedTrustedPublicKey, walkChains } from '@samverkan/audit';
import { EXIT } from './exit-codes';

/**
 * Walks every stream's hash chain and, with --digest, proves that nothing up to a kept digest's
 * position changed, under the key given (--public-key or INTEGRITY_PUBLIC_KEY_FILE), else the
 * workspace's own. Exit 0 when everything holds, EXIT.INTEGRITY when something does not.
 */
export async function verifyCommand(options: { digest?: string; publicKey?: string; json?: boolean }): Promise<void> {
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const digest = options.digest ? readDigest(options.digest) : undefined;
  const publicKeyFile = options.publicKey ?? (process.env.INTEGRITY_PUBLIC_KEY_FILE || undefined);
  const trustedKey = digest ? await sharedTrustedPublicKey(env, publicKeyFile) : undefined;
  const store = openEventStore(env);
  const bar = new SingleBar(
    { format: 'verify [{bar}] {percentage}% | position {value}/{total}', stream: process.stderr },
    Presets.shades_classic,
  );
  try {
    const head = await store.headPosition();
    if (!options.json) bar.start(Number(head ?? 0n), 0);
    const report = await walkChains(store, { onProgress: (p) => bar.update(Number(p)) });
    bar.stop();
    const check = digest && trustedKey ? await checkDigest(store, digest, trustedKey) : undefined;
    const holds = !report.firstBroken && (check?.holds ?? true);
    if (options.json) {
      const { heads: _heads, ...rest } = report;
      process.stdout.write(
        `${JSON.stringify({ holds, ...rest, checkedUpTo: rest.checkedUpTo?.toString() ?? null, firstBroken: brokenJson(rest.firstBroken), digest: check }, null, 2)}\n`,
      );
    } else {
      process.stdout.write(
        `Checked ${report.eventsChecked} events in ${report.streamsChecked} streams, up to position ${report.checkedUpTo?.toString() ?? '-'}.\n`,
      );
      if (report.firstBroken)
        process.stdout.write(`BROKEN: ${describe(report.firstBroken)} (${report.brokenLinks} broken link(s) in all)\n`);
      else process.stdout.write('Every hash chain holds.\n');
      if (check && digest) {
        process.stdout.write(
          check.holds
            ? `The digest of position ${digest.position} holds: ${check.streamsCompared} stream heads match its root ${digest.root.slice(0, 16)}… (key ${digest.keyFingerprint.slice(0, 16)}…).\n`
            : `The digest of position ${digest.position} does NOT hold:\n${check.problems.map((p) => `  - ${p}`).join('\n')}\n`,
        );
      }
    }
    process.exitCode = holds ? EXIT.OK : EXIT.INTEGRITY;
  } finally {
    bar.stop();
    await store.close();
  }
}

function describe(b: BrokenLink): string {
  if (b.problem === 'UNREADABLE') return `an unreadable event after position ${b.position?.toString() ?? 'start'}`;
  return `${b.problem} at stream ${b.stream} revision ${b.revision} (event ${b.eventId}, position ${b.position?.toString()})`;
}

function brokenJson(b: BrokenLink | null) {
  return b ? { ...b, position: b.position?.toString() ?? null } : null;
}

function readDigest(file: string): IntegrityDigest {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IntegrityDigest;
  } catch (error) {
    throw new Error(`--digest: cannot read ${file} as a digest (${(error as Error).message})`);
  }
}
