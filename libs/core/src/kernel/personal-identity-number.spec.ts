import { containsPersonalIdentityNumber } from './personal-identity-number';
import { dashed, valid, wrong } from './testing/pin-samples';

describe('containsPersonalIdentityNumber', () => {
  describe('given the hardcoded, hand-verified examples', () => {
    it('then their check digits are right', () => {
      expect(valid('811218', '987')).toBe('8112189876');
      expect(valid('121212', '121')).toBe('1212121212');
      expect(valid('811278', '987')).toBe('8112789873');
      expect(valid('460101', '123')).toBe('4601011234');
    });
  });

  it.each([
    'Anställd 811218-9876 har inte fått någon plan',
    'Anställd 19811218-9876 har inte fått någon plan',
    'Anställd 811218+9876 är över hundra år',
    'Anställd 811218 9876 har inte fått någon plan',
    'Anställd 8112189876 har inte fått någon plan',
    'Anställd 19811218 9876 har inte fått någon plan',
    'Anställd 198112189876 har inte fått någon plan',
    'Tolvan 121212-1212 är testpersonen',
    'Född 20121212-1212',
    'Född 18460101-1234 enligt arkivet',
    // At an edge of the text, or next to punctuation.
    '811218-9876 har inte fått någon plan',
    'Gäller 811218-9876',
    '811218-9876',
    'Gäller (811218-9876).',
    'Gäller 811218-9876, som är sjukskriven',
    'pnr:8112189876;',
    'Gäller "19811218-9876"',
    'Rad ett\n811218-9876\nrad tre',
    'id=811218-9876&x=1',
    'Kund/811218-9876/ärende',
  ])('given %j, when scanned, then a personal identity number is found', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it.each([
    ['811278-9873', 'samordningsnummer, day 18 + 60'],
    ['19811278-9873', 'samordningsnummer with century'],
    [dashed(valid('900161', '234')), 'samordningsnummer on day 1'],
    [dashed(valid('900191', '234')), 'samordningsnummer on day 31'],
  ])('given the coordination number %s (%s), when scanned, then it is found', (number) => {
    expect(containsPersonalIdentityNumber(`Den sjukskrivne har ${number}.`)).toBe(true);
  });

  it('given several numbers where only the last is personal, when scanned, then it is found', () => {
    expect(containsPersonalIdentityNumber('Org 202100-5489, tel 0701234567, anställd 811218-9876')).toBe(true);
  });

  it.each([
    ['Arbetsgivaren 202100-5489 har brustit', 'organisation number (Försäkringskassan)'],
    ['Arbetsgivaren 556036-0793 har brustit', 'organisation number'],
    ['Arbetsgivaren 5560360793 har brustit', 'organisation number without dash'],
    ['Arbetsgivaren 16556036-0793 har brustit', 'organisation number with the 16 prefix'],
    ['Arbetsgivaren 165560360793 har brustit', 'organisation number with the 16 prefix, no dash'],
    ['Anställd 811218-9877 har inte fått någon plan', 'wrong check digit'],
    ['Anställd 19811218-9875 har inte fått någon plan', 'wrong check digit, with century'],
    ['Ring 0701234567 eller 070-123 45 67', 'phone numbers whose Luhn fails'],
    ['Mötet 2024-05-12 om rehabilitering', 'date'],
    ['Mötet 20240512 om rehabilitering', 'compact date'],
    ['Skapad 2024-05-12T10:15:30.123Z', 'ISO timestamp'],
    ['Skapad 20240512T101530Z', 'compact ISO timestamp'],
    ['Ärende 98112189876 är stängt', 'a valid number preceded by a digit'],
    ['Ärende 81121898761 är stängt', 'a valid number followed by a digit'],
    ['Ärende 1198112189876 är stängt', 'a valid 12-digit number in a longer run'],
    ['Ärende 1811218-9876 är stängt', 'a dashed valid number preceded by a digit'],
    ['Ärende 811218-98761 är stängt', 'a dashed valid number followed by a digit'],
    ['Belopp 1 234 567 kr', 'amount'],
    ['Född 21811218-9876', 'unknown century'],
    ['Dag 811200-9876', 'day zero'],
    ['Dag 811232-9876', 'day 32'],
    ['Dag 811260-9876', 'day 60'],
    ['Dag 811292-9876', 'day 92'],
    ['Månad 810018-9876', 'month zero'],
    ['Månad 811318-9876', 'month 13'],
    ['Ärende 1-811218-9876 är stängt', 'a dashed valid number continuing a longer dashed number'],
    ['Mötet 2024-05-12 13.00–14.00 i Umeå', 'a date and a time range'],
    ['Mötet 2025-03-14 13.00 i Luleå', 'a date and a time of day'],
    ['Perioden 2024-05-12–2024-06-13', 'a date range'],
    ['Klockan 09.00 10.30 11.45 12.15', 'times of day'],
    ['Ärende 81121898-7600-4000-8000-198112189876 är stängt', 'a UUID, an identifier'],
    ['Hash 8112189876ab8112189876ab8112189876ab8112189876ab', 'a hex hash'],
    ['Moms SE556036079301', 'a VAT number'],
    ['Fakturera 16 556036-0793', 'an organisation number after its 16 prefix, spaced'],
    ['', 'empty text'],
  ])('given %j (%s), when scanned, then nothing personal is found', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });

  it('given impossible dates with otherwise right check digits, when scanned, then nothing is found', () => {
    for (const yymmdd of ['811200', '811232', '811260', '811292', '810018', '811318', '819918']) {
      expect(containsPersonalIdentityNumber(dashed(valid(yymmdd, '987')))).toBe(false);
    }
  });

  it('given every day and month, when scanned, then exactly the right check digit is found', () => {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 15, 28, 61, 75, 88]) {
        const yymmdd = `85${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
        expect(containsPersonalIdentityNumber(dashed(valid(yymmdd, '042')))).toBe(true);
        expect(containsPersonalIdentityNumber(dashed(wrong(yymmdd, '042')))).toBe(false);
      }
    }
  });

  it.each([
    ['811218–9876', 'en dash'],
    ['811218—9876', 'em dash'],
    ['811218‐9876', 'hyphen'],
    ['811218‑9876', 'non-breaking hyphen'],
    ['811218−9876', 'minus sign'],
    ['811218‒9876', 'figure dash'],
    ['811218/9876', 'slash'],
    ['811218.9876', 'dot'],
    ['811218_9876', 'underscore'],
    ['811218--9876', 'double separator'],
    ['811218 - 9876', 'spaced dash'],
    ['811218\u00A09876', 'no-break space'],
    ['811218\u20099876', 'thin space'],
    ['811218\u30009876', 'ideographic space'],
    ['811 218 98 76', 'spaces inside'],
    ['81 12 18-98 76', 'pairs'],
    ['8 1 1 2 1 8 9 8 7 6', 'every digit apart'],
    ['1981-12-18-9876', 'century and a dashed date'],
    ['19 811218-9876', 'century apart'],
    ['８１１２１８－９８７６', 'full-width digits and hyphen'],
    ['٨١١٢١٨-٩٨٧٦', 'Arabic-Indic digits'],
    ['۸۱۱۲۱۸-۹۸۷۶', 'extended Arabic-Indic digits'],
    ['८११२१८-९८७६', 'Devanagari digits'],
    ['𝟖𝟏𝟏𝟐𝟏𝟖-𝟗𝟖𝟕𝟔', 'mathematical bold digits'],
    ['811218\u200B-9876', 'zero-width space'],
    ['81\u200D1218-98\u200C76', 'zero-width joiner and non-joiner'],
    ['8112\u00AD18-9876', 'soft hyphen'],
    ['811218\u20609876', 'word joiner'],
    ['\uFEFF811218-9876', 'byte order mark'],
    ['\u200E811218\u200F-\u202A9876\u202C', 'bidi marks'],
    ['\u2066811218-9876\u2069', 'bidi isolates'],
    ['8\uFE0F112189876', 'variation selector'],
    ['811218-9876 och 121212-1212', 'two numbers'],
    ['811218-9876/121212-1212', 'two numbers with a slash'],
    ['Daterat 2024-05-12 811218-9876', 'a date before a number'],
  ])('given %j (%s), when scanned, then it is found', (number, _what) => {
    const text = JSON.parse(`"${number}"`) as string;
    expect(containsPersonalIdentityNumber(`Anställd ${text} har ingen plan`)).toBe(true);
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });

  it('given days that the month does not have, when scanned, then nothing is found, and 29 February only in a leap year', () => {
    expect(containsPersonalIdentityNumber(dashed(valid('000229', '123')))).toBe(true);
    expect(containsPersonalIdentityNumber(`20${dashed(valid('000229', '123'))}`)).toBe(true);
    expect(containsPersonalIdentityNumber(`19${dashed(valid('000229', '123'))}`)).toBe(false);
    expect(containsPersonalIdentityNumber(dashed(valid('010229', '123')))).toBe(false);
    expect(containsPersonalIdentityNumber(dashed(valid('810431', '123')))).toBe(false);
  });

  it('given phone numbers, when scanned, then one is found only when its digits read as a valid number (they are not told apart)', () => {
    const reads = valid('070123', '456');
    expect(
      containsPersonalIdentityNumber(
        `Ring ${reads.slice(0, 3)}-${reads.slice(3, 6)} ${reads.slice(6, 8)} ${reads.slice(8)}`,
      ),
    ).toBe(true);
    const doesNot = wrong('070123', '456');
    expect(
      containsPersonalIdentityNumber(
        `Ring ${doesNot.slice(0, 3)}-${doesNot.slice(3, 6)} ${doesNot.slice(6, 8)} ${doesNot.slice(8)}`,
      ),
    ).toBe(false);
    expect(containsPersonalIdentityNumber('Ring 073-612 34 56 eller +46 8 123 456 78')).toBe(false);
  });

  it('given the same text scanned twice, when scanned, then the answer is the same (no regex state leaks)', () => {
    const text = 'Anställd 811218-9876';
    expect(containsPersonalIdentityNumber(text)).toBe(true);
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });
});
