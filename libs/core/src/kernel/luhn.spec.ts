import { luhnValid } from './luhn';

/** Check digit the way Skatteverket describes it: weights 2,1,2,1,… from the left over nine digits, digit sums added. */
function checkDigit(nineDigits: string): number {
  const sum = [...nineDigits]
    .map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
    .reduce((total, product) => total + Math.floor(product / 10) + (product % 10), 0);
  return (10 - (sum % 10)) % 10;
}

describe('luhnValid', () => {
  it.each(['5560360793', '2021005489', '2021006099', '2120000142', '1212121212', '8112189876', '0'])(
    'given the known-good %s, when checked, then it is valid',
    (digits) => expect(luhnValid(digits)).toBe(true),
  );

  it.each(['5560360794', '2021005480', '2120000143', '1212121213', '8112189877', '0701234567'])(
    'given %s with a wrong check digit, when checked, then it is invalid',
    (digits) => expect(luhnValid(digits)).toBe(false),
  );

  it.each(['', '556036-0793', ' 5560360793', '55603607a3', '５５６０３６０７９３'])(
    'given %j, which is not only ASCII digits, when checked, then it is invalid',
    (input) => expect(luhnValid(input)).toBe(false),
  );

  it('given many nine-digit prefixes, when each is checked with every possible last digit, then only the computed check digit passes', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const prefix = String((seed * 7_919_317) % 1_000_000_000).padStart(9, '0');
      const passing = [...'0123456789'].filter((last) => luhnValid(prefix + last));
      expect(passing).toEqual([String(checkDigit(prefix))]);
    }
  });
});
