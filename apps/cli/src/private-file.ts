import { closeSync, fchmodSync, openSync, writeFileSync } from 'node:fs';

/**
 * Writes a file only its owner may read: exports carry names and audit evidence. The mode is set on
 * the open descriptor before anything is written, because `mode` applies only to a file the call
 * creates, and an existing `--out` file may be readable by everyone.
 */
export function writePrivateFile(path: string, text: string, options: { overwrite: boolean }): void {
  const fd = openSync(path, options.overwrite ? 'w' : 'wx', 0o600);
  try {
    fchmodSync(fd, 0o600);
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
