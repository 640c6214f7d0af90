import { assertReasonDoesNotNamePerson, reasonNamesPerson } from './erasure-reason';

const asa = { id: 'person-1', name: 'Åsa-Lena Öberg', email: 'asa.oberg@example.se' };
const per = { id: 'person-2', name: 'Per Bo Dag', email: null };

describe('An erasure reason', () => {
  it.each([
    'Begäran från Åsa-Lena Öberg',
    'Begäran från ÅSA-LENA ÖBERG, dnr 2026/12',
    'begäran från asa-lena oberg',
    'Öberg begärde radering',
    'Begäran från Öberg, Åsa-Lena',
    'Åsa Lena ringde',
    'Begäran från Ö\u200Bberg',
    'Begäran från Ｏｂｅｒｇ',
    'Begäran från O\u0308berg',
    'Mejl från asa.oberg@example.se',
    'Mejl från ASA.OBERG@EXAMPLE.SE',
  ])('given %j, which names the person, then it is refused', (reason) => {
    expect(reasonNamesPerson(reason, asa)).toBe(true);
    expect(() => assertReasonDoesNotNamePerson(reason, asa)).toThrow(
      expect.objectContaining({ code: 'ERASURE_REASON_NAMES_PERSON' }),
    );
  });

  it.each([
    ['Begäran om radering, dnr 2026/91', asa],
    ['Begäran från Åsa, dnr 2026/91', asa],
    ['Obergsgatan, dnr 2026/91', asa],
    ['Begäran per e-post, dag 3, bo kvar', { ...per, name: 'Per Lindqvist' }],
    ['Begäran per e-post', per],
    ['Dnr 2026/91', { id: 'person-3', name: null, email: null }],
  ])('given %j, a reference without the name, then it is accepted', (reason, person) => {
    expect(reasonNamesPerson(reason, person)).toBe(false);
    expect(() => assertReasonDoesNotNamePerson(reason, person)).not.toThrow();
  });

  it('names no one in its refusal: neither the name nor the reason is repeated', () => {
    try {
      assertReasonDoesNotNamePerson('Begäran från Åsa-Lena Öberg', asa);
      throw new Error('not refused');
    } catch (error) {
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toMatch(/berg|sa-Lena/i);
    }
  });
});
