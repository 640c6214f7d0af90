import { closeSync, fchmodSync, openSync, writeFileSync } from 'node:fs';

/**
 * Opens a file only its owner may read: exports carry names and audit evidence. The mode is set on
 * the open descriptor before anything is written, because `mode` applies only to a file the call
 * creates, and an existing `--out` file may be readable by everyone.
 */
export function openPrivateFile(path: string, options: { overwrite: boolean }): number {
  const fd = openSync(path, options.overwrite ? 'w' : 'wx', 0o600);
  try {
    fchmodSync(fd, 0o600);
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return fd;
}

/** Writes a whole file only its owner may read (see {@link openPrivateFile}). */
export function writePrivateFile(path: string, text: string, options: { overwrite: boolean }): void {
  const fd = openPrivateFile(path, options);
  try {
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
