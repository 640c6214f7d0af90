import { outcomesOpen, outcomeText } from './outcomes';

describe('A tip’s outcomes', () => {
  it.each([
    [[], ['DIRECT_ACTION', 'INDIRECT_USE', 'NO_ACTION']],
    [['DIRECT_ACTION'], ['DIRECT_ACTION', 'INDIRECT_USE']],
    [['INDIRECT_USE'], ['DIRECT_ACTION', 'NO_ACTION']],
    [['NO_ACTION'], ['INDIRECT_USE']],
    [['NO_ACTION', 'INDIRECT_USE'], []],
  ])('after %j, offers %j', (recorded, open) => {
    expect(outcomesOpen(recorded.map((kind) => ({ kind })))).toEqual(open);
  });

  it('says a direct action with its action and note, and no action with its reason code and reason', () => {
    expect(outcomeText({ kind: 'DIRECT_ACTION', action: 'INSPECTION', note: 'Bokad' })).toBe(
      'Direkt åtgärd: Inspektion – Bokad',
    );
    expect(outcomeText({ kind: 'NO_ACTION', noActionReason: 'ALREADY_KNOWN_TO_AV', reason: 'Ärende pågår' })).toBe(
      'Ingen åtgärd: Redan känt för AV: Ärende pågår',
    );
  });
});
