import { foldText } from '@samverkan/core/domain';
import { AUDIT_RULES } from '../audit.rules';

/** The words of a text whatever its case, accents and typography: "Åsa-Lena ÖBERG" → asa, lena, oberg. */
const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);

/**
 * Whether an erasure's reason names the person it erases. The reason stays in the trail after the
 * name is gone, so it must be a reference (a diary number), never a copy. Named means: the surname,
 * or any two parts of the name, as whole words, or the e-mail address. A first name alone is
 * allowed: "Per", "Bo" and "Dag" are also ordinary Swedish words.
 */
export function reasonNamesPerson(reason: string, person: { name: string | null; email?: string | null }): boolean {
  const words = new Set(wordsOf(reason));
  const parts = [...new Set(wordsOf(person.name ?? ''))];
  const present = parts.filter((part) => words.has(part));
  const surname = parts.at(-1);
  if ((surname !== undefined && words.has(surname)) || present.length >= 2) return true;
  const email = foldText(person.email ?? '').trim();
  return email.length > 0 && foldText(reason).includes(email);
}

export function assertReasonDoesNotNamePerson(
  reason: string,
  person: { id: string; name: string | null; email?: string | null },
): void {
  if (reasonNamesPerson(reason, person)) {
    throw AUDIT_RULES.violation(
      'ERASURE_REASON_NAMES_PERSON',
      "The reason names the person being erased, and the trail keeps the reason after the name is gone: give a reference, e.g. the request's diary number",
      { personId: person.id },
    );
  }
}
