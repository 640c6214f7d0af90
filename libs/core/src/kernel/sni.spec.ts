import { isSniCode, normalisedSniCode, parseSniCode, SNI_SECTIONS, sniSection } from './sni';
import { describeNormalForm } from './testing/normal-form-cases';
import { itParses, itRefuses, problemOf } from './testing/parse-cases';

const WRONG_SHAPE = 'must have 2 to 5 digits (NN.NNN)';
const NO_SUCH_DIVISION = 'has a division that does not exist in SNI 2007';

// All 88 divisions of SNI 2007 / NACE Rev. 2, written out rather than derived from the ranges under test.
const DIVISIONS = [
  '01',
  '02',
  '03',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
  '26',
  '27',
  '28',
  '29',
  '30',
  '31',
  '32',
  '33',
  '35',
  '36',
  '37',
  '38',
  '39',
  '41',
  '42',
  '43',
  '45',
  '46',
  '47',
  '49',
  '50',
  '51',
  '52',
  '53',
  '55',
  '56',
  '58',
  '59',
  '60',
  '61',
  '62',
  '63',
  '64',
  '65',
  '66',
  '68',
  '69',
  '70',
  '71',
  '72',
  '73',
  '74',
  '75',
  '77',
  '78',
  '79',
  '80',
  '81',
  '82',
  '84',
  '85',
  '86',
  '87',
  '88',
  '90',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
  '98',
  '99',
];

describe('parseSniCode', () => {
  itParses(parseSniCode, [
    ['86', '86'],
    ['86.1', '86.1'],
    ['861', '86.1'],
    ['86.10', '86.10'],
    ['8610', '86.10'],
    ['86101', '86.101'],
    ['86.101', '86.101'],
    ['47.111', '47.111'],
    ['47111', '47.111'],
    ['01.110', '01.110'],
    ['  84.111\t', '84.111'],
    ['\n99 ', '99'],
  ]);

  itRefuses(parseSniCode, WRONG_SHAPE, 'which has the wrong shape', [
    '',
    '  ',
    '8',
    '8.6',
    '861011',
    '86.1011',
    '86.',
    '.86',
    '8.6101',
    '86..1',
    '86-101',
    '86,101',
    '86 101',
    'A86',
    'Q',
    '86.10a',
    '８６',
  ]);

  itRefuses(parseSniCode, NO_SUCH_DIVISION, 'whose division does not exist', [
    '00',
    '04',
    '34',
    '40',
    '44',
    '48',
    '54',
    '57',
    '67',
    '76',
    '83',
    '89',
    '04.1',
    '34.101',
    '40100',
    '8910',
  ]);

  it('given every two-digit number, when parsed, then exactly the 88 divisions of SNI 2007 are accepted', () => {
    const all = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
    expect(all.filter((division) => parseSniCode(division).ok)).toEqual(DIVISIONS);
  });

  it.each(['34.101', '86.1011', '811218-9876', ' 40 '])(
    'given the rejected %j, when parsed, then the problem does not contain the input',
    (input) => {
      expect(problemOf(parseSniCode, input)).not.toContain(input.trim());
    },
  );
});

describeNormalForm(isSniCode, normalisedSniCode, {
  normal: ['86', '86.1', '86.101', '47.111', '01', '99.000'],
  notNormal: ['86101', '861', ' 86', '86 ', '04', '34.101', '', '86.'],
  normalises: [
    ['86101', '86.101'],
    [' 861 ', '86.1'],
    ['47.111', '47.111'],
  ],
  invalid: ['04.1', '8', ' 86.1011 '],
});

describe('sniSection', () => {
  it.each([
    ['01', 'A'],
    ['03.220', 'A'],
    ['05', 'B'],
    ['09.9', 'B'],
    ['10.1', 'C'],
    ['33.200', 'C'],
    ['35.11', 'D'],
    ['36', 'E'],
    ['39.000', 'E'],
    ['41.2', 'F'],
    ['43.999', 'F'],
    ['45.2', 'G'],
    ['47.111', 'G'],
    ['49.1', 'H'],
    ['53.201', 'H'],
    ['55.101', 'I'],
    ['56.100', 'I'],
    ['58.1', 'J'],
    ['63.99', 'J'],
    ['64.19', 'K'],
    ['66', 'K'],
    ['68.201', 'L'],
    ['69.102', 'M'],
    ['75.000', 'M'],
    ['77.1', 'N'],
    ['82.990', 'N'],
    ['84.111', 'O'],
    ['85.2', 'P'],
    ['86.101', 'Q'],
    ['87', 'Q'],
    ['88.101', 'Q'],
    ['90.01', 'R'],
    ['93.130', 'R'],
    ['94.1', 'S'],
    ['96.021', 'S'],
    ['97.000', 'T'],
    ['98.2', 'T'],
    ['99.000', 'U'],
  ])('given %s, when its section is asked for, then it is %s', (code, letter) => {
    expect(sniSection(code).letter).toBe(letter);
  });

  it('given a hospital code, when its section is asked for, then the official Swedish name comes with it', () => {
    expect(sniSection('86.101')).toEqual({ letter: 'Q', name: 'Vård och omsorg; sociala tjänster' });
  });

  it.each(['04', '86101', ' 86', 'x', ''])(
    'given %j, which is not a normalised valid code, when its section is asked for, then it throws',
    (input) => {
      expect(() => sniSection(input)).toThrow();
    },
  );

  it('given every division, when its section is asked for, then it is one of SNI_SECTIONS', () => {
    for (const division of DIVISIONS) expect(SNI_SECTIONS).toContain(sniSection(division));
  });
});

describe('SNI_SECTIONS', () => {
  it('given SNI 2007, then it lists the 21 sections in letter order with their official Swedish names', () => {
    expect(SNI_SECTIONS).toEqual([
      { letter: 'A', name: 'Jordbruk, skogsbruk och fiske' },
      { letter: 'B', name: 'Utvinning av mineral' },
      { letter: 'C', name: 'Tillverkning' },
      { letter: 'D', name: 'Försörjning av el, gas, värme och kyla' },
      { letter: 'E', name: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering' },
      { letter: 'F', name: 'Byggverksamhet' },
      { letter: 'G', name: 'Handel; reparation av motorfordon och motorcyklar' },
      { letter: 'H', name: 'Transport och magasinering' },
      { letter: 'I', name: 'Hotell- och restaurangverksamhet' },
      { letter: 'J', name: 'Informations- och kommunikationsverksamhet' },
      { letter: 'K', name: 'Finans- och försäkringsverksamhet' },
      { letter: 'L', name: 'Fastighetsverksamhet' },
      { letter: 'M', name: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik' },
      { letter: 'N', name: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster' },
      { letter: 'O', name: 'Offentlig förvaltning och försvar; obligatorisk socialförsäkring' },
      { letter: 'P', name: 'Utbildning' },
      { letter: 'Q', name: 'Vård och omsorg; sociala tjänster' },
      { letter: 'R', name: 'Kultur, nöje och fritid' },
      { letter: 'S', name: 'Annan serviceverksamhet' },
      {
        letter: 'T',
        name: 'Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk',
      },
      { letter: 'U', name: 'Verksamhet vid internationella organisationer, utländska ambassader o.d.' },
    ]);
  });

  it('given a caller that tries to change it, then it cannot', () => {
    expect(Object.isFrozen(SNI_SECTIONS)).toBe(true);
    expect(SNI_SECTIONS.every((section) => Object.isFrozen(section))).toBe(true);
  });
});
