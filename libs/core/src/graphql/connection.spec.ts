import { Query, QueryBus } from '@nestjs/cqrs';
import { decodeCursor, encodeCursor, positionConnection, positionCursor, positionPage } from './connection';

describe('positionConnection', () => {
  it('pages rows by their own position, the extra row telling there is a next page', () => {
    const page = positionConnection([{ position: 9 }, { position: 7 }, { position: 4 }], 2, (r) => r.position * 10);
    expect(page.edges.map((e) => [decodeCursor(e.cursor), e.node])).toEqual([
      ['9', 90],
      ['7', 70],
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1].cursor });
  });

  it("takes a document row's cursor from its document's position", () => {
    const page = positionConnection([{ doc: { position: '12' }, revision: 3 }], 5, (r) => r.revision);
    expect(page.edges.map((e) => decodeCursor(e.cursor))).toEqual(['12']);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });
});

class ListRows<C> extends Query<{ position: number }[]> {
  constructor(
    readonly filter: { status: string },
    readonly before: C | null,
    readonly limit: number,
  ) {
    super();
  }
}

describe('positionCursor', () => {
  it('reads no cursor, left out or sent as null, as the first page, and a handed-out one as its position', () => {
    expect(positionCursor(undefined)).toBeNull();
    expect(positionCursor(null)).toBeNull();
    expect(positionCursor(encodeCursor(42))).toBe(42n);
    expect(() => positionCursor(encodeCursor('abc'))).toThrow('after is not a cursor of this list');
  });
});

describe('positionPage', () => {
  const busOver = (rows: { position: number }[]) => {
    const asked: unknown[] = [];
    const execute = async (query: unknown) => (asked.push(query), rows);
    return { asked, queries: { execute } as unknown as QueryBus };
  };

  it('asks the list for one row more than the page, past the cursor, and pages what it returns', async () => {
    const { asked, queries } = busOver([{ position: 9 }, { position: 7 }]);
    const page = await positionPage(queries, ListRows, { status: 'OPEN' }, { first: 1, after: encodeCursor(12) }, (r) =>
      String(r.position),
    );
    expect(asked).toEqual([new ListRows({ status: 'OPEN' }, 12n, 2)]);
    expect(page.edges.map((e) => e.node)).toEqual(['9']);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it('starts from the top without a cursor, and reads a cursor with the list’s own reader when it has one', async () => {
    const { asked, queries } = busOver([]);
    await positionPage(queries, ListRows, { status: 'OPEN' }, { first: 5 }, (r) => r);
    await positionPage(
      queries,
      ListRows,
      { status: 'OPEN' },
      { first: 5, after: 'x' },
      (r) => r,
      () => 3,
    );
    expect(asked).toEqual([new ListRows({ status: 'OPEN' }, null, 6), new ListRows({ status: 'OPEN' }, 3, 6)]);
  });
});
