import Database from 'better-sqlite3';
import { queryPlans } from '@samverkan/core/testing/query-plans';
import { SELECTION_TABLE, selectionProjection } from './dialogue.projections';
import { selectionsOfYear } from './dialogue.queries';

describe("The dialogue coverage's selections", () => {
  it("are one year's, found through the year index, not by scanning every year's", () => {
    const db = new Database(':memory:');
    selectionProjection.setup(db);
    const plans = queryPlans(db, `FROM ${SELECTION_TABLE}`, () => selectionsOfYear(db, 2025));
    db.close();
    expect(plans).toContain(`SEARCH ${SELECTION_TABLE} USING INDEX ${SELECTION_TABLE}_year (<expr>=?)`);
  });
});
