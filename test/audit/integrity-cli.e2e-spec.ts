import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedForums } from '@samverkan/demo';
import { demoSendOf } from '../support/demo-workspace';
import { writeForgedDigest } from '../support/forged-digest';
import { startTestApp } from '../support/test-app';
import { runCli } from '../support/ts-node';

function cli(dataDir: string, ...args: string[]) {
  return cliWith({}, dataDir, ...args);
}

function cliWith(env: Record<string, string>, dataDir: string, ...args: string[]) {
  const result = runCli(dataDir, args, env);
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('Verifying integrity: npm run cli -- verify / digest, and verifyIntegrity', () => {
  let dataDir: string;
  let events: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-verify-'));
    const t = await startTestApp({ dataDir });
    await seedForums(demoSendOf(t));
    const report = await t.gql(
      'AUDITOR',
      '{ verifyIntegrity { holds streamsChecked eventsChecked checkedUpTo brokenLinks firstBroken { stream } } }',
    );
    expect(report.data.verifyIntegrity).toMatchObject({ holds: true, brokenLinks: 0, firstBroken: null });
    events = report.data.verifyIntegrity.eventsChecked;
    expect(events).toBeGreaterThan(500);
    expect((await t.gql('STEERING_GROUP', '{ verifyIntegrity { holds } }')).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    await t.close();
  }, 90_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('names exactly the event whose stored bytes were altered, and the digest no longer holds', () => {
    const digestFile = join(dataDir, 'kept-digest.json');
    const digest = cli(dataDir, 'digest', '--out', digestFile);
    expect(digest.code).toBe(0);
    expect(digest.out).toMatch(new RegExp(`${events} events in \\d+ streams`));
    const ok = cli(dataDir, 'verify', '--digest', digestFile);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Every hash chain holds.');
    expect(ok.out).toMatch(/The digest of position \d+ holds/);

    // One byte of one event's minutes, changed in the file itself, as a careless or hostile edit would.
    const file = join(dataDir, 'events.sqlite');
    const db = new Database(file);
    // Everything into the main file first: the byte is changed there, not in a write-ahead log.
    db.pragma('wal_checkpoint(TRUNCATE)');
    const target = db
      .prepare(
        "SELECT stream, revision, event_id, data FROM events WHERE type = 'MeetingHeld' ORDER BY position LIMIT 1 OFFSET 3",
      )
      .get() as {
      stream: string;
      revision: number;
      event_id: string;
      data: string;
    };
    db.close();
    const bytes = readFileSync(file);
    const at = bytes.indexOf(Buffer.from(target.data));
    expect(at).toBeGreaterThan(0);
    expect(bytes.indexOf(Buffer.from(target.data), at + 1)).toBe(-1);
    const offset = at + target.data.indexOf('"minutes":"') + '"minutes":"'.length;
    const original = bytes[offset];
    bytes[offset] = original === 0x61 ? 0x62 : 0x61;
    writeFileSync(file, bytes);

    const broken = cli(dataDir, 'verify', '--digest', digestFile);
    expect(broken.code).toBe(2);
    expect(broken.out).toContain(
      `BROKEN: HASH_MISMATCH at stream ${target.stream} revision ${target.revision} (event ${target.event_id}`,
    );
    expect(broken.out).toContain('(1 broken link(s) in all)');
    expect(broken.out).toContain('does NOT hold');
    const json = JSON.parse(cli(dataDir, 'verify', '--json').out);
    expect(json).toMatchObject({
      holds: false,
      eventsChecked: events,
      firstBroken: { stream: target.stream, revision: target.revision, eventId: target.event_id },
    });

    bytes[offset] = original;
    writeFileSync(file, bytes);
    expect(cli(dataDir, 'verify', '--digest', digestFile).code).toBe(0);
  }, 90_000);

  it("refuses a digest signed by another key, and checks against the auditor's own copy of the public key", () => {
    const kept = join(dataDir, 'digest-with-key.json');
    const keptKey = join(dataDir, 'workspace-public-key.pem');
    expect(cli(dataDir, 'digest', '--out', kept, '--public-key-out', keptKey).code).toBe(0);
    expect(readFileSync(keptKey, 'utf8')).toContain('BEGIN PUBLIC KEY');
    expect(cli(dataDir, 'verify', '--digest', kept, '--public-key', keptKey).code).toBe(0);

    // A forger re-signs the very same heads with a key of their own: a valid signature, another key.
    const forged = join(dataDir, 'forged-digest.json');
    const forgerKey = writeForgedDigest(JSON.parse(readFileSync(kept, 'utf8')) as Record<string, unknown>, forged);
    const refused = cli(dataDir, 'verify', '--digest', forged);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('does NOT hold');
    expect(refused.out).toMatch(
      /signed by key [0-9a-f]{16}…, not by the trusted key [0-9a-f]{16}…: it does not come from this workspace/,
    );

    // Trusting the forger's key (by the environment) is the only way to make it hold; the genuine one then fails.
    const otherKey = join(dataDir, 'other-public-key.pem');
    writeFileSync(otherKey, forgerKey.export({ format: 'pem', type: 'spki' }));
    expect(cliWith({ INTEGRITY_PUBLIC_KEY_FILE: otherKey }, dataDir, 'verify', '--digest', kept).code).toBe(2);
  }, 120_000);

  it('says clearly when the digest file cannot be read, with exit code 1', () => {
    const result = cli(dataDir, 'verify', '--digest', join(dataDir, 'no-such-digest.json'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('--digest: cannot read');
  }, 30_000);
});
