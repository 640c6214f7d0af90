import Database from 'better-sqlite3';
import { Condition, documentsById, pagedList, readDocuments, whereOf } from './document-queries';

interface Tip {
  id: string;
  region: string;
  sent: number;
}

describe('the document queries', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE test_tip_doc (id TEXT PRIMARY KEY, revision INTEGER, doc TEXT)`);
  db.exec(`CREATE TABLE test_tip_row (id TEXT PRIMARY KEY, position INTEGER, region TEXT, sent INTEGER)`);
  const tips: Tip[] = [
    { id: 'a', region: 'north', sent: 1 },
    { id: 'b', region: 'south', sent: 0 },
    { id: 'c', region: 'north', sent: 0 },
  ];
  tips.forEach((tip, i) => {
    db.prepare('INSERT INTO test_tip_doc VALUES (?, ?, ?)').run(tip.id, i, JSON.stringify(tip));
    db.prepare('INSERT INTO test_tip_row VALUES (?, ?, ?, ?)').run(tip.id, 10 * (i + 1), tip.region, tip.sent);
  });

  describe('by ids', () => {
    const byId = documentsById<Tip>('test_tip_doc');
    const ids = (rows: { doc: Tip; revision: number }[]) => rows.map((row) => [row.doc.id, row.revision]).sort();

    it('reads each document asked for, with its revision, and leaves out the ids it does not hold', () => {
      expect(ids(byId(db, ['c', 'x', 'a']))).toEqual([
        ['a', 0],
        ['c', 2],
      ]);
    });

    it('reads nothing for no ids', () => {
      expect(readDocuments(db, 'test_tip_doc', [])).toEqual([]);
    });
  });

  describe('the WHERE clause', () => {
    it.each<[string, Condition[], string]>([
      ['no condition', [], ''],
      ['a field left out', [[undefined, 'a = @a']], ''],
      ['a flag that is off', [[false, 'sent = 1']], ''],
      ['a flag that is on', [[true, 'sent = 1']], 'WHERE sent = 1'],
      ['a null value', [[null, 'a = @a']], 'WHERE a = @a'],
      [
        'a zero or an empty text',
        [
          [0, 'a = @a'],
          ['', 'b = @b'],
        ],
        'WHERE a = @a AND b = @b',
      ],
    ])('of %s', (_, conditions, where) => {
      expect(whereOf(conditions)).toBe(where);
    });
  });

  describe('a paged list of rows, filtered by flags and fields', () => {
    interface Filter {
      region?: string;
      sentOnly?: boolean;
    }
    const list = pagedList<{ id: string }, Filter, number>(
      { select: 'id', from: 'test_tip_row', position: 'position' },
      (filter) => [
        [filter.region, 'region = @region'],
        [filter.sentOnly, 'sent = 1'],
      ],
    );
    const page = (filter: Filter, before: number | null = null, limit = 10) =>
      list(db, { filter, before, limit }).map((row) => row.id);

    it('binds the fields the conditions name and lets the flags choose conditions only', () => {
      expect(page({ region: 'north', sentOnly: false })).toEqual(['c', 'a']);
      expect(page({ region: 'north', sentOnly: true })).toEqual(['a']);
    });

    it('pages newest first from the cursor, at most the limit', () => {
      expect(page({}, 30, 1)).toEqual(['b']);
      expect(page({}, 20)).toEqual(['a']);
    });

    it('refuses a condition whose parameter the filter leaves undefined, rather than matching nothing', () => {
      const unbound = pagedList<{ id: string }, Filter & { today?: string }>(
        { select: 'id', from: 'test_tip_row', position: 'position' },
        (filter) => [[filter.sentOnly, 'sent < @today']],
      );
      expect(() => unbound(db, { filter: { sentOnly: true, today: undefined }, before: null, limit: 10 })).toThrow(
        /today/,
      );
    });
  });
});
