/**
 * A builder of `base` with some of its data changed, as a test varies a fixture's command or event:
 * `const plan = changed(planMeeting)`, then `plan({ title: ' ' })`.
 */
export function changed<T extends { data: object }>(base: T): (data: Partial<T['data']>) => T {
  return (data) => ({ ...base, data: { ...base.data, ...data } });
}
