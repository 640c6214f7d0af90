import { NotFoundError } from '../errors/domain-errors';
import { oneFound } from './one-found';

describe('oneFound', () => {
  it('gives the row a read by id returned', () => {
    expect(oneFound('Forum', 'f-1', [{ id: 'f-1' }])).toEqual({ id: 'f-1' });
  });

  it('is NOT_FOUND for the entity and id when the read returned none', () => {
    expect(() => oneFound('Forum', 'f-2', [])).toThrow(NotFoundError);
    expect(() => oneFound('Forum', 'f-2', [])).toThrow(expect.objectContaining({ code: 'FORUM_NOT_FOUND', id: 'f-2' }));
  });
});
