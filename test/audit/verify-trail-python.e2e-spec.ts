import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainHash } from '@samverkan/core';
import { seedForums } from '@samverkan/demo';
import type { ExportedEvent } from '../fixtures/known-answers/load-export';
import { demoSendOf } from '../support/demo-workspace';
import { writeForgedDigest } from '../support/forged-digest';
import { startTestApp } from '../support/test-app';
import { ROOT, tsNode } from '../support/ts-node';

/**
 * tools/verify-trail.py, an auditor's own check in another language, on a real store exported by
 * `export events`: it agrees with the workspace where the trail holds and finds each kind of
 * tampering where it does not. Skipped, saying why, on a machine without python3.
 */
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' });
const hasPython = python.status === 0;
if (!hasPython) process.stdout.write('verify-trail-python: SKIPPED, python3 is not on this machine\n');
const FIXTURE = join(ROOT, 'test/fixtures/known-answers');

function trail(events: string, ...args: string[]) {
  const result = spawnSync('python3', [join(ROOT, 'tools/verify-trail.py'), events, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

(hasPython ? describe : describe.skip)('An exported trail, checked by tools/verify-trail.py', () => {
  let dataDir: string;
  let exported: ExportedEvent[];
  let digestFile: string;
  let keyFile: string;
  const write = (name: string, events: ExportedEvent[]) => {
    const file = join(dataDir, name);
    writeFileSync(file, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    return file;
  };
  const copy = () => exported.map((e) => structuredClone(e));
  const withDigest = (file: string) => trail(file, '--digest', digestFile, '--public-key', keyFile);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-trail-py-'));
    const t = await startTestApp({ dataDir });
    await seedForums(demoSendOf(t));
    await t.close();
    digestFile = join(dataDir, 'digest.json');
    keyFile = join(dataDir, 'workspace-key.pem');
    for (const args of [
      ['digest', '--out', digestFile, '--public-key-out', keyFile],
      ['export', 'events', '--out', join(dataDir, 'events.jsonl')],
    ]) {
      const { command, args: argv, options } = tsNode('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
      const run = spawnSync('/bin/sh', ['-c', 'umask 022 && exec "$0" "$@"', command, ...argv], {
        ...options,
        encoding: 'utf8',
      });
      expect({ args, code: run.status, err: run.stderr }).toMatchObject({ code: 0 });
    }
    exported = readFileSync(join(dataDir, 'events.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ExportedEvent);
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('exports every event with the fields the chain covers, to a file its owner only may read', () => {
    expect(statSync(join(dataDir, 'events.jsonl')).mode & 0o777).toBe(0o600);
    expect(exported.length).toBeGreaterThan(500);
    expect(Object.keys(exported[0])).toEqual([
      'id',
      'stream',
      'revision',
      'position',
      'type',
      'data',
      'metadata',
      'recordedAt',
    ]);
  });

  it('holds the real store and its digest, with the root the workspace signed', () => {
    const result = withDigest(join(dataDir, 'events.jsonl'));
    const digest = JSON.parse(readFileSync(digestFile, 'utf8')) as { root: string; timelineRoot: string };
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain(`root ${digest.root}`);
    expect(result.out).toContain(`timelineRoot ${digest.timelineRoot}`);
    expect(result.out).toContain('The trail holds.');
  });

  it.each([
    ['1', 'digest-v1.json'],
    ['2', 'digest-v2.json'],
  ])('holds the known-answer store under its digest of format %s and the test key', (_format, name) => {
    const result = trail(
      join(FIXTURE, 'store.jsonl'),
      '--digest',
      join(FIXTURE, name),
      '--public-key',
      join(FIXTURE, 'TEST-ONLY-public-key.pem'),
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('root 1461fbbd786c50dca46b347da76f5b59745fce54c31cc2a6ee599c10f5c45b38');
    expect(result.out).toContain('timelineRoot a65b4b05d729352c54c279be0dcbe10dd05a0a66e6b02bb689b1a6aeb37d72c0');
  });

  it('finds with a format-2 digest the recorded time of a format-1 event changed, which its chain does not cover', () => {
    const events = readFileSync(join(FIXTURE, 'store.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ExportedEvent);
    events[4].recordedAt = '2026-01-01T00:00:00.000Z';
    const file = write('redated-v1.jsonl', events);
    expect(trail(file).code).toBe(0);
    const result = trail(
      file,
      '--digest',
      join(FIXTURE, 'digest-v2.json'),
      '--public-key',
      join(FIXTURE, 'TEST-ONLY-public-key.pem'),
    );
    expect(result.code).toBe(2);
    expect(result.out).toContain("DIGEST The events' positions or recorded times up to the digest's position changed");
  });

  it('verifies Ed25519 as RFC 8032 does (its test 1), and refuses a signature one bit off', () => {
    const check = (signature: string) =>
      spawnSync(
        'python3',
        [
          '-c',
          [
            'import sys, ed25519_verify as e',
            "ok = e.verify(bytes.fromhex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'), b'', bytes.fromhex(sys.argv[1]))",
            'print(ok)',
          ].join('\n'),
          signature,
        ],
        { cwd: join(ROOT, 'tools'), encoding: 'utf8' },
      ).stdout.trim();
    const rfc =
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
    expect(check(rfc)).toBe('True');
    expect(check(`${rfc.slice(0, -1)}a`)).toBe('False');
  });

  it("finds a middle event's data changed, naming the event", () => {
    const events = copy();
    const i = events.findIndex(
      (e, at) => e.type === 'MeetingHeld' && events.slice(at + 1).some((later) => later.stream === e.stream),
    );
    (events[i].data as Record<string, unknown>).minutes = 'Skrivet om i efterhand';
    const result = trail(write('edited.jsonl', events));
    expect(result.code).toBe(2);
    expect(result.out).toContain(
      `BROKEN HASH_MISMATCH at ${events[i].stream} revision ${events[i].revision} (event ${events[i].id}`,
    );
  });

  it('finds an event taken out of the middle of its stream', () => {
    const events = copy();
    const i = events.findIndex(
      (e, at) => e.revision > 0 && events.slice(at + 1).some((later) => later.stream === e.stream),
    );
    const [removed] = events.splice(i, 1);
    const result = trail(write('removed.jsonl', events));
    expect(result.code).toBe(2);
    expect(result.out).toContain(`BROKEN REVISION_GAP at ${removed.stream} revision ${removed.revision + 1}`);
  });

  it("finds a format-2 event's recorded time changed", () => {
    const events = copy();
    events[3].recordedAt = '2020-01-01T00:00:00.000Z';
    const result = trail(write('redated.jsonl', events));
    expect(result.code).toBe(2);
    expect(result.out).toContain(`BROKEN RECORDED_AT_MISMATCH at ${events[3].stream} revision ${events[3].revision}`);
  });

  it("finds with the digest a stream's last event rewritten with a fresh hash, which the chain alone cannot", () => {
    const events = copy();
    const last = events[events.length - 1];
    const before = events.filter((e) => e.stream === last.stream).at(-2);
    last.data = { ...(last.data as object), rewritten: true };
    last.metadata.chainHash = chainHash((before?.metadata.chainHash as string) ?? null, last);
    const file = write('rewritten-head.jsonl', events);
    expect(trail(file).code).toBe(0);
    const result = withDigest(file);
    expect(result.code).toBe(2);
    expect(result.out).toContain(`DIGEST Stream ${last.stream} differs at its head`);
  });

  it('finds with the digest a whole stream removed', () => {
    const gone = exported[exported.length - 1].stream;
    const file = write(
      'stream-removed.jsonl',
      copy().filter((e) => e.stream !== gone),
    );
    expect(trail(file).code).toBe(0);
    expect(withDigest(file).out).toContain(`DIGEST Stream ${gone} is missing`);
  });

  it('finds a digest whose root was changed, or that another key signed', () => {
    const digest = JSON.parse(readFileSync(digestFile, 'utf8')) as { signature: string } & Record<string, unknown>;
    const events = join(dataDir, 'events.jsonl');
    const altered = join(dataDir, 'altered-digest.json');
    writeFileSync(altered, JSON.stringify({ ...digest, root: '0'.repeat(64) }));
    expect(trail(events, '--digest', altered, '--public-key', keyFile).out).toContain(
      'DIGEST The signature does not match the digest',
    );

    const forged = join(dataDir, 'forged-digest.json');
    writeForgedDigest(digest, forged);
    const result = trail(events, '--digest', forged, '--public-key', keyFile);
    expect(result.code).toBe(2);
    expect(result.out).toContain('DIGEST The digest was signed by another key than the trusted one');
  });

  it('writes the bytes a digest signs, so that OpenSSL checks the signature too', () => {
    const prefix = join(dataDir, 'signed');
    expect(
      trail(join(dataDir, 'events.jsonl'), '--digest', digestFile, '--public-key', keyFile, '--signed-bytes', prefix)
        .code,
    ).toBe(0);
    const openssl = (message: string) =>
      spawnSync(
        'openssl',
        ['pkeyutl', '-verify', '-pubin', '-inkey', keyFile, '-rawin', '-in', message, '-sigfile', `${prefix}.sig`],
        { encoding: 'utf8' },
      );
    const holds = openssl(`${prefix}.msg`);
    if (holds.error)
      return void process.stdout.write('verify-trail-python: OpenSSL check SKIPPED, openssl is not on this machine\n');
    expect(holds.stdout).toContain('Signature Verified Successfully');
    writeFileSync(`${prefix}.msg`, readFileSync(`${prefix}.msg`, 'utf8').replace('"streams":', '"streams":1'));
    expect(openssl(`${prefix}.msg`).status).not.toBe(0);
  });

  it('judges nothing of an export it cannot read: a line cut short, or one without its revision', () => {
    const file = join(dataDir, 'cut.jsonl');
    writeFileSync(file, `${JSON.stringify(exported[0])}\n${JSON.stringify(exported[1]).slice(0, 40)}\n`);
    expect(trail(file)).toMatchObject({ code: 1, out: '' });
    const { revision: _gone, ...first } = exported[0];
    writeFileSync(file, `${JSON.stringify(first)}\n`);
    expect(trail(file)).toMatchObject({ code: 1, out: '' });
  });

  it('refuses to check a digest without the key it must be signed with', () => {
    const result = trail(join(dataDir, 'events.jsonl'), '--digest', digestFile);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--digest needs --public-key');
  });
});
