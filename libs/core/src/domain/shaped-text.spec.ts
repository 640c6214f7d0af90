import { CORE_RULES } from '../errors/core.rules';
import { DomainRuleViolation } from '../errors/domain-errors';
import { shapedText } from './shaped-text';

const TWO_CAPITALS = /^[A-Z]{2}$/;
const fits = (text: string) => TWO_CAPITALS.test(text);
const rejected = (given: string | null) => CORE_RULES.violation('INVALID_TEXT', 'Two capitals', { given });

function rejectionOf(value: string | undefined): DomainRuleViolation {
  try {
    shapedText(value, fits, rejected);
  } catch (error) {
    return error as DomainRuleViolation;
  }
  throw new Error(`${value} was accepted`);
}

describe('A shaped text', () => {
  it('is trimmed before its shape is checked, and given back trimmed', () => {
    expect(shapedText(' NO ', fits, rejected)).toBe('NO');
  });

  it('is refused with the value as given, padding and all', () => {
    const refused = rejectionOf(' no ');
    expect(refused.code).toBe('INVALID_TEXT');
    expect(refused.details).toEqual({ given: ' no ' });
  });

  it('is refused with null where none was given, and where it is blank', () => {
    expect(rejectionOf(undefined).details).toEqual({ given: null });
    expect(rejectionOf('   ').details).toEqual({ given: '   ' });
  });

  it('is refused when it is not text at all', () => {
    expect(rejectionOf(42 as unknown as string).details).toEqual({ given: 42 });
  });
});
