import { decodeCursor, positionConnection } from './connection';

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
