import { groupByEmployer, lostImpulses, tickedOf } from './inbox';

const solbacka = { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' };
const bygg = { organisationNumber: '556903-4563', name: 'Byggstommen Väst AB' };
const impulse = (id: string, reportedOn: string, employer = solbacka) => ({ id, reportedOn, employer });

describe('The officer’s inbox', () => {
  describe('grouping open impulses by employer', () => {
    it('puts impulses of one organisation number together, oldest first, the busiest employer first', () => {
      const groups = groupByEmployer([
        impulse('b', '2025-03-12'),
        impulse('x', '2025-03-01', bygg),
        impulse('a', '2025-03-10'),
      ]);
      expect(groups.map((g) => [g.organisationNumber, g.impulses.map((i) => i.id)])).toEqual([
        ['556901-2346', ['a', 'b']],
        ['556903-4563', ['x']],
      ]);
    });

    it('names the employer as its latest impulse does', () => {
      const [group] = groupByEmployer([
        impulse('b', '2025-03-12', { ...solbacka, name: 'Solbacka Vård AB' }),
        impulse('a', '2025-03-10'),
      ]);
      expect(group.name).toBe('Solbacka Vård AB');
    });

    it('orders employers with as many impulses by name', () => {
      const groups = groupByEmployer([impulse('a', '2025-03-10'), impulse('x', '2025-03-01', bygg)]);
      expect(groups.map((g) => g.name)).toEqual(['Byggstommen Väst AB', 'Solbacka Omsorg AB']);
    });
  });

  it('compiles a tip only from ticked impulses of the group, never another employer’s', () => {
    const [group] = groupByEmployer([impulse('a', '2025-03-10'), impulse('b', '2025-03-11')]);
    expect(tickedOf(new Set(['b', 'x']), group)).toEqual(['b']);
  });

  it('tells which tried impulses are no longer open after a lost race', () => {
    expect(lostImpulses(['a', 'b', 'c'], [impulse('a', '2025-03-10'), impulse('c', '2025-03-10')])).toEqual(['b']);
  });
});
