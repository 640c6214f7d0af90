import { DomainRuleViolation } from '../errors/domain-errors';

/**
 * The trimmed text when it has the shape `fits` checks (a code, a link, a country); else the
 * violation `rejected` builds from the value as given (null when none was). Every shape guard
 * trims, checks and names the given value alike, so a padded code is accepted everywhere or nowhere.
 */
export function shapedText(
  value: string | undefined,
  fits: (text: string) => boolean,
  rejected: (given: string | null) => DomainRuleViolation,
): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!fits(text)) throw rejected(value ?? null);
  return text;
}
