import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePrivateFile } from './private-file';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('A file the CLI writes', () => {
  let dir: string;
  let umask: number;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-private-'));
    // The usual umask, under which a plain write makes a file everyone may read.
    umask = process.umask(0o022);
  });
  afterEach(() => {
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A file already there, which everyone may read. */
  const readableByAll = (name: string, content: string): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    chmodSync(file, 0o644);
    return file;
  };

  it('is created readable and writable by its owner only', () => {
    const file = join(dir, 'report.csv');
    writePrivateFile(file, 'a,b\n', { overwrite: true });
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('a,b\n');
  });

  it('is made owner-only when it replaces a file everyone could read', () => {
    const file = readableByAll('report.csv', 'old content that was longer\n');
    writePrivateFile(file, 'new\n', { overwrite: true });
    expect(modeOf(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });

  it('never replaces an existing file when told not to, and leaves it as it was', () => {
    const file = readableByAll('digest.json', 'kept\n');
    expect(() => writePrivateFile(file, 'other\n', { overwrite: false })).toThrow(/EEXIST/);
    expect(readFileSync(file, 'utf8')).toBe('kept\n');
    expect(modeOf(file)).toBe(0o644);
  });
});
