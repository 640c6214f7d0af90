import { NotFoundError } from '../errors/domain-errors';

/** The one row a read by id returned; NOT_FOUND for that entity and id when it returned none. */
export function oneFound<T>(entity: string, id: string, rows: readonly T[]): T {
  const [row] = rows;
  if (!row) throw new NotFoundError(entity, id);
  return row;
}
