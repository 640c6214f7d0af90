/** What a guard throws when it refuses: a rule violation with `code` and, where given, at least `details`. */
export function failsWith(code: string, details?: Record<string, unknown>) {
  return expect.objectContaining(details ? { code, details: expect.objectContaining(details) } : { code });
}

/** `test` holds for every one of `accepted` and for none of `refused`; a failure lists the values it got wrong. */
export function expectSplit<V>(test: (value: V) => boolean, accepted: readonly V[], refused: readonly V[]): void {
  expect(accepted.filter((value) => !test(value))).toEqual([]);
  expect(refused.filter((value) => test(value))).toEqual([]);
}
