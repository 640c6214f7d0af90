/** Pieces of the one-line Swedish summaries every module writes for the audit timeline. */

export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Free text in a one-line summary: line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A Swedish list: "a", "a och b", "a, b och c"; `none` for an empty one. */
export function listOf(items: readonly string[], none = 'inga'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}` : (items[0] ?? none);
}

/** The labels of `codes`, falling back to the code itself for one a label does not know. */
export function labelled<T extends string>(codes: readonly T[], labels: Record<T, string>): string[] {
  return codes.map((code) => labels[code] ?? code);
}
