/** A choice of a select; choices with a `group` are shown under that group's heading (optgroup). */
export interface Choice {
  value: string;
  label: string;
  group?: string;
}

/** The choices in their groups, in first-seen order; ungrouped choices stand before any group. */
export function groupChoices(options: readonly Choice[]): { group?: string; options: Choice[] }[] {
  const groups: { group?: string; options: Choice[] }[] = [];
  for (const option of options) {
    let group = groups.find((g) => g.group === option.group);
    if (!group) groups.push((group = { group: option.group, options: [] }));
    group.options.push(option);
  }
  return groups;
}

/** The choices of a label table (value → Swedish label), in the table's order. */
export const choicesOf = (labels: Record<string, string>): Choice[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));
