/** Test samples of personal identity numbers, computed independently of luhn.ts. */

/** Weights 2,1,2,1,… from the left over YYMMDDNNN, digit sums added (as Skatteverket describes it). */
export function checkDigit(nineDigits: string): number {
  const sum = [...nineDigits]
    .map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
    .reduce((total, product) => total + Math.floor(product / 10) + (product % 10), 0);
  return (10 - (sum % 10)) % 10;
}

/** A valid 10-digit number for a birth date YYMMDD and a three-digit birth number. */
export const valid = (yymmdd: string, birthNumber: string): string =>
  `${yymmdd}${birthNumber}${checkDigit(yymmdd + birthNumber)}`;

/** The same, with any other check digit. */
export const wrong = (yymmdd: string, birthNumber: string): string =>
  `${yymmdd}${birthNumber}${(checkDigit(yymmdd + birthNumber) + 1) % 10}`;

export const dashed = (tenDigits: string): string => `${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`;
