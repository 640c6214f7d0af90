import { canonicalJson, chainHash, chainVersionOf, HashedContent } from './event-hash';

const content = (over: Partial<HashedContent> = {}): HashedContent => ({
  id: '7d1c4c0e-0000-4000-8000-000000000001',
  stream: 'forum-norr',
  revision: 0,
  type: 'ForumFounded',
  data: { forumId: 'norr', capacity: 25 },
  metadata: { commandId: 'c1', actor: { id: 'p1', organisation: 'FK', role: 'STEERING_GROUP' } },
  ...over,
});

describe('The event hash chain', () => {
  it('does not depend on key order, as adapters may store keys in any order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
    const reordered = content({ data: { capacity: 25, forumId: 'norr' } });
    expect(chainHash(null, reordered)).toBe(chainHash(null, content()));
  });

  it('hashes an in-memory event as its stored JSON copy', () => {
    const withDate = content({ data: { at: new Date('2025-02-05T10:00:00Z'), skipped: undefined } });
    const stored = JSON.parse(JSON.stringify(withDate)) as HashedContent;
    expect(chainHash('abc', stored)).toBe(chainHash('abc', withDate));
  });

  it('changes when any covered field or the previous link changes', () => {
    const base = chainHash(null, content());
    expect(chainHash('x', content())).not.toBe(base);
    expect(chainHash(null, content({ revision: 1 }))).not.toBe(base);
    expect(chainHash(null, content({ stream: 'forum-syd' }))).not.toBe(base);
    expect(chainHash(null, content({ type: 'ForumRenamed' }))).not.toBe(base);
    expect(chainHash(null, content({ data: { forumId: 'norr', capacity: 26 } }))).not.toBe(base);
    expect(chainHash(null, content({ metadata: { commandId: 'c2', actor: { id: 'p1', organisation: 'FK', role: 'STEERING_GROUP' } } }))).not.toBe(base);
  });

  it('leaves its own link out of what it covers, so the stored hash can be checked', () => {
    const hash = chainHash(null, content());
    expect(chainHash(null, content({ metadata: { ...content().metadata, chainHash: hash } }))).toBe(hash);
  });

  it('reads an event without a chain version as format 1, and refuses to guess at one it does not know', () => {
    expect(chainVersionOf({ chainHash: 'x' })).toBe(1);
    expect(chainVersionOf({ chainVersion: 2 })).toBe(2);
    for (const unknown of [3, 0, '2', null, 2.5]) expect(chainVersionOf({ chainVersion: unknown })).toBeNull();
  });
});
