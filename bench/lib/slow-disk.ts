import { EventStore, SqliteEventStore } from '@samverkan/event-store';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The SQLite adapter on a disk whose durable commits take `commitMs` longer: nothing else commits
 * meanwhile and the CPU is free (as a slow fsync waits on the device). Appends arriving meanwhile
 * wait for the next group commit.
 */
export function slowDiskStore(file: string, commitMs: number): EventStore {
  return SqliteEventStore.open(file, { afterCommit: () => sleep(commitMs) });
}
