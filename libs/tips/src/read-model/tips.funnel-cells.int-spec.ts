import Database from 'better-sqlite3';
import { createFunnelCells } from './tips.funnel-cells';
import { createFunnelTotals, foldFunnelChanges } from './tips.funnel-totals';
import { FunnelGrouping, tipFunnelCells, tipFunnelYears } from './tips.funnel';
import { createTipTables, IMPULSE_TABLE, TIP_TABLE } from './tips.tables';

/** The funnel counted straight from the rows, as it was before the cells: what the cells must agree with. */
function countedFromRows(db: Database.Database, year: number, grouping: FunnelGrouping) {
  const key = (date: string) =>
    grouping === 'REGION'
      ? 'region'
      : grouping === 'INDUSTRY'
        ? 'section'
        : `'Q' || ((CAST(substr(${date}, 6, 2) AS INTEGER) + 2) / 3)`;
  const range = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const impulses = db
    .prepare(
      `SELECT ${key('reported_on')} AS key, COUNT(*) AS impulses, SUM(status = 'DISMISSED') AS dismissed
       FROM ${IMPULSE_TABLE} WHERE reported_on >= @from AND reported_on < @to GROUP BY key ORDER BY key`,
    )
    .all(range);
  const tips = db
    .prepare(
      `SELECT ${key('sent_on')} AS key, COUNT(*) AS tips, SUM(direct_actions > 0) AS direct,
         SUM(indirect_use) AS indirect, SUM(no_action_reason IS NOT NULL) AS noAction,
         SUM(direct_actions = 0 AND indirect_use = 0 AND no_action_reason IS NULL) AS awaiting,
         group_concat(no_action_reason) AS reasons
       FROM ${TIP_TABLE} WHERE sent_on >= @from AND sent_on < @to GROUP BY key ORDER BY key`,
    )
    .all(range);
  return { impulses, tips };
}

function fromCells(db: Database.Database, year: number, grouping: FunnelGrouping) {
  foldFunnelChanges(db);
  const groups = [...tipFunnelCells(db, year, grouping).groups].sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    impulses: groups
      .filter(([, f]) => f.impulses > 0)
      .map(([key, f]) => ({ key, impulses: f.impulses, dismissed: f.dismissedImpulses })),
    tips: groups
      .filter(([, f]) => f.tips > 0)
      .map(([key, f]) => ({
        key,
        tips: f.tips,
        direct: f.directActions,
        indirect: f.indirectUses,
        noAction: f.noActions,
        awaiting: f.awaitingOutcome,
        reasons:
          Object.entries(f.noActionReasons)
            .flatMap(([reason, n]) => Array<string>(n).fill(reason))
            .join(',') || null,
      })),
  };
}

/**
 * A read model given impulses and tips reported, dismissed, sent, moved and given outcomes over two
 * years: the cells' changes folded into the totals once at the end, or after every change, as live
 * projection folds each batch of one event.
 */
function readModelAfterChanges(foldEach: boolean): Database.Database {
  const db = new Database(':memory:');
  createTipTables(db);
  createFunnelCells(db);
  createFunnelTotals(db);
  const then = () => foldEach && foldFunnelChanges(db);
  const impulse = (id: string, reportedOn: string, region: string) => {
    db.prepare(
      `INSERT INTO ${IMPULSE_TABLE} (id, revision, position, status, organisation_number, employer_name, region,
          industry, section, deficiency, description, reported_on) VALUES (?, 0, 0, 'OPEN', 'o', 'e', ?, '86', 'Q', 'd', 'd', ?)`,
    ).run(id, region, reportedOn);
    then();
  };
  const tip = (id: string, region: string) => {
    db.prepare(
      `INSERT INTO ${TIP_TABLE} (id, revision, position, status, organisation_number, employer_name, region, industry,
          section, summary, impulse_ids, compiled_at, outcomes) VALUES (?, 0, 0, 'DRAFT', 'o', 'e', ?, '10', 'C', 's', '[]', 'x', '[]')`,
    ).run(id, region);
    then();
  };
  const update = (table: string, id: string, set: string) => {
    db.exec(`UPDATE ${table} SET ${set} WHERE id = '${id}'`);
    then();
  };
  impulse('i1', '2024-02-10', 'Skåne');
  impulse('i2', '2024-05-01', 'Skåne');
  impulse('i3', '2024-11-30', 'Norrbotten');
  impulse('i4', '2025-01-02', 'Skåne');
  update(IMPULSE_TABLE, 'i2', `status = 'DISMISSED'`);
  update(IMPULSE_TABLE, 'i3', `status = 'IN_TIP', tip_id = 't1'`);
  update(IMPULSE_TABLE, 'i1', `region = 'Norrbotten'`);
  update(IMPULSE_TABLE, 'i4', `status = 'DISMISSED'`);
  update(IMPULSE_TABLE, 'i4', `status = 'OPEN'`);
  tip('t1', 'Skåne');
  tip('t2', 'Skåne');
  tip('t3', 'Norrbotten');
  tip('t4', 'Skåne');
  update(TIP_TABLE, 't1', `status = 'SENT', sent_on = '2024-03-01'`);
  update(TIP_TABLE, 't2', `status = 'SENT', sent_on = '2024-08-15'`);
  update(TIP_TABLE, 't3', `status = 'SENT', sent_on = '2024-12-31'`);
  update(TIP_TABLE, 't1', `status = 'RECEIVED', received_on = '2024-03-02'`);
  update(TIP_TABLE, 't1', `direct_actions = direct_actions + 1`);
  update(TIP_TABLE, 't1', `direct_actions = direct_actions + 1`);
  update(TIP_TABLE, 't2', `no_action_reason = 'NO_GROUNDS'`);
  update(TIP_TABLE, 't3', `indirect_use = 1`);
  update(TIP_TABLE, 't3', `no_action_reason = 'OTHER'`);
  // A tip moved to another year and region after its outcome: its old groups go back to nothing.
  update(TIP_TABLE, 't2', `sent_on = '2025-01-03', region = 'Norrbotten'`);
  return db;
}

describe.each([
  ['folded once at the end', false],
  ['folded after every change', true],
])('The funnel, its cells %s', (_, foldEach) => {
  const db = readModelAfterChanges(foldEach);
  afterAll(() => db.close());

  it.each(['REGION', 'INDUSTRY', 'QUARTER'] as const)(
    'gives, grouped by %s, what counting the rows gives',
    (grouping) => {
      for (const year of [2023, 2024, 2025])
        expect(fromCells(db, year, grouping)).toEqual(countedFromRows(db, year, grouping));
      expect(fromCells(db, 2024, grouping).tips.length).toBeGreaterThan(0);
      expect(fromCells(db, 2025, grouping).tips.length).toBeGreaterThan(0);
    },
  );

  it('knows the years it has figures for', () => {
    foldFunnelChanges(db);
    expect(tipFunnelYears(db)).toEqual([2024, 2025]);
  });
});
