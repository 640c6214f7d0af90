import { pagedFilteredRead, prefixUpperBound, readAllQuery } from './sqlite-queries';

/** Every string with the prefix lies in [prefix, bound), compared as SQLite does: UTF-8 bytes. */
function inRange(value: string, prefix: string, bound: string | null): boolean {
  const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');
  const atLeastPrefix = Buffer.compare(bytes(value), bytes(prefix)) >= 0;
  return atLeastPrefix && (bound === null || Buffer.compare(bytes(value), bytes(bound)) < 0);
}

describe('prefixUpperBound', () => {
  it('increments the last character', () => {
    expect(prefixUpperBound('plan-')).toBe('plan.');
    expect(prefixUpperBound('a_b%')).toBe('a_b&');
  });

  it('has no bound for an empty prefix or one made only of the highest code point', () => {
    expect(prefixUpperBound('')).toBeNull();
    expect(prefixUpperBound('\u{10FFFF}\u{10FFFF}')).toBeNull();
  });

  it('skips the highest code point and the surrogate range', () => {
    expect(prefixUpperBound('a\u{10FFFF}')).toBe('b');
    expect(prefixUpperBound('a\uD7FF')).toBe('a\uE000');
    expect(prefixUpperBound('a😀')).toBe('a😁');
  });

  it.each(['plan-', 'Försäkringskassan-', 'a😀', 'x\uD7FF', 'z\u{10FFFF}'])(
    'bounds exactly the strings starting with %j',
    (prefix) => {
      const bound = prefixUpperBound(prefix);
      const extensions = ['', 'a', '-1', '\u007F', 'ö', '\uD7FF', '\uE000', '😀', '\u{10FFFF}', '\u{10FFFF}z'];
      for (const extension of extensions) expect(inRange(prefix + extension, prefix, bound)).toBe(true);
      const shorter = prefix.slice(0, -1);
      const others = [shorter, `${shorter}\u{10FFFF}`, bound ?? '', `${bound ?? ''}a`, 'zzzz'];
      for (const other of others.filter((text) => !text.startsWith(prefix))) {
        expect(inRange(other, prefix, bound)).toBe(false);
      }
    },
  );
});

describe('readAllQuery', () => {
  it('ORs prefixes, ORs types and ANDs the two, with every value bound as a parameter', () => {
    const filter = { streamPrefixes: ['a-', "b'-"], eventTypes: ['X', 'Y'] };
    const query = readAllQuery({ fromPosition: 7n, maxCount: 5, filter });
    expect(query?.sql).toContain(
      'WHERE position > ? AND ((stream >= ? AND stream < ?) OR (stream >= ? AND stream < ?)) AND type IN (?, ?)',
    );
    expect(query?.params).toEqual([7n, 'a-', 'a.', "b'-", "b'.", 'X', 'Y', 5]);
  });

  it('needs no query for forwards from the end or backwards from the start', () => {
    expect(readAllQuery({ fromPosition: 'end' })).toBeNull();
    expect(readAllQuery({ direction: 'backwards', fromPosition: 'start' })).toBeNull();
  });

  it('does not filter on an empty prefix', () => {
    expect(readAllQuery({ filter: { streamPrefixes: ['x-', ''] } })?.sql).not.toContain('WHERE');
  });
});

describe('pagedFilteredRead', () => {
  const filter = { streamPrefixes: ['tip-'], eventTypes: ['TipSent'] };

  it('plans a page of a stream-filtered forward read as a window of positions walked in order, then the rest by the index', () => {
    const paged = pagedFilteredRead({ fromPosition: 100n, maxCount: 5, filter }, 1_000)!;
    expect(paged.window.sql).toContain(
      'WHERE position > ? AND position <= ? AND ((+stream >= ? AND +stream < ?)) AND +type IN (?) ORDER BY position ASC LIMIT ?',
    );
    expect(paged.window.params).toEqual([100n, 1_100n, 'tip-', 'tip.', 'TipSent', 5]);
    expect(paged.windowEnd).toBe(1_100n);
    const rest = paged.rest(2);
    expect(rest.sql).toContain(
      'WHERE position > ? AND ((stream >= ? AND stream < ?)) AND type IN (?) ORDER BY position ASC LIMIT ?',
    );
    expect(rest.params).toEqual([1_100n, 'tip-', 'tip.', 'TipSent', 2]);
  });

  it("starts the window at the first position when read from 'start'", () => {
    expect(pagedFilteredRead({ maxCount: 5, filter }, 10)!.window.params.slice(0, 2)).toEqual([0n, 10n]);
  });

  it('leaves to readAllQuery what it does not concern: unpaged, backwards, from the end, or not by stream', () => {
    expect(pagedFilteredRead({ filter }, 10)).toBeNull();
    expect(pagedFilteredRead({ maxCount: 0, filter }, 10)).toBeNull();
    expect(pagedFilteredRead({ direction: 'backwards', maxCount: 5, filter }, 10)).toBeNull();
    expect(pagedFilteredRead({ fromPosition: 'end', maxCount: 5, filter }, 10)).toBeNull();
    expect(pagedFilteredRead({ maxCount: 5, filter: { eventTypes: ['TipSent'] } }, 10)).toBeNull();
    expect(pagedFilteredRead({ maxCount: 5, filter: { streamPrefixes: ['tip-', ''] } }, 10)).toBeNull();
    expect(pagedFilteredRead({ maxCount: 5 }, 10)).toBeNull();
  });

  it('refuses a count or a position it cannot page by', () => {
    expect(() => pagedFilteredRead({ maxCount: -1, filter }, 10)).toThrow(RangeError);
    expect(() => pagedFilteredRead({ fromPosition: 7 as unknown as bigint, maxCount: 5, filter }, 10)).toThrow(
      TypeError,
    );
  });
});
