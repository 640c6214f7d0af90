import Database from 'better-sqlite3';
import { readDocument } from './document-queries';
import { documentProjection, ProjectedEvent } from './projection';

/** How often a door was knocked on: a fold that is not idempotent, so an event applied twice shows. */
interface KnockDoc {
  knocks: number;
}

const knocks = documentProjection<KnockDoc>({
  name: 'test.knocks',
  version: 1,
  table: 'test_knocks',
  categories: ['door', 'visit'],
  keyOf: (event) => (event.data as { doorId?: string }).doorId ?? null,
  evolve(doc, event) {
    if (event.type === 'DoorOpened') return { knocks: 0 };
    if (event.type === 'DoorRemoved') return null;
    if (event.type === 'DoorKnocked') return doc && { knocks: doc.knocks + 1 };
    return doc;
  },
});

let position = 0n;
const recorded = (stream: string, revision: number, type: string, doorId?: string): ProjectedEvent =>
  ({ stream, revision, type, data: { doorId }, position: ++position, metadata: {} }) as unknown as ProjectedEvent;

describe('documentProjection', () => {
  let db: Database.Database;
  const apply = (...events: ProjectedEvent[]) => events.forEach((event) => knocks.apply(db, event));
  const door = (id = 'a') => readDocument<KnockDoc>(db, 'test_knocks', id);

  beforeEach(() => {
    db = new Database(':memory:');
    knocks.setup(db);
  });
  afterEach(() => db.close());

  describe('given a door opened and knocked on twice', () => {
    const opened = recorded('door-a', 0, 'DoorOpened', 'a');
    const first = recorded('door-a', 1, 'DoorKnocked', 'a');
    const second = recorded('door-a', 2, 'DoorKnocked', 'a');
    beforeEach(() => apply(opened, first, second));

    it('holds the fold of every event, with the revision of the last', () => {
      expect(door()).toEqual({ doc: { knocks: 2 }, revision: 2 });
    });

    it('changes nothing when the last event is delivered again (at least once delivery)', () => {
      apply(second);
      expect(door()).toEqual({ doc: { knocks: 2 }, revision: 2 });
    });

    it('changes nothing when an earlier event is delivered again', () => {
      apply(first);
      expect(door()).toEqual({ doc: { knocks: 2 }, revision: 2 });
    });

    it('folds an event of another stream keyed to the same document, whatever its revision, once', () => {
      const visit = recorded('visit-x', 0, 'DoorKnocked', 'a');
      apply(visit);
      expect(door()).toEqual({ doc: { knocks: 3 }, revision: 0 });
      apply(visit);
      expect(door()).toEqual({ doc: { knocks: 3 }, revision: 0 });
    });

    it('moves the revision seen on when an event leaves the document as it was', () => {
      apply(recorded('door-a', 3, 'DoorLookedAt', 'a'));
      expect(door()).toEqual({ doc: { knocks: 2 }, revision: 3 });
      apply(second);
      expect(door()).toEqual({ doc: { knocks: 2 }, revision: 3 });
    });

    it('deletes the document when the fold ends it', () => {
      apply(recorded('door-a', 3, 'DoorRemoved', 'a'));
      expect(door()).toBeNull();
    });
  });

  it('ignores an event that names no document', () => {
    apply(recorded('door-a', 0, 'DoorOpened'));
    expect(db.prepare('SELECT COUNT(*) AS n FROM test_knocks').get()).toEqual({ n: 0 });
  });

  it('keeps no document for a change before the first event', () => {
    apply(recorded('door-b', 0, 'DoorKnocked', 'b'));
    expect(door('b')).toBeNull();
  });

  it('drops its table on reset, and setup makes it again, empty', () => {
    apply(recorded('door-a', 0, 'DoorOpened', 'a'));
    knocks.reset(db);
    expect(() => door()).toThrow(/no such table/);
    knocks.setup(db);
    expect(door()).toBeNull();
  });

  it('is named, versioned and scoped to its categories as given', () => {
    expect(knocks).toMatchObject({ name: 'test.knocks', version: 1, categories: ['door', 'visit'] });
  });
});
