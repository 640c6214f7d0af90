/** An impulse as the inbox needs it. */
export interface InboxImpulse {
  id: string;
  reportedOn: string;
  employer: { organisationNumber: string; name: string };
}

export interface EmployerGroup<I extends InboxImpulse> {
  organisationNumber: string;
  name: string;
  impulses: I[];
}

/**
 * Open impulses by employer (its organisation number; the name of its latest impulse), the
 * employers with the most impulses first, then by name; each group's impulses oldest first.
 */
export function groupByEmployer<I extends InboxImpulse>(impulses: readonly I[]): EmployerGroup<I>[] {
  const groups = new Map<string, EmployerGroup<I>>();
  const byDay = [...impulses].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id.localeCompare(b.id));
  for (const impulse of byDay) {
    const key = impulse.employer.organisationNumber;
    const group = groups.get(key) ?? { organisationNumber: key, name: '', impulses: [] };
    group.name = impulse.employer.name;
    group.impulses.push(impulse);
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.impulses.length - a.impulses.length || a.name.localeCompare(b.name, 'sv'),
  );
}

/** The ticked impulses of one employer that are still open: a tip is compiled from these only. */
export function tickedOf(ticked: ReadonlySet<string>, group: EmployerGroup<InboxImpulse>): string[] {
  return group.impulses.filter((i) => ticked.has(i.id)).map((i) => i.id);
}

/** Of the impulses a failed compile named, those no longer open: someone else bundled or dismissed them. */
export function lostImpulses(tried: readonly string[], open: readonly InboxImpulse[]): string[] {
  const still = new Set(open.map((i) => i.id));
  return tried.filter((id) => !still.has(id));
}
