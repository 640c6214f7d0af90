import { DomainRuleViolation } from '../errors/domain-errors';
import { RuleCode } from '../errors/rules';
import { REPORTED_ROLES, RoleCounts } from './esf-activities';
import { requiredText } from './text-rules';

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

/** A person named at a meeting or an activity (a guest, a speaker): an id in the person directory, never a name. */
export interface NamedPerson {
  personId: string;
  organisation: string;
}

/**
 * Named people, each a person id from an organisation (`unnamed`) and each once (`duplicate`, worded
 * with `who`: Guest, Participant), so every one ESF counts is traceable. The organisation is text of at
 * most `max` characters.
 */
export function namedPeople(
  given: readonly NamedPerson[],
  rules: { unnamed: RuleCode; unnamedMessage: string; duplicate: RuleCode; who: string; max?: number },
  details: Record<string, unknown>,
): NamedPerson[] {
  const seen = new Set<string>();
  return given.map((person, index) => {
    const personId = typeof person?.personId === 'string' ? person.personId.trim() : '';
    const organisation = typeof person?.organisation === 'string' ? person.organisation.trim() : '';
    if (!personId || !organisation) {
      throw new DomainRuleViolation(rules.unnamed, rules.unnamedMessage, {
        ...details,
        index,
        field: personId ? 'organisation' : 'personId',
      });
    }
    if (seen.has(personId)) {
      throw new DomainRuleViolation(rules.duplicate, `${rules.who} ${personId} is named twice`, {
        ...details,
        index,
        personId,
      });
    }
    seen.add(personId);
    requiredText(organisation, 'organisation', { max: rules.max, details: { ...details, index } });
    return { personId, organisation };
  });
}
