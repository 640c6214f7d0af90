import Database from 'better-sqlite3';
import type { DomainEvent } from '../domain/decider';
import { docFieldIs, documentList, documentsWhere, readDocument } from './document-queries';
import { entityProjection } from './entity-projection';
import type { ProjectedEvent } from './projection';

type Opened = DomainEvent<'DoorOpened', { doorId: string; colour: string }>;
type Painted = DomainEvent<'DoorPainted', { doorId: string; colour: string }>;
type Knocked = DomainEvent<'DoorKnocked', { doorId: string }>;
interface DoorDoc {
  doorId: string;
  colour: string;
  position: string;
}

const doors = entityProjection<Opened | Painted | Knocked, DoorDoc>({
  name: 'test.door',
  table: 'test_door',
  category: 'door',
  key: 'doorId',
  indexes: { colour: ['colour'] },
  start: { DoorOpened: ({ data }, { position }) => ({ ...data, position: position.toString() }) },
  change: { DoorPainted: (doc, { data }) => ({ ...doc, colour: data.colour }) },
});

let position = 0n;
const recorded = (stream: string, revision: number, type: string, data: object): ProjectedEvent =>
  ({ stream, revision, type, data, position: ++position, metadata: {} }) as unknown as ProjectedEvent;

describe('entityProjection and the document queries', () => {
  const db = new Database(':memory:');
  doors.setup(db);
  const feed = [
    recorded('door-a', 0, 'DoorOpened', { doorId: 'a', colour: 'red' }),
    recorded('door-b', 0, 'DoorPainted', { doorId: 'b', colour: 'blue' }),
    recorded('door-c', 0, 'DoorOpened', { doorId: 'c', colour: 'red' }),
    recorded('door-a', 1, 'DoorPainted', { doorId: 'a', colour: 'green' }),
    recorded('door-c', 1, 'DoorKnocked', { doorId: 'c' }),
  ];
  for (const event of [...feed, ...feed]) doors.apply(db, event);
  const list = documentList<DoorDoc, { colour?: string | null }>('test_door', (filter) => [
    [filter.colour, docFieldIs('colour')],
  ]);

  it('starts a document from its first event, folds the later ones, and ignores a change before any start', () => {
    expect(readDocument(db, 'test_door', 'a')).toEqual({
      doc: { doorId: 'a', colour: 'green', position: '1' },
      revision: 1,
    });
    expect(readDocument(db, 'test_door', 'b')).toBeNull();
    expect(readDocument(db, 'test_door', 'c')).toEqual({
      doc: { doorId: 'c', colour: 'red', position: '3' },
      revision: 1,
    });
  });

  it('creates the indexes it names', () => {
    expect(
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'test_door_colour'`).get(),
    ).toEqual({
      name: 'test_door_colour',
    });
  });

  it.each([
    [{}, null, 10, ['c', 'a']],
    [{}, null, 1, ['c']],
    [{}, 3n, 10, ['a']],
    [{ colour: 'red' }, null, 10, ['c']],
    [{ colour: null }, null, 10, []],
  ])('pages %o before %s, at most %i, newest first', (filter, before, limit, ids) => {
    expect(list(db, { filter, before, limit }).map((row) => row.doc.doorId)).toEqual(ids);
  });

  it('selects documents with clauses and positional parameters', () => {
    const red = documentsWhere<DoorDoc>(db, 'test_door', `WHERE json_extract(doc, '$.colour') = ? ORDER BY id`, 'red');
    expect(red.map((row) => row.doc.doorId)).toEqual(['c']);
  });
});
