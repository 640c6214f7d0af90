import { choicesOf } from '../../forms/fields/choices';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { lines, namedLines } from '../../forms/fields/lines';
import type { Agency, SelectionCriterion } from '../../gql/graphql';
import { AUDIENCES, CRITERIA, T } from './texts';

const F = T.fields;

/**
 * An organisation number as NNNNNN-NNNN, or null where it is not one: ten digits (a leading `16`
 * allowed), the month digits 20 or more (lower is a personal identity number) and a Luhn check digit.
 */
export function organisationNumber(text: string): string | null {
  const digits = text.trim().replace(/-/g, '');
  const ten = /^16\d{10}$/.test(digits) ? digits.slice(2) : digits;
  if (!/^\d{10}$/.test(ten) || Number(ten[2]) < 2) return null;
  const sum = [...ten].reduce((total, digit, i) => {
    const n = Number(digit) * (i % 2 === 0 ? 2 : 1);
    return total + (n > 9 ? n - 9 : n);
  }, 0);
  return sum % 10 === 0 ? `${ten.slice(0, 6)}-${ten.slice(6)}` : null;
}

export const organisationNumberProblem = (text: string) =>
  organisationNumber(text) ? undefined : T.organisationNumberInvalid;

/** "212000-0142 Storstads kommun" per line; null where a line is not an organisation number and a name. */
export function employerLines(text: string): { organisationNumber: string; name: string }[] | null {
  const parsed = lines(text).map((line) => {
    const match = /^([\d-]+)[\s,]+(.+)$/.exec(line);
    const number = match && organisationNumber(match[1]);
    return number ? { organisationNumber: number, name: match[2].trim() } : null;
  });
  return parsed.length && parsed.every(Boolean) ? (parsed as { organisationNumber: string; name: string }[]) : null;
}

/** "Anna Berg, FK" per line; null where a line is not a name and FK or AV. */
export function agencyPeople(text: string): { name: string; agency: Agency }[] | null {
  const isAgency = (organisation: string): organisation is Agency => organisation === 'FK' || organisation === 'AV';
  return namedLines(text, isAgency)?.map(({ name, organisation }) => ({ name, agency: organisation })) ?? null;
}

/** The agencies a meeting still lacks among its participants: it is held only with both. */
export const missingAgencies = (participants: readonly { agency: string }[]) =>
  (['FK', 'AV'] as const).filter((agency) => !participants.some((p) => p.agency === agency));

/** The first and last day of a year, as the meeting list's filter takes them. */
export const yearSpan = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

// ── selection criteria ───────────────────────────────────────────────────────────────────────
// One value and one rationale per criterion: the input's list holds the ones given, in this order.

const CRITERION_KEYS = Object.keys(CRITERIA) as SelectionCriterion[];
const valueField = (criterion: string) => `value:${criterion}`;
const rationaleField = (criterion: string) => `rationale:${criterion}`;

export const CRITERION_FIELDS: readonly FieldSpec[] = CRITERION_KEYS.flatMap((criterion) => [
  {
    name: valueField(criterion),
    label: F.criterionValue(CRITERIA[criterion]),
    help: criterion === CRITERION_KEYS[0] ? F.criterionValueHelp : undefined,
  },
  { name: rationaleField(criterion), label: F.criterionRationale(CRITERIA[criterion]), kind: 'textarea' as const },
]);

export function criteriaInput(values: Values): { criterion: SelectionCriterion; value: string; rationale: string }[] {
  return CRITERION_KEYS.filter((c) => values[valueField(c)]?.trim() || values[rationaleField(c)]?.trim()).map(
    (criterion) => ({
      criterion,
      value: values[valueField(criterion)]?.trim() ?? '',
      rationale: values[rationaleField(criterion)]?.trim() ?? '',
    }),
  );
}

/**
 * The field a server path such as `criteria.1.value` names, given the criteria that were sent; the
 * list as a whole (none given) lands at the first criterion.
 */
export function criterionFieldOf(path: string, sent: readonly string[]): string | undefined {
  if (/(?:^|\.)criteria$/.test(path)) return valueField(CRITERION_KEYS[0]);
  const match = /(?:^|\.)criteria\.(\d+)\.(value|rationale|criterion)$/.exec(path);
  const criterion = match && sent[Number(match[1])];
  if (!criterion) return undefined;
  return match[2] === 'rationale' ? rationaleField(criterion) : valueField(criterion);
}

/** Every path into a list (`others.2.name`) lands at the one field that lays the list out. */
export const listFieldOf =
  (lists: Record<string, string>) =>
  (path: string): string | undefined => {
    const match = /(?:^|\.)([a-zA-Z]+)\.\d+(?:\.|$)/.exec(path);
    return match ? lists[match[1]] : undefined;
  };

export const AUDIENCE_FIELD: FieldSpec = {
  name: 'audiences',
  label: F.audiences,
  kind: 'checkboxes',
  required: true,
  options: choicesOf(AUDIENCES),
};
