import fc from 'fast-check';
import { canonicalJson, chainHash, chainVersionOf, HashedContent, storedChainHash } from './event-hash';

/** The form every stored hash was made with until the serializer was written out: the reference. */
const replacerForm = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });

/**
 * Keys that JavaScript orders apart (array indexes, up to 2^32 - 2) and some that only look alike.
 * Not `__proto__`: the replacer form's sorted copy took it for the prototype and left the member
 * out of the hash (see below).
 */
const keys = fc.oneof(
  fc.string({ unit: 'binary' }).filter((key) => key !== '__proto__'),
  fc.constantFrom(
    '0',
    '1',
    '9',
    '10',
    '01',
    '-1',
    '1.5',
    '2024',
    '4294967294',
    '4294967295',
    '1e3',
    ' 1',
    '__proto__x',
  ),
);

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

  it('writes what the replacer form of JSON.stringify wrote for any value, so every stored link still holds', () => {
    const values = fc.anything({
      key: keys,
      maxDepth: 4,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(values, (value) => expect(canonicalJson(value)).toBe(replacerForm(value))),
      { numRuns: 3_000 },
    );
  });

  it('orders array-index keys first and by value, the rest by UTF-16 code units, at every level', () => {
    const holey: unknown[] = [3, undefined];
    holey[3] = { '2': 0, '1': 0, a: 0 };
    const value = {
      b: 1,
      '10': 2,
      '9': { z: holey, é: 4, E: 5 },
      '01': 6,
      a: undefined,
    };
    expect(canonicalJson(value)).toBe('{"9":{"E":5,"z":[3,null,null,{"1":0,"2":0,"a":0}],"é":4},"10":2,"01":6,"b":1}');
    expect(canonicalJson(value)).toBe(replacerForm(value));
  });

  it('covers a member named __proto__, as the rules in docs/AUDIT.md and tools/verify-trail.py have it', () => {
    // The replacer form dropped it (a member the link did not cover). Nothing the API takes can name
    // a key so (the JSON scalar is output only), so no stored link changes.
    const parsed = (text: string) => JSON.parse(text) as Record<string, unknown>;
    expect(canonicalJson(parsed('{"b":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"b":1}');
    expect(chainHash(null, content({ data: parsed('{"__proto__":{"x":2}}') }))).not.toBe(
      chainHash(null, content({ data: parsed('{"__proto__":{"x":1}}') })),
    );
  });

  it('refuses what JSON.stringify refuses', () => {
    expect(() => canonicalJson({ a: 1n })).toThrow(TypeError);
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
