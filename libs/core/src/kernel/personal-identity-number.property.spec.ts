import fc from 'fast-check';
import { containsPersonalIdentityNumber } from './personal-identity-number';
import { checkDigit } from './testing/pin-samples';

/** Separators people and word processors put inside numbers. */
const SEPARATORS = [
  '',
  '',
  '',
  '-',
  '–',
  '—',
  '‐',
  '‑',
  '−',
  '‒',
  '/',
  '.',
  '_',
  '+',
  ' ',
  '\u00A0',
  '\u2009',
  '\u202F',
  '\u3000',
  ' - ',
  '--',
];
/** Characters that render as nothing. */
const INVISIBLES = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u00AD',
  '\u2060',
  '\uFEFF',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202C',
  '\u2066',
  '\u2069',
  '\uFE0F',
];
/** The zero of some scripts' decimal digits. */
const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce, 0x1d7ec];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real birth date, as a coordination number (+60) or not, with a birth number and its check digit. */
const pinDigits = fc
  .record({
    year: fc.integer({ min: 1890, max: 2025 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 0.999, noNaN: true }),
    coordination: fc.boolean(),
    birthNumber: fc.integer({ min: 0, max: 999 }),
    withCentury: fc.boolean(),
  })
  .map(({ year, month, dayFraction, coordination, birthNumber, withCentury }) => {
    const day = 1 + Math.floor(dayFraction * daysIn(year, month)) + (coordination ? 60 : 0);
    const nine = `${pad(year % 100)}${pad(month)}${pad(day)}${pad(birthNumber, 3)}`;
    return `${withCentury ? String(year).slice(0, 2) : ''}${nine}${checkDigit(nine)}`;
  });

/**
 * The digits typed with any separators between any of them (or only at the given places), in any
 * script, with invisible characters.
 */
function typed(digits: string, separatorPlaces?: number[], separatorChoice = SEPARATORS): fc.Arbitrary<string> {
  return fc
    .record({
      separators: fc.array(fc.constantFrom(...separatorChoice), { minLength: digits.length, maxLength: digits.length }),
      invisibles: fc.array(fc.option(fc.constantFrom(...INVISIBLES), { freq: 3 }), {
        minLength: digits.length,
        maxLength: digits.length,
      }),
      zeros: fc.array(fc.constantFrom(...ZEROS), { minLength: digits.length, maxLength: digits.length }),
    })
    .map(({ separators, invisibles, zeros }) =>
      [...digits]
        .map((digit, i) => {
          // A "." between the serial's pairs after a space would read as a time of day (a documented limit).
          const allowed =
            i > 0 &&
            (!separatorPlaces || separatorPlaces.includes(i)) &&
            !(i === digits.length - 2 && separators[i] === '.');
          const separator = allowed ? separators[i] : '';
          return `${separator}${invisibles[i] ?? ''}${String.fromCodePoint(zeros[i] + Number(digit))}`;
        })
        .join(''),
    );
}

const words = fc.stringMatching(/^[a-zåäöA-ZÅÄÖ ,:;()]{0,30}$/);
const inText = (number: fc.Arbitrary<string>) =>
  fc.tuple(words, number, words).map(([before, n, after]) => `${before} ${n} ${after}`);

describe('containsPersonalIdentityNumber, for any typography', () => {
  it('finds every valid personal identity or coordination number, however typed and wherever in a text', () => {
    fc.assert(
      fc.property(
        pinDigits.chain((digits) => inText(typed(digits))),
        (text) => containsPersonalIdentityNumber(text),
      ),
      { numRuns: 2000 },
    );
  });

  // With spaces inside, some shorter run of the digits may itself be a valid number: over-flagging.
  it('finds none when the check digit is wrong, typed with any separator but spaces, in any script, with invisibles', () => {
    const wrongDigit = pinDigits.map((d) => `${d.slice(0, -1)}${(Number(d.at(-1)) + 1) % 10}`);
    const noSpaces = SEPARATORS.filter((s) => !/\s|\//.test(s));
    fc.assert(
      fc.property(
        wrongDigit.chain((digits) => inText(typed(digits, undefined, noSpaces))),
        (text) => !containsPersonalIdentityNumber(text),
      ),
      {
        numRuns: 1000,
      },
    );
  });

  // Spaces at other places could cut "16" and the first eight digits out as a number of their own.
  it('finds none in organisation numbers (third digit 2 or more), with or without the 16 prefix, with any separator, script and invisibles', () => {
    const organisationNumber = fc
      .tuple(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 2, max: 9 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.boolean(),
      )
      .map(([first, third, rest, prefixed]) => {
        const nine = `${first}${first === 0 ? 1 : first}${third}${pad(rest, 6)}`;
        return `${prefixed ? '16' : ''}${nine}${checkDigit(nine)}`;
      });
    const asWritten = (digits: string) => typed(digits, digits.length === 12 ? [2, 8] : [6]);
    fc.assert(
      fc.property(
        organisationNumber.chain((digits) => inText(asWritten(digits))),
        (text) => !containsPersonalIdentityNumber(text),
      ),
      {
        numRuns: 1000,
      },
    );
  });

  it('finds none in ordinary dates, times and date ranges as Swedish text writes them', () => {
    const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${pad(h)}.${pad(m)}`);
    const written = fc.tuple(date, date, time, time, fc.constantFrom('-', '–', ' – ')).chain(([a, b, t1, t2, dash]) => {
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const [y, m, d] = [a.getUTCFullYear(), a.getUTCMonth() + 1, a.getUTCDate()];
      return fc.constantFrom(
        iso(a),
        iso(a).replaceAll('-', ''),
        `${d}/${m} ${y}`,
        `${d}.${m}.${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${iso(a)} ${t1}`,
        `${iso(a)} ${t1}${dash}${t2}`,
        `${iso(a)}${dash}${iso(b)}`,
        `${iso(a)} ${iso(b)}`,
        `${d}.${m}.${y} ${t1}`,
        `${iso(a)}T${t1.replace('.', ':')}:00Z`,
        `${t1}${dash}${t2} ${iso(a)}`,
      );
    });
    fc.assert(
      fc.property(inText(written), (text) => !containsPersonalIdentityNumber(text)),
      { numRuns: 3000 },
    );
  });

  it('answers in linear time on long hostile text: four times the text costs about four times the time', () => {
    // A limit measured in the same run, not a number of milliseconds: the time on a quarter of the
    // text. Linear work gives a ratio near 4, quadratic near 16; the fastest of a few runs keeps the
    // machine's own noise out of both figures.
    const hostile = (n: number) => '1 '.repeat(n) + '8-'.repeat(n) + '\u200B1'.repeat(n) + '٨𝟖８'.repeat(2 * n);
    const fastest = (text: string) => {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const started = performance.now();
        expect(containsPersonalIdentityNumber(text)).toBe(false);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const quarter = fastest(hostile(5_000));
    const whole = fastest(hostile(20_000));
    expect(whole / quarter).toBeLessThan(9);
  });
});
