/** Lines of a text area, trimmed, blank ones left out. */
export const lines = (text = '') =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * "Anna Berg, FK" per line: the name before the last comma and the organisation after it, in upper
 * case; null where a line has no name or an organisation `known` does not take. An empty text is
 * no one (an empty list), or null where someone is required.
 */
export function namedLines<Organisation extends string>(
  text: string,
  known: (organisation: string) => organisation is Organisation,
  someoneRequired = false,
): { name: string; organisation: Organisation }[] | null {
  const parsed = lines(text).map((line) => {
    const comma = line.lastIndexOf(',');
    const name = line.slice(0, comma).trim();
    const organisation = line
      .slice(comma + 1)
      .trim()
      .toUpperCase();
    return comma > 0 && name && known(organisation) ? { name, organisation } : null;
  });
  if (someoneRequired && !parsed.length) return null;
  return parsed.every(Boolean) ? (parsed as { name: string; organisation: Organisation }[]) : null;
}
