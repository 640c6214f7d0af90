import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { PersonDirectory } from '@samverkan/core';
import { seedForums } from '@samverkan/forums';
import { startTestApp } from '../support/test-app';
import { tsNode } from '../support/ts-node';

function cli(dataDir: string, ...args: string[]) {
  const { command, args: argv, options } = tsNode('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
  const result = spawnSync(command, argv, { ...options, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('Verifying integrity: npm run cli -- verify / digest, and verifyIntegrity', () => {
  let dataDir: string;
  let events: number;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-verify-'));
    const t = await startTestApp({ dataDir });
    await seedForums(t.app.get(CommandBus), t.app.get(PersonDirectory));
    const report = await t.gql('AUDITOR', '{ verifyIntegrity { holds streamsChecked eventsChecked checkedUpTo brokenLinks firstBroken { stream } } }');
    expect(report.data.verifyIntegrity).toMatchObject({ holds: true, brokenLinks: 0, firstBroken: null });
    events = report.data.verifyIntegrity.eventsChecked;
    expect(events).toBeGreaterThan(500);
    expect((await t.gql('STEERING_GROUP', '{ verifyIntegrity { holds } }')).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
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
    const target = db.prepare("SELECT stream, revision, event_id, data FROM events WHERE type = 'MeetingHeld' ORDER BY position LIMIT 1 OFFSET 3").get() as {
      stream: string; revision: number; event_id: string; data: string;
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
    expect(broken.out).toContain(`BROKEN: HASH_MISMATCH at stream ${target.stream} revision ${target.revision} (event ${target.event_id}`);
    expect(broken.out).toContain('(1 broken link(s) in all)');
    expect(broken.out).toContain('does NOT hold');
    const json = JSON.parse(cli(dataDir, 'verify', '--json').out);
    expect(json).toMatchObject({ holds: false, eventsChecked: events, firstBroken: { stream: target.stream, revision: target.revision, eventId: target.event_id } });

    bytes[offset] = original;
    writeFileSync(file, bytes);
    expect(cli(dataDir, 'verify', '--digest', digestFile).code).toBe(0);
  }, 90_000);

  it('says clearly when the digest file cannot be read, with exit code 1', () => {
    const result = cli(dataDir, 'verify', '--digest', join(dataDir, 'no-such-digest.json'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('--digest: cannot read');
  }, 30_000);
});
