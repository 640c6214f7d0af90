import Database from 'better-sqlite3';
import type { DomainEvent } from '../domain/decider';
import { readDocument } from './document-queries';
import { entityProjection } from './entity-projection';
import type { ProjectedEvent } from './projection';

type Opened = DomainEvent<'DoorOpened', { doorId: string; colour: string; size: number }>;
type Painted = DomainEvent<'DoorPainted', { doorId: string; colour: string }>;
type Door = Omit<Opened['data'], 'doorId'> & { id: string };

const options = {
  name: 'test.door',
  table: 'test_entity_door',
  category: 'door',
  key: 'doorId',
  start: { DoorOpened: ({ data }: Opened) => ({ id: data.doorId, colour: data.colour, size: data.size }) },
  change: { DoorPainted: (doc: Door, { data }: Painted) => ({ ...doc, colour: data.colour }) },
};

const recorded = (revision: number, type: string, data: object): ProjectedEvent =>
  ({ stream: 'door-a', revision, type, data, position: BigInt(revision + 1), metadata: {} }) as ProjectedEvent;

describe('entityProjection', () => {
  let db: Database.Database;
  beforeEach(() => (db = new Database(':memory:')));
  afterEach(() => db.close());

  it('is version 1 unless a version is given, so the first change of its mapping is a bump to 2', () => {
    expect(entityProjection<Opened | Painted, Door>(options)).toMatchObject({ version: 1, categories: ['door'] });
    expect(entityProjection<Opened | Painted, Door>({ ...options, version: 3 }).version).toBe(3);
  });

  it('indexes the document fields of each index in their order', () => {
    const doors = entityProjection<Opened | Painted, Door>({ ...options, indexes: { look: ['colour', 'size'] } });
    doors.setup(db);
    const index = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'test_entity_door_look'`).get();
    expect(index).toEqual({
      sql: `CREATE INDEX test_entity_door_look ON test_entity_door (json_extract(doc, '$.colour'), json_extract(doc, '$.size'))`,
    });
  });

  describe('given a door opened', () => {
    const doors = entityProjection<Opened | Painted, Door>(options);
    beforeEach(() => {
      doors.setup(db);
      doors.apply(db, recorded(0, 'DoorOpened', { doorId: 'a', colour: 'red', size: 2 }));
    });

    it('folds a later change into its document', () => {
      doors.apply(db, recorded(1, 'DoorPainted', { doorId: 'a', colour: 'blue' }));
      expect(readDocument(db, 'test_entity_door', 'a')).toEqual({
        doc: { id: 'a', colour: 'blue', size: 2 },
        revision: 1,
      });
    });

    it.each(['constructor', 'toString', 'DoorKnocked'])(
      'leaves the document as it was for an event typed %s',
      (type) => {
        doors.apply(db, recorded(1, type, { doorId: 'a' }));
        expect(readDocument(db, 'test_entity_door', 'a')).toEqual({
          doc: { id: 'a', colour: 'red', size: 2 },
          revision: 1,
        });
      },
    );

    it('ignores an event whose data lacks the key', () => {
      doors.apply(db, recorded(1, 'DoorPainted', { colour: 'blue' }));
      expect(readDocument(db, 'test_entity_door', 'a')).toEqual({
        doc: { id: 'a', colour: 'red', size: 2 },
        revision: 0,
      });
    });
  });

  it('makes no document of a change that comes before anything started the entity', () => {
    const doors = entityProjection<Opened | Painted, Door>(options);
    doors.setup(db);
    doors.apply(db, recorded(0, 'DoorPainted', { doorId: 'a', colour: 'blue' }));
    expect(readDocument(db, 'test_entity_door', 'a')).toBeNull();
  });
});
