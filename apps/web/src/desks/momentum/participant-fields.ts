import type { NamedParticipantInput, ParticipatingOrganisationInput } from '../../gql/graphql';

/** The text's non-blank lines, each split on semicolons into trimmed parts. */
const rows = (text = '') =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.split(';').map((part) => part.trim()));

const WHOLE = /^\d+$/;

/**
 * "organisation; managers; HR; others" per line (counts left out are 0); null where a line is not
 * that, or names nobody. An empty text is no organisations.
 */
export function organisationLines(text: string): ParticipatingOrganisationInput[] | null {
  const parsed = rows(text).map(([organisation, ...counts]) => {
    const given = counts.map((c) => c || '0');
    if (!organisation || given.length > 3 || !given.every((c) => WHOLE.test(c))) return null;
    const [managers = 0, hr = 0, other = 0] = given.map(Number);
    return managers + hr + other > 0 ? { organisation, managers, hr, other } : null;
  });
  return parsed.every(Boolean) ? (parsed as ParticipatingOrganisationInput[]) : null;
}

/** "name; organisation; e-mail" per line, the e-mail optional; null where a line is not that. */
export function namedLines(text: string): NamedParticipantInput[] | null {
  const parsed = rows(text).map(([name, organisation, email, ...rest]) => {
    if (!name || !organisation || rest.length) return null;
    return { name, organisation, ...(email ? { email } : {}) };
  });
  return parsed.every(Boolean) ? (parsed as NamedParticipantInput[]) : null;
}

/** The recorded list as the form's lines, to correct it. */
export function organisationText(
  byOrganisation: readonly { organisation: string; participants: { managers: number; hr: number; other: number } }[],
): string {
  return byOrganisation
    .map(({ organisation, participants: p }) => `${organisation}; ${p.managers}; ${p.hr}; ${p.other}`)
    .join('\n');
}

/** A 1–10 average with at most one decimal (a comma as decimal sign too), or null. */
export function evaluationScale(text: string): number | null {
  const value = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d)?$/.test(value)) return null;
  const scale = Number(value);
  return scale >= 1 && scale <= 10 ? scale : null;
}
