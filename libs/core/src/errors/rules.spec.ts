import { DomainRuleViolation } from './domain-errors';
import { defineRules } from './rules';

const SEATS = defineRules(
  'seats',
  { NO_SUCH_SEAT: 'The row has no seat with this number.' },
  { Row: 'a row of seats' },
);

describe('defineRules', () => {
  it('makes violations that carry the listed code, the message and the details', () => {
    const violation = SEATS.violation('NO_SUCH_SEAT', 'seat 3', { seat: 3 });
    expect(violation).toBeInstanceOf(DomainRuleViolation);
    expect(violation).toMatchObject({ code: 'NO_SUCH_SEAT', message: 'seat 3', details: { seat: 3 } });
    expect(SEATS.violation('NO_SUCH_SEAT', 'seat 3').details).toEqual({});
  });

  it('accepts only listed codes, for a violation and for a shared rule alike (checked by the compiler)', () => {
    // @ts-expect-error: a code that is not in the list does not compile
    expect(SEATS.violation('NO_SUCH_ROW', 'row 9').code).toBe('NO_SUCH_ROW');
    // @ts-expect-error: neither does one handed to a shared rule
    expect(SEATS.code('NO_SUCH_ROW')).toBe('NO_SUCH_ROW');
    // @ts-expect-error: and a bare string is no rule code
    expect(new DomainRuleViolation('NO_SUCH_SEAT', 'seat 3').code).toBe('NO_SUCH_SEAT');
  });

  it('keeps its meanings and entities fixed once defined', () => {
    expect(Object.isFrozen(SEATS.meanings)).toBe(true);
    expect(SEATS.notFound).toEqual({ Row: 'a row of seats' });
  });
});
