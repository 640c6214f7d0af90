import {
  agencyPeople,
  criteriaInput,
  criterionFieldOf,
  employerLines,
  listFieldOf,
  missingAgencies,
  organisationNumber,
} from './dialogue-fields';

describe("The dialogue desk's form fields", () => {
  it.each([
    ['212000-1355', '212000-1355'],
    [' 5560743089 ', '556074-3089'],
    ['165560743089', '556074-3089'],
    ['212000-1356', null],
    // A personal identity number (month digit below 2) that passes Luhn is not an organisation number.
    ['811218-9876', null],
    ['21200-1355', null],
    ['', null],
  ])(
    'reads organisation number %p as %p (with or without dash or 16 prefix; not with a bad check digit, nor a personal identity number)',
    (text, read) => expect(organisationNumber(text)).toBe(read),
  );

  it('reads employers as "number name" lines and refuses a line without a valid number or a name', () => {
    expect(employerLines('212000-0142 Storstads kommun\n 5560743089, Omsorg i Syd AB ')).toEqual([
      { organisationNumber: '212000-0142', name: 'Storstads kommun' },
      { organisationNumber: '556074-3089', name: 'Omsorg i Syd AB' },
    ]);
    expect(employerLines('212000-0142')).toBeNull();
    expect(employerLines('212000-0143 Fel kommun')).toBeNull();
    expect(employerLines('')).toBeNull();
  });

  it('reads colleagues as "name, FK|AV" lines; none is an empty list, any other line refuses all', () => {
    expect(agencyPeople('Anna Berg, fk\nPer Lund , AV')).toEqual([
      { name: 'Anna Berg', agency: 'FK' },
      { name: 'Per Lund', agency: 'AV' },
    ]);
    expect(agencyPeople('')).toEqual([]);
    expect(agencyPeople('Anna Berg')).toBeNull();
    expect(agencyPeople('Anna Berg, Kommunen')).toBeNull();
  });

  it('names the agencies a meeting still lacks', () => {
    expect(missingAgencies([])).toEqual(['FK', 'AV']);
    expect(missingAgencies([{ agency: 'FK' }, { agency: 'FK' }])).toEqual(['AV']);
    expect(missingAgencies([{ agency: 'AV' }, { agency: 'FK' }])).toEqual([]);
  });

  it('sends the criteria given, in order, and lands a server path at the field of the criterion it names', () => {
    const values = {
      'value:ILL_HEALTH_RATE': '',
      'rationale:ILL_HEALTH_RATE': '',
      'value:KNOWN_CHALLENGES': ' Brister i rehabiliteringen ',
      'rationale:KNOWN_CHALLENGES': 'Tillsynen fann systembrister',
      'value:SIZE': '2 300 anställda',
      'rationale:SIZE': '',
    };
    const criteria = criteriaInput(values);
    expect(criteria).toEqual([
      {
        criterion: 'KNOWN_CHALLENGES',
        value: 'Brister i rehabiliteringen',
        rationale: 'Tillsynen fann systembrister',
      },
      { criterion: 'SIZE', value: '2 300 anställda', rationale: '' },
    ]);
    const sent = criteria.map((c) => c.criterion);
    expect(criterionFieldOf('criteria.1.rationale', sent)).toBe('rationale:SIZE');
    expect(criterionFieldOf('input.criteria.0.value', sent)).toBe('value:KNOWN_CHALLENGES');
    expect(criterionFieldOf('criteria', [])).toBe('value:ILL_HEALTH_RATE');
    expect(criterionFieldOf('criteria.2.value', sent)).toBeUndefined();
    expect(criterionFieldOf('employer.name', sent)).toBeUndefined();
  });

  it('lands any path into a list at the field that lays the list out', () => {
    const fieldOf = listFieldOf({ others: 'others', employers: 'employers' });
    expect(fieldOf('others.2.name')).toBe('others');
    expect(fieldOf('input.employers.0.organisationNumber')).toBe('employers');
    expect(fieldOf('topics.0.title')).toBeUndefined();
    expect(fieldOf('meetingId')).toBeUndefined();
  });
});
