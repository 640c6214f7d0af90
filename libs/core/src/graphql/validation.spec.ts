import { validateSync } from 'class-validator';
import { HasAtMostDecimals, IsCalendarDate } from './validation';

class Sample {
  @HasAtMostDecimals(1) scale: number;
  @IsCalendarDate() on: string;
}

const errorsOf = (scale: unknown, on: unknown = '2025-02-28') =>
  validateSync(Object.assign(new Sample(), { scale, on })).map((e) => e.property);

describe('Shared input validators', () => {
  it.each([7.2, 10, 1, 0.5])('accept %p with at most one decimal', (value) => expect(errorsOf(value)).toEqual([]));

  it.each([7.25, 3.14159, Number.NaN, Number.POSITIVE_INFINITY, '7.2'])('refuse %p by naming the field', (value) =>
    expect(errorsOf(value)).toEqual(['scale']),
  );

  it.each([7e-323, 5e-7, 1e21])(
    "judge %p, printed with an exponent, without throwing (class-validator's own check throws)",
    (value) => expect(() => errorsOf(value)).not.toThrow(),
  );

  it('refuses a date that is not on the calendar', () => {
    expect(errorsOf(7, '2025-02-30')).toEqual(['on']);
    expect(errorsOf(7, '2024-02-29')).toEqual([]);
  });
});
