/**
 * The browser's early warning for personal identity and coordination numbers in free text, so the
 * user hears it before sending. The server's detector (libs/core kernel, which the web app may not
 * import) stays the rule: it also reads every script's digits and more invisible characters, and
 * its refusal is shown at the field when text gets past this one. test/web/pin-parity.spec.ts runs
 * the same cases through both.
 */

// Separators people type between digit groups: dashes, minus, spaces, dots, slashes, underscore, plus.
const SEPARATORS = '[\\s\\u2010-\\u2015\\u2212./\\\\_+-]';
const DIGIT_RUN = new RegExp(`\\d+(?:${SEPARATORS}+\\d+)*`, 'g');
const UUID_OR_HASH = /(?<![0-9a-z])(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9a-f]{32,})(?![0-9a-z])/gi;
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F]/gu;

/** Luhn over ten digits: the last is the check digit. */
export function luhn(ten: string): boolean {
  let sum = 0;
  for (let i = 0; i < ten.length; i++) {
    const doubled = Number(ten[i]) * (i % 2 === 0 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return sum % 10 === 0;
}

/** A real day (or day + 60 for a coordination number); a year without century may be any leap year. */
function realDay(year: number | null, shortYear: number, month: number, day: number): boolean {
  const d = day > 60 ? day - 60 : day;
  if (month < 1 || month > 12 || d < 1) return false;
  const leap = year === null ? shortYear % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return d <= days;
}

function isNumberOfPerson(digits: string): boolean {
  const century = digits.length === 12 ? digits.slice(0, 2) : null;
  if (century !== null && !['18', '19', '20'].includes(century)) return false;
  const ten = digits.slice(-10);
  const short = Number(ten.slice(0, 2));
  const year = century === null ? null : Number(century) * 100 + short;
  return realDay(year, short, Number(ten.slice(2, 4)), Number(ten.slice(4, 6))) && luhn(ten);
}

/** "2024-05-12 13.00": the last two groups are a time of day after a space, not the end of a number. */
function endsWithTimeOfDay(parts: { digits: string; gap: string }[]): boolean {
  if (parts.length < 3) return false;
  const [hours, minutes] = parts.slice(-2);
  return (
    /\s/.test(hours.gap) &&
    minutes.gap === '.' &&
    hours.digits.length === 2 &&
    minutes.digits.length === 2 &&
    Number(hours.digits) < 24 &&
    Number(minutes.digits) < 60
  );
}

/** Whether a run of digit groups holds a number that starts and ends at a space or slash (or the run's ends). */
function runHoldsNumber(run: string): boolean {
  const parts = [...run.matchAll(/(\D*)(\d+)/g)].map((m) => ({ gap: m[1], digits: m[2] }));
  const standsApart = (i: number) => i === 0 || i === parts.length || /[\s/\\]/.test(parts[i].gap);
  for (let from = 0; from < parts.length; from++) {
    if (!standsApart(from)) continue;
    let digits = '';
    for (let to = from; to < parts.length && digits.length < 12; to++) {
      digits += parts[to].digits;
      const window = parts.slice(from, to + 1);
      if (standsApart(to + 1) && (digits.length === 10 || digits.length === 12))
        if (!endsWithTimeOfDay(window) && isNumberOfPerson(digits)) return true;
    }
  }
  return false;
}

/** Whether the text looks like it holds a personal identity or coordination number. */
export function looksLikePersonalIdentityNumber(text: string): boolean {
  const plain = text.normalize('NFKC').replace(INVISIBLE, '').replace(UUID_OR_HASH, 'x');
  return [...plain.matchAll(DIGIT_RUN)].some(([run]) => runHoldsNumber(run));
}
