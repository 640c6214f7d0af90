import { Logger } from '@nestjs/common';
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqlitePersonDirectory } from './sqlite-person-directory';
import { ASA, BO, openSealedField } from '../testing/person-records';

type Sealed = { id: string; name: Buffer | null; email: Buffer | null; phone: Buffer | null; key: Buffer | null };

/** Every byte SQLite keeps for the file: the database, its WAL and its shared memory. */
function rawBytes(file: string): Buffer {
  return Buffer.concat([file, `${file}-wal`, `${file}-shm`].filter(existsSync).map((f) => readFileSync(f)));
}

const holds = (bytes: Buffer, needle: string | Buffer) =>
  bytes.includes(typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle);

/** Reads or changes the file behind the directory's back, as someone holding a copy of it could. */
function withFile<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const sealedRow = (file: string, id: string) =>
  withFile(file, (db) =>
    db
      .prepare(
        `SELECT p.id, p.name, p.email, p.phone, k.key FROM persons p LEFT JOIN person_keys k ON k.person_id = p.id WHERE p.id = ?`,
      )
      .get(id),
  ) as Sealed;

const personal = (p: typeof ASA) => [p.name, p.email, p.phone];

describe('PersonDirectory', () => {
  let dir: string;
  let file: string;
  let persons: SqlitePersonDirectory;
  let warn: jest.SpyInstance;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-persons-'));
    file = join(dir, 'personal-data.sqlite');
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    persons?.close();
    warn.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('given registered persons', () => {
    let asa: string;
    let bo: string;
    beforeEach(() => {
      persons = new SqlitePersonDirectory(file);
      asa = persons.register(ASA);
      bo = persons.register(BO);
    });

    it('when found, then their name, e-mail and phone come back decrypted, and the organisation as is', () => {
      expect(persons.find(asa)).toEqual({ id: asa, ...ASA, erasedAt: null });
      expect(persons.displayName(bo)).toBe(BO.name);
      expect(persons.find('person-nobody')).toBeNull();
      expect(persons.displayName('person-nobody')).toBeNull();
    });

    it('when the file is read raw, open or closed, then no name, e-mail or phone is in it, only ciphertext', () => {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
      const open = rawBytes(file);
      for (const value of [...personal(ASA), ...personal(BO)]) expect(holds(open, value)).toBe(false);
      expect(holds(open, 'FK')).toBe(true); // the organisation stays in clear
      persons.close();
      const closed = rawBytes(file);
      expect(existsSync(`${file}-wal`)).toBe(false);
      for (const value of [...personal(ASA), ...personal(BO)]) expect(holds(closed, value)).toBe(false);
      const row = sealedRow(file, asa);
      expect(row.key).toHaveLength(32);
      expect(openSealedField(row.key!, asa, 'phone', row.phone!)).toBe(ASA.phone);
    });

    it('when upserted with some fields, then those replace the old ones and the rest stay', () => {
      persons.upsert(asa, { email: 'asa.ny@example.se', phone: null });
      expect(persons.find(asa)).toMatchObject({
        name: ASA.name,
        email: 'asa.ny@example.se',
        phone: ASA.phone,
        organisation: 'FK',
      });
      const before = sealedRow(file, bo);
      persons.upsert(bo, { name: BO.name, organisation: BO.organisation });
      expect(sealedRow(file, bo).name).toEqual(before.name); // unchanged: not rewritten
    });

    it('when one is erased, then find shows the erasure with the organisation kept and the name reads "raderad"', () => {
      const at = new Date('2025-03-01T10:00:00.000Z');
      expect(persons.erase(asa, at)).toBe('erased');
      expect(persons.find(asa)).toEqual({
        id: asa,
        name: null,
        email: null,
        phone: null,
        organisation: 'FK',
        erasedAt: at.toISOString(),
      });
      expect(persons.displayName(asa)).toBe('raderad');
      expect(persons.isErased(asa)).toBe(true);
      expect(persons.isErased(bo)).toBe(false);
      expect(persons.erasedIds()).toEqual([asa]);
      expect(persons.find(bo)).toMatchObject({ name: BO.name });
    });

    it('when erased twice, then the second says already_erased; an unknown id says unknown', () => {
      expect(persons.erase(bo, new Date())).toBe('erased');
      expect(persons.erase(bo, new Date())).toBe('already_erased');
      expect(persons.erase('person-nobody', new Date())).toBe('unknown');
      expect(persons.find('person-nobody')).toBeNull();
    });

    it('when an erased person is upserted again, then they stay erased; registering the name again gives a new id', () => {
      persons.erase(asa, new Date('2025-03-01T10:00:00.000Z'));
      persons.upsert(asa, ASA);
      expect(persons.find(asa)).toMatchObject({
        name: null,
        email: null,
        phone: null,
        erasedAt: '2025-03-01T10:00:00.000Z',
      });
      expect(sealedRow(file, asa).key).toBeNull();
      const again = persons.register(ASA);
      expect(again).not.toBe(asa);
      expect(persons.find(again)).toMatchObject({ name: ASA.name, erasedAt: null });
    });

    it('when a name ciphertext is swapped between two persons, then both names read null, nothing throws and nothing personal is logged', () => {
      withFile(file, (db) => {
        const name = (id: string) =>
          (db.prepare('SELECT name FROM persons WHERE id = ?').get(id) as { name: Buffer }).name;
        const [a, b] = [name(asa), name(bo)];
        db.prepare('UPDATE persons SET name = ? WHERE id = ?').run(b, asa);
        db.prepare('UPDATE persons SET name = ? WHERE id = ?').run(a, bo);
      });
      expect(persons.find(asa)).toMatchObject({ name: null, email: ASA.email, phone: ASA.phone });
      expect(persons.displayName(bo)).toBeNull();
      expect(warn).toHaveBeenCalled();
      const logged = JSON.stringify(warn.mock.calls);
      for (const value of [asa, bo, ...personal(ASA), ...personal(BO)]) expect(logged).not.toContain(value);
    });

    it('when a ciphertext is moved to another person together with its key, then the person id bound into it still refuses it', () => {
      withFile(file, (db) => {
        const from = sealedRow(file, asa);
        db.prepare('UPDATE person_keys SET key = ? WHERE person_id = ?').run(from.key, bo);
        db.prepare('UPDATE persons SET name = ? WHERE id = ?').run(from.name, bo);
      });
      expect(persons.find(bo)?.name).toBeNull();
      expect(persons.find(asa)?.name).toBe(ASA.name);
    });

    it('when e-mail and name are swapped within one person, then neither is shown under the wrong field', () => {
      withFile(file, (db) => db.prepare('UPDATE persons SET name = email, email = name WHERE id = ?').run(asa));
      expect(persons.find(asa)).toMatchObject({ name: null, email: null, phone: ASA.phone });
    });
  });

  describe('given many persons, some of whom are erased', () => {
    it('then their keys and ciphertexts are nowhere in the files, and a kept copy of the ciphertext cannot be decrypted', () => {
      persons = new SqlitePersonDirectory(file);
      const ids = Array.from({ length: 300 }, (_, i) =>
        persons.register({
          name: `Person ${i} Testsson`,
          email: `p${i}@example.se`,
          phone: `070-${i}`,
          organisation: i % 2 ? 'FK' : 'AV',
        }),
      );
      const erased = [ids[0], ids[17], ids[150], ids[299]];
      const before = erased.map((id) => sealedRow(file, id));
      for (const row of before)
        expect(openSealedField(row.key!, row.id, 'name', row.name!)).toMatch(/^Person \d+ Testsson$/);

      for (const id of erased) expect(persons.erase(id, new Date('2025-04-01T00:00:00Z'))).toBe('erased');

      const whileOpen = rawBytes(file);
      expect(statSync(`${file}-wal`).size).toBe(0);
      persons.close();
      for (const bytes of [whileOpen, rawBytes(file)]) {
        for (const row of before) {
          for (const secret of [row.key!, row.name!, row.email!, row.phone!]) expect(holds(bytes, secret)).toBe(false);
        }
      }
      const remainingKeys = withFile(
        file,
        (db) => db.prepare('SELECT person_id, key FROM person_keys').all() as { key: Buffer }[],
      );
      expect(remainingKeys).toHaveLength(296);
      for (const row of before) {
        for (const { key } of remainingKeys) expect(() => openSealedField(key, row.id, 'name', row.name!)).toThrow();
      }

      persons = new SqlitePersonDirectory(file);
      expect(persons.erasedIds()).toEqual([...erased].sort());
      expect(persons.find(ids[18])).toMatchObject({ name: 'Person 18 Testsson', organisation: 'AV' });
      expect(persons.find(ids[17])).toMatchObject({
        name: null,
        organisation: 'FK',
        erasedAt: '2025-04-01T00:00:00.000Z',
      });
    });
  });

  describe('given a file of the old plaintext schema', () => {
    const LEGACY = { name: 'Gunnel Gammalsson', email: 'gunnel@example.se', organisation: 'AV' };

    /** Written as the plaintext directory did, and copied while still open, as after a crash, so its WAL comes along. */
    function writeLegacyFile(): void {
      const source = join(dir, 'legacy.sqlite');
      const db = new Database(source);
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE persons (id TEXT PRIMARY KEY, name TEXT, email TEXT, organisation TEXT, erased_at TEXT)`);
      const insert = db.prepare(
        'INSERT INTO persons (id, name, email, organisation, erased_at) VALUES (?, ?, ?, ?, ?)',
      );
      insert.run('dev-av-inspector', 'Ingrid Förstnamn', 'ingrid@example.se', 'AV', null);
      db.prepare('UPDATE persons SET name = ? WHERE id = ?').run('Ingrid Inspektör', 'dev-av-inspector');
      insert.run('person-legacy', LEGACY.name, LEGACY.email, LEGACY.organisation, null);
      insert.run('person-gone', 'Erik Raderadsson', null, 'FK', '2024-12-01T00:00:00.000Z');
      // Rows deleted without secure_delete leave their bytes on free pages, which only a vacuum removes.
      for (let i = 0; i < 2000; i++)
        insert.run(`person-filler-${i}`, `Frida Fyllnadsdotter ${i} från Fyllnadsbyn`, null, 'AV', null);
      db.exec(`DELETE FROM persons WHERE id LIKE 'person-filler-%'`);
      for (const suffix of ['', '-wal']) {
        copyFileSync(`${source}${suffix}`, `${file}${suffix}`);
      }
      db.close();
      rmSync(source);
    }

    it('when opened, then every row is encrypted under a new key, find still returns it, and no plaintext is left in the files', () => {
      writeLegacyFile();
      expect(holds(rawBytes(file), LEGACY.name)).toBe(true);
      expect(holds(rawBytes(file), 'Fyllnadsdotter')).toBe(true);

      persons = new SqlitePersonDirectory(file);
      expect(persons.find('person-legacy')).toEqual({ id: 'person-legacy', ...LEGACY, phone: null, erasedAt: null });
      expect(persons.displayName('dev-av-inspector')).toBe('Ingrid Inspektör');
      expect(persons.find('person-gone')).toEqual({
        id: 'person-gone',
        name: null,
        email: null,
        phone: null,
        organisation: 'FK',
        erasedAt: '2024-12-01T00:00:00.000Z',
      });
      expect(persons.erasedIds()).toEqual(['person-gone']);

      const plaintexts = [
        LEGACY.name,
        LEGACY.email,
        'Ingrid Förstnamn',
        'Ingrid Inspektör',
        'ingrid@example.se',
        'Erik Raderadsson',
        'Fyllnadsdotter',
      ];
      const open = rawBytes(file);
      for (const value of plaintexts) expect(holds(open, value)).toBe(false);
      persons.close();
      const closed = rawBytes(file);
      for (const value of plaintexts) expect(holds(closed, value)).toBe(false);
      expect(withFile(file, (db) => db.pragma('user_version', { simple: true }))).toBe(1);
      expect(
        withFile(file, (db) => db.prepare('SELECT name FROM sqlite_master WHERE name LIKE ?').all('%plaintext%')),
      ).toEqual([]);

      persons = new SqlitePersonDirectory(file);
      expect(persons.find('person-legacy')?.name).toBe(LEGACY.name);
    });
  });
});
