import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'samverkan.lock';

interface Holder {
  pid: number;
  host: string;
  holder: string;
  since: string;
}

/** Refused because a live process holds the data directory. */
export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_IN_USE';
  constructor(dataDir: string, held: Holder) {
    super(
      `DATA_DIR ${dataDir} is in use by ${held.holder} (pid ${held.pid} on ${held.host}, since ${held.since}): ` +
        'stop it first, then run this again',
    );
  }
}

/**
 * Takes the data directory for this process (the server, or an operator command that writes the
 * read models or reads the embedded store whole): a file naming the holder, created only when
 * absent. Released at `release()` and at the process's exit; after a crash the file stays but its
 * process is gone, and the next taker finds it stale and takes over.
 */
export function lockDataDir(dataDir: string, holder: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), holder, since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const held = readHolder(file);
      if (held && alive(held)) throw new DataDirLockedError(dataDir, held);
      unlinkSync(file); // stale: its process crashed
    }
  }
  const release = () => {
    process.off('exit', release);
    const held = readHolder(file);
    if (held?.pid === mine.pid && held.since === mine.since) unlinkSync(file);
  };
  process.on('exit', release);
  return { release };
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder;
  } catch {
    return null; // unreadable or half-written: treated as stale
  }
}

/** Whether the holder's process still runs. On another host (a shared volume) it cannot be told: assume so. */
function alive(held: Holder): boolean {
  if (held.host !== hostname()) return true;
  try {
    process.kill(held.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `work` holding the data directory (an operator command), giving it back however `work` ends. */
export async function holdingDataDir<T>(dataDir: string, holder: string, work: () => Promise<T>): Promise<T> {
  const lock = lockDataDir(dataDir, holder);
  try {
    return await work();
  } finally {
    lock.release();
  }
}
