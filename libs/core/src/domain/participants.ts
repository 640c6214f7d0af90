import { DomainRuleViolation } from '../errors/domain-errors';
import { RuleCode } from '../errors/rules';
import { REPORTED_ROLES, RoleCounts } from './esf-activities';

/**
 * People counted by role at the door, as the forums and Momentum's activities record them and ESF
 * reports them: whole numbers, zero or more (`invalid`, naming the first wrong role), and at least
 * one person in all (`nobody`, with the module's own words for who sent no one).
 */
export function countedByRole(
  given: Partial<RoleCounts> | undefined,
  rules: { invalid: RuleCode; nobody: RuleCode; nobodyMessage: string },
  details: Record<string, unknown>,
): RoleCounts {
  const counts = Object.fromEntries(REPORTED_ROLES.map((role) => [role, given?.[role]])) as RoleCounts;
  const wrong = REPORTED_ROLES.find((role) => !Number.isInteger(counts[role]) || counts[role] < 0);
  if (wrong) {
    throw new DomainRuleViolation(rules.invalid, 'Participants are counted in whole numbers, zero or more', {
      ...details,
      role: wrong,
    });
  }
  if (REPORTED_ROLES.every((role) => counts[role] === 0)) {
    throw new DomainRuleViolation(rules.nobody, rules.nobodyMessage, details);
  }
  return counts;
}
