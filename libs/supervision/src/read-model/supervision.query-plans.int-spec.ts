import Database from 'better-sqlite3';
import { queryPlans } from '@samverkan/core/testing/query-plans';
import { ELIGIBILITY_TABLE, INSPECTION_TABLE, supervisionProjections } from './supervision.projections';
import { eligiblePrincipals, inspectionsOfCampaign } from './supervision.queries';

/** A campaign's dashboard reads that campaign's documents, however many campaigns the store holds. */
describe("Supervision queries of one campaign's documents", () => {
  const db = new Database(':memory:');
  for (const projection of supervisionProjections) projection.setup(db);
  afterAll(() => db.close());

  it.each([
    ['inspections', INSPECTION_TABLE, () => inspectionsOfCampaign(db, 'c1')],
    ['eligible principals', ELIGIBILITY_TABLE, () => eligiblePrincipals(db, 'c1')],
  ])('finds its %s through the campaign index, not by scanning the table', (_, table, read) => {
    const plans = queryPlans(db, `FROM ${table}`, read);
    expect(plans).toContain(`SEARCH ${table} USING INDEX ${table}_campaign (<expr>=?)`);
    expect(plans.filter((detail) => detail.startsWith(`SCAN ${table}`))).toEqual([]);
  });
});
