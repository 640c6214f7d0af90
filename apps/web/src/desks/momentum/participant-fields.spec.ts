import { evaluationScale, namedLines, organisationLines, organisationText } from './participant-fields';

describe("Momentum's participant fields", () => {
  it('reads organisations as "organisation; managers; HR; others", counts left out being 0', () => {
    expect(organisationLines('556901-2346; 3; 2; 0\n\n FK ; ; ; 4 \nAV; 1')).toEqual([
      { organisation: '556901-2346', managers: 3, hr: 2, other: 0 },
      { organisation: 'FK', managers: 0, hr: 0, other: 4 },
      { organisation: 'AV', managers: 1, hr: 0, other: 0 },
    ]);
    expect(organisationLines('')).toEqual([]);
  });

  it('refuses a line without an organisation, with a count that is not whole, with too many counts, or naming nobody', () => {
    expect(organisationLines('; 1; 2; 3')).toBeNull();
    expect(organisationLines('FK; 1,5')).toBeNull();
    expect(organisationLines('FK; -1')).toBeNull();
    expect(organisationLines('FK; 1; 1; 1; 1')).toBeNull();
    expect(organisationLines('FK; 0; 0; 0')).toBeNull();
    expect(organisationLines('FK')).toBeNull();
  });

  it('reads named participants as "name; organisation; e-mail", the e-mail optional', () => {
    expect(namedLines('Fiktiv Föreläsare; Folkhälsomyndigheten; f@example.se\nAnna Värd; NAV')).toEqual([
      { name: 'Fiktiv Föreläsare', organisation: 'Folkhälsomyndigheten', email: 'f@example.se' },
      { name: 'Anna Värd', organisation: 'NAV' },
    ]);
    expect(namedLines('Anna Värd')).toBeNull();
    expect(namedLines('Anna; NAV; a@b.se; extra')).toBeNull();
  });

  it('writes a recorded list back as the lines it reads', () => {
    const list = [{ organisation: 'FK', participants: { managers: 1, hr: 0, other: 4 } }];
    expect(organisationLines(organisationText(list))).toEqual([{ organisation: 'FK', managers: 1, hr: 0, other: 4 }]);
  });

  it('takes an evaluation between 1 and 10 with at most one decimal, a comma or a point', () => {
    expect([evaluationScale('7,2'), evaluationScale('8.8'), evaluationScale('10'), evaluationScale('1')]).toEqual([
      7.2, 8.8, 10, 1,
    ]);
    for (const bad of ['7.25', '0.9', '10.1', '11', 'sju', '']) expect(evaluationScale(bad)).toBeNull();
  });
});
