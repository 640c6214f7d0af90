import { CqrsModule, QueryBus } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { ByIdsQuery, PageQuery, readModelQueryHandler } from '../src/nest/read-model-queries';
import { ENVIRONMENT } from '../src/nest/tokens';
import { ReadModelDb } from '../src/read-model/read-model-db';

class NamesQuery extends ByIdsQuery<string[]> {}
class PageOfNamesQuery extends PageQuery<{ prefix: string }, string[]> {}

describe('readModelQueryHandler', () => {
  const readModels = new ReadModelDb(':memory:');
  readModels.db.exec(`CREATE TABLE names (id TEXT PRIMARY KEY, name TEXT)`);
  readModels.db.exec(`INSERT INTO names VALUES ('1', 'Ada'), ('2', 'Bo'), ('3', 'Ann')`);
  afterAll(() => readModels.close());

  async function bus(): Promise<QueryBus> {
    const moduleRef = await Test.createTestingModule({
      imports: [CqrsModule],
      providers: [
        { provide: ReadModelDb, useValue: readModels },
        { provide: ENVIRONMENT, useValue: { TIP_OUTCOME_DUE_DAYS: 3 } },
        readModelQueryHandler(NamesQuery, ({ ids }, { db }) =>
          ids.map((id) => (db.prepare('SELECT name FROM names WHERE id = ?').get(id) as { name: string }).name),
        ),
        readModelQueryHandler(PageOfNamesQuery, ({ filter, limit }, { db, env }) =>
          (
            db
              .prepare('SELECT name FROM names WHERE name LIKE ? ORDER BY id LIMIT ?')
              .all(`${filter.prefix}%`, limit) as {
              name: string;
            }[]
          ).map((row) => `${row.name}/${env.TIP_OUTCOME_DUE_DAYS}`),
        ),
      ],
    }).compile();
    await moduleRef.init();
    return moduleRef.get(QueryBus);
  }

  it('answers each query through the QueryBus with its read of the read-model database', async () => {
    const queries = await bus();
    expect(await queries.execute(new NamesQuery(['2', '1']))).toEqual(['Bo', 'Ada']);
    expect(await queries.execute(new PageOfNamesQuery({ prefix: 'A' }, null, 1))).toEqual(['Ada/3']);
  });

  it('names the handler after its query, for the logs and errors of Nest', () => {
    expect(readModelQueryHandler(NamesQuery, () => []).name).toBe('NamesQueryHandler');
  });
});
