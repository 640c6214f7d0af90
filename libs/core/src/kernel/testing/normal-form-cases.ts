/** What an identifier's tests give for its normal form (organisation number, SNI code). */
export interface NormalFormCases {
  /** Valid and written in the normal form. */
  normal: readonly string[];
  /** Not in the normal form: valid but written otherwise, or not valid at all. */
  notNormal: readonly string[];
  /** Valid inputs and the normal form normalising gives them. */
  normalises: readonly (readonly [input: string, value: string])[];
  /** Not valid: normalising gives them back unchanged, for the decider to refuse. */
  invalid: readonly string[];
}

/**
 * The tests every identifier of the kernel shares: the check deciders make that a value is in the
 * normal form, and the normalising inputs go through first.
 */
export function describeNormalForm(
  isNormal: (input: string) => boolean,
  normalised: (input: string) => string,
  cases: NormalFormCases,
): void {
  describe(isNormal.name, () => {
    it.each(cases.normal)('given the normalised valid %j, then it is in the normal form', (input) => {
      expect(isNormal(input)).toBe(true);
    });
    it.each(cases.notNormal)('given %j, which is not normalised or not valid, then it is not', (input) => {
      expect(isNormal(input)).toBe(false);
    });
  });

  describe(normalised.name, () => {
    it.each(cases.normalises)('given the valid %j, when normalised, then it is %s', (input, value) => {
      expect(normalised(input)).toBe(value);
    });
    it.each(cases.invalid)('given the invalid %j, when normalised, then it comes back unchanged', (input) => {
      expect(normalised(input)).toBe(input);
    });
  });
}
