import { validateSync } from 'class-validator';
import { describeInputEdges } from '@samverkan/core/testing/input-edges';
import { CorrectionInput } from './command-input';
import { PageArgs } from './page-args';
import { isSmallNumber, SMALL_NUMBER_LIMIT } from './small-numbers';
import { protectFigure } from './suppression';

/** The shared inputs every module uses (page size, correction), and the small-number limit, from both sides. */
describe('The shared inputs’ limits, from both sides', () => {
  describeInputEdges({ PageArgs, CorrectionInput });

  const page = (first: unknown) => validateSync(Object.assign(new PageArgs(), { first })).map((e) => e.property);

  it('serves a page of 500, not 501', () => {
    expect(page(500)).toEqual([]);
    expect(page(501)).toEqual(['first']);
  });

  it('serves a page of 1, not 0', () => {
    expect(page(1)).toEqual([]);
    expect(page(0)).toEqual(['first']);
  });

  it('serves 50 when the page size is left out entirely', () => {
    const args = new PageArgs();
    expect(args.first).toBe(50);
    expect(validateSync(args)).toEqual([]);
  });
});

describe('The small-number limit, from both sides', () => {
  it('is five', () => expect(SMALL_NUMBER_LIMIT).toBe(5));

  it.each([
    [4, true],
    [5, false],
    [1, true],
    [0, false],
  ])('treats a count of %p as small: %p', (count, small) => {
    expect(isSmallNumber(count)).toBe(small);
  });

  it.each([
    [4, 'small'],
    [5, 'shown'],
  ])('publishes a lone region cell of %p as %p', (value, state) => {
    const states = protectFigure({ cells: [{ id: 'region', value, sensitive: true }], relations: [] });
    expect(states.get('region')).toBe(state);
  });
});
