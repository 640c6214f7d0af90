import { canonicalJson, chainHash, chainVersionOf, HashedContent, storedChainHash } from './event-hash';

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
  it('gives the known answer: sha256 of the previous link, a newline, and the sorted JSON of the content', () => {
    // Literals worked out with Python's hashlib (docs/AUDIT.md, "Known answers"), not with chainHash.
    expect(chainHash(null, content())).toBe('bc6a649c8d86f804a52337eadae1e06cc2fd274d02c31f1b30dd43cb3a7fe2b0');
    expect(chainHash('70e03729589d314eac041c0e6513ef7b718532406ac3c8f8fcce6fe7300a785e', content())).toBe(
      'fb0b74f5f21be51cd30c3ba77437e4741f122c4622f3c9a84903ef281cb43e45',
    );
  });

  it('does not depend on key order, as adapters may store keys in any order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
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
    expect(
      chainHash(
        null,
        content({ metadata: { commandId: 'c2', actor: { id: 'p1', organisation: 'FK', role: 'STEERING_GROUP' } } }),
      ),
    ).not.toBe(base);
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

  it('reads the link an event was stored with, and no link from one whose link is absent or not text', () => {
    // The audit's walk reports an event without a readable link as MISSING_HASH instead of hashing on.
    expect(storedChainHash({ chainHash: 'bc6a649c' })).toBe('bc6a649c');
    for (const notALink of [undefined, null, 42, { hash: 'bc6a649c' }])
      expect(storedChainHash({ chainHash: notALink })).toBeNull();
    expect(storedChainHash({})).toBeNull();
  });
});
