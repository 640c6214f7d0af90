import { closeSync, writeSync } from 'node:fs';
import { writeEventLines } from '@samverkan/audit';
import { openEventStore, validateEnvironment } from '@samverkan/core';
import { openPrivateFile } from './private-file';

/** `export events`: the whole store as JSON lines, to stdout or a file its owner only may read. */
export async function exportEventsCommand(options: { out?: string }): Promise<void> {
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env });
  const store = openEventStore(env);
  const fd = options.out ? openPrivateFile(options.out, { overwrite: true }) : null;
  try {
    const count = await writeEventLines(store, (text) =>
      fd === null ? process.stdout.write(text) : writeSync(fd, text),
    );
    if (options.out) process.stderr.write(`Wrote ${count} events to ${options.out}\n`);
  } finally {
    if (fd !== null) closeSync(fd);
    await store.close();
  }
}
