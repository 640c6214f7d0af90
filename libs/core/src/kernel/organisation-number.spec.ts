import { DomainRuleViolation } from '../errors/domain-errors';
import {
  isOrganisationNumber,
  isValidOrganisationNumber,
  normalisedOrganisationNumber,
  organisationNumber,
  parseOrganisationNumber,
} from './organisation-number';
import { describeNormalForm } from './testing/normal-form-cases';
import { itParses, itRefuses, problemOf } from './testing/parse-cases';
// Independent of luhn.ts, so that the tests do not merely repeat the implementation.
import { checkDigit } from './testing/pin-samples';

const WRONG_SHAPE = 'must have 10 digits (NNNNNN-NNNN)';
const WRONG_CHECK_DIGIT = 'has a wrong check digit';
const PERSONAL = 'is a personal identity number (sole trader): only legal persons are accepted';

// A company (556…), Försäkringskassan, Arbetsmiljöverket and a municipality.
const REAL = ['556036-0793', '202100-5489', '202100-6099', '212000-0142'];

describe('parseOrganisationNumber', () => {
  it.each(REAL)('given the real number %s, when its check digit is recomputed, then it matches', (number) => {
    const digits = number.replace('-', '');
    expect(checkDigit(digits.slice(0, 9))).toBe(Number(digits[9]));
  });

  it.each(REAL)('given the real number %s, when parsed, then it is accepted as is', (number) => {
    expect(parseOrganisationNumber(number)).toEqual({ ok: true, value: number });
  });

  itParses(parseOrganisationNumber, [
    ['556036-0793', '556036-0793'],
    ['5560360793', '556036-0793'],
    ['165560360793', '556036-0793'],
    ['16556036-0793', '556036-0793'],
    ['  202100-5489\t', '202100-5489'],
    ['\n2021005489 ', '202100-5489'],
    ['162120000142', '212000-0142'],
  ]);

  it('given a 10-digit number that itself starts with 16, when parsed, then the 16 is kept as part of the number', () => {
    const nine = '162000000';
    const number = `${nine}${checkDigit(nine)}`;
    expect(parseOrganisationNumber(number)).toEqual({ ok: true, value: `${number.slice(0, 6)}-${number.slice(6)}` });
  });

  itRefuses(parseOrganisationNumber, WRONG_SHAPE, 'which has the wrong shape', [
    '',
    '   ',
    'abc',
    '556036-079',
    '556036-07933',
    '55603-60793',
    '556036--0793',
    '556036 0793',
    '556036–0793',
    '556036-0793x',
    '175560360793',
    '1655603607931',
    '16-556036-0793',
    '198112189876',
    '19811218-9876',
    '５５６０３６-０７９３',
  ]);

  itRefuses(parseOrganisationNumber, WRONG_CHECK_DIGIT, 'with a wrong check digit', [
    '556036-0790',
    '556036-0794',
    '5560360799',
    '202100-5480',
    '202100-6090',
    '212000-0143',
    '16212000-0141',
  ]);

  it('given any other last digit than the right one, when parsed, then only the right one is accepted', () => {
    const accepted = [...'0123456789'].filter((last) => parseOrganisationNumber(`556036-079${last}`).ok);
    expect(accepted).toEqual(['3']);
  });

  itRefuses(parseOrganisationNumber, PERSONAL, 'a personal identity number (a sole trader)', [
    '811218-9876',
    '8112189876',
    '121212-1212',
    '811278-9873',
    '16811218-9876',
  ]);

  it('given a valid number with third digit 1 or 0, when parsed, then it is refused as a person, but with 2 it is accepted', () => {
    const withThird = (third: string): string => {
      const nine = `55${third}036079`;
      return `${nine.slice(0, 6)}-${nine.slice(6)}${checkDigit(nine)}`;
    };
    expect(problemOf(parseOrganisationNumber, withThird('0'))).toBe(PERSONAL);
    expect(problemOf(parseOrganisationNumber, withThird('1'))).toBe(PERSONAL);
    expect(parseOrganisationNumber(withThird('2')).ok).toBe(true);
  });

  it.each(['811218-9876', '556036-0790', '19811218-9876', '811218-98765', ' 8112189876 '])(
    'given the rejected %j, when parsed, then the problem does not contain the input',
    (input) => {
      const problem = problemOf(parseOrganisationNumber, input);
      expect(problem).not.toContain(input.trim());
      expect(problem).not.toMatch(/\d{4}/);
    },
  );
});

describeNormalForm(isValidOrganisationNumber, normalisedOrganisationNumber, {
  normal: REAL,
  notNormal: [
    '5560360793',
    '165560360793',
    '16556036-0793',
    ' 556036-0793',
    '556036-0793 ',
    '556036-0794',
    '811218-9876',
    '',
    'NNNNNN-NNNN',
  ],
  normalises: [
    ['5560360793', '556036-0793'],
    ['16556036-0793', '556036-0793'],
    [' 212000-0142 ', '212000-0142'],
  ],
  invalid: ['556036-0794', '811218-9876', ' 55603 ', ''],
});

describe('isOrganisationNumber (the normalised shape deciders check)', () => {
  it('given numbers in and out of the shape NNNNNN-NNNN, then only the shape counts, not the check digit', () => {
    expect(
      ['212000-0142', '556036-0794', '2120000142', '16212000-0142', ' 212000-0142'].map(isOrganisationNumber),
    ).toEqual([true, true, false, false, false]);
  });
});

describe('organisationNumber', () => {
  it('given a padded number in the shape, then it is trimmed', () => {
    expect(organisationNumber(' 212000-0142 ')).toBe('212000-0142');
  });

  it.each([undefined, '', '212000 0142', '2120000142'])(
    'given %j, then INVALID_ORGANISATION_NUMBER with the given details',
    (input) => {
      let thrown: unknown;
      try {
        organisationNumber(input, { forumId: 'f' });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainRuleViolation);
      expect(thrown).toMatchObject({
        code: 'INVALID_ORGANISATION_NUMBER',
        details: { forumId: 'f', organisationNumber: input ?? null },
      });
    },
  );
});
