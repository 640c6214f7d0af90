/**
 * Text as a reader sees it, for checks that must not be fooled by typography: what renders as
 * "811218‑9876" is judged like "811218-9876", whatever code points were typed or pasted.
 */

// Format characters (zero-width space and joiners, soft hyphen, word joiner, BOM, bidi marks),
// default-ignorables (variation selectors, Hangul fillers), combining marks left after NFKC (a
// keycap or accent drawn on a digit) and control characters other than line and tab breaks.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\u0000-\u0008\u000E-\u001F\u007F-\u009F]/gu;

const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/gu;
const DECIMAL_DIGIT = /\p{Nd}/u;
/** Unicode has a few hundred decimal digits; each is looked up once. */
const DIGIT_VALUES = new Map<string, string>();

/**
 * The value of a Unicode decimal digit. Unicode keeps every script's digits 0–9 contiguous and in
 * order, so a digit's value is its distance from the start of its run, modulo 10 (some runs, such
 * as the mathematical digits, hold several sets of ten back to back).
 */
function digitValue(char: string): string {
  let value = DIGIT_VALUES.get(char);
  if (value === undefined) {
    const code = char.codePointAt(0)!;
    let start = code;
    while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
    DIGIT_VALUES.set(char, (value = String((code - start) % 10)));
  }
  return value;
}

/** NFKC (full-width and styled digits become ASCII), invisible characters removed, every decimal digit in ASCII. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(NON_ASCII_DIGIT, digitValue);
}

/**
 * For comparing words whatever their case, accents or typography ("ÅSA ÖBERG" and "asa oberg"):
 * normalised, accents stripped, lower case.
 */
export function foldText(text: string): string {
  return normaliseText(text).normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('sv');
}
