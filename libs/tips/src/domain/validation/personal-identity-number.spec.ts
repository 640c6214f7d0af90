import { containsPersonalIdentityNumber } from './personal-identity-number';

/** Independent of luhn.ts: weights 2,1,2,1,… from the left over YYMMDDNNN, digit sums added. */
function checkDigit(nineDigits: string): number {
  const sum = [...nineDigits]
    .map((digit, i) => Number(digit) * (i % 2 === 0 ? 2 : 1))
    .reduce((total, product) => total + Math.floor(product / 10) + (product % 10), 0);
  return (10 - (sum % 10)) % 10;
}

/** A valid 10-digit number for a birth date YYMMDD and a three-digit birth number. */
const valid = (yymmdd: string, birthNumber: string): string => `${yymmdd}${birthNumber}${checkDigit(yymmdd + birthNumber)}`;
/** The same, with any other check digit. */
const wrong = (yymmdd: string, birthNumber: string): string =>
  `${yymmdd}${birthNumber}${(checkDigit(yymmdd + birthNumber) + 1) % 10}`;
const dashed = (tenDigits: string): string => `${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`;

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

  it.each([
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
  ])('given %j, where the number is at an edge or next to punctuation, when scanned, then it is found', (text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(true);
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
    ['Belopp 811 218 9876 kr', 'digits grouped differently'],
    ['Född 21811218-9876', 'unknown century'],
    ['Dag 811200-9876', 'day zero'],
    ['Dag 811232-9876', 'day 32'],
    ['Dag 811260-9876', 'day 60'],
    ['Dag 811292-9876', 'day 92'],
    ['Månad 810018-9876', 'month zero'],
    ['Månad 811318-9876', 'month 13'],
    ['811218--9876', 'double separator'],
    ['811218_9876', 'unknown separator'],
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
      for (const day of [1, 15, 31, 61, 75, 91]) {
        const yymmdd = `85${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
        expect(containsPersonalIdentityNumber(dashed(valid(yymmdd, '042')))).toBe(true);
        expect(containsPersonalIdentityNumber(dashed(wrong(yymmdd, '042')))).toBe(false);
      }
    }
  });

  it('given the same text scanned twice, when scanned, then the answer is the same (no regex state leaks)', () => {
    const text = 'Anställd 811218-9876';
    expect(containsPersonalIdentityNumber(text)).toBe(true);
    expect(containsPersonalIdentityNumber(text)).toBe(true);
  });
});
