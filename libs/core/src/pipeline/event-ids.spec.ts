import { entityIdFor, eventIdFor } from './event-ids';

/** A name-based (version 5) UUID of RFC 4122's variant. */
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('Ids derived from a command id', () => {
  it('give a retried create the same entity, and each part of one command its own', () => {
    const id = entityIdFor('c-1');
    expect(id).toMatch(UUID_V5);
    expect(entityIdFor('c-1')).toBe(id);
    expect(entityIdFor('c-1', 'entity')).toBe(id);
    expect(new Set([id, entityIdFor('c-1', 'meeting'), entityIdFor('c-2'), eventIdFor('c-1', 0)]).size).toBe(4);
  });

  it("give each of a command's events its own id, the same at every retry", () => {
    expect(eventIdFor('c-1', 1)).toBe(eventIdFor('c-1', 1));
    expect(eventIdFor('c-1', 1)).not.toBe(eventIdFor('c-1', 0));
    for (const index of [0, 1, 2]) expect(eventIdFor('c-1', index)).toMatch(UUID_V5);
  });
});
