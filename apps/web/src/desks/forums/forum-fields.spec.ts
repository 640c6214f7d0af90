import {
  agendaOf,
  agendaText,
  attendanceDefaults,
  attendanceFields,
  attendanceOf,
  commaPairs,
  given,
  guestsOf,
} from './forum-fields';

const MEMBERS = [
  { organisationNumber: '232100-0131', name: 'Västra Götalandsregionen' },
  { organisationNumber: '556074-3089', name: 'Lastvagnar Väst AB' },
];

describe('the forum forms’ input mapping', () => {
  it('splits each line at its last comma, leaving out blank lines, and refuses a line without both parts', () => {
    expect(commaPairs('Ledarskap, stöd och krav, Folkhälsomyndigheten\n\n  OSA , AV ')).toEqual([
      ['Ledarskap, stöd och krav', 'Folkhälsomyndigheten'],
      ['OSA', 'AV'],
    ]);
    expect(commaPairs('')).toEqual([]);
    expect(commaPairs('Utan organisation')).toBeNull();
    expect(commaPairs('OSA, AV\n, AV')).toBeNull();
    expect(commaPairs('OSA,')).toBeNull();
  });

  it('reads an agenda and guests from their lines, and writes an agenda back as it reads it', () => {
    const agenda = agendaOf('Implementering, Folkhälsomyndigheten\nOSA, AV');
    expect(agenda).toEqual([
      { topic: 'Implementering', speakerOrganisation: 'Folkhälsomyndigheten' },
      { topic: 'OSA', speakerOrganisation: 'AV' },
    ]);
    expect(agendaOf(agendaText(agenda!))).toEqual(agenda);
    expect(guestsOf('Eva Ek, Folkhälsomyndigheten')).toEqual([
      { name: 'Eva Ek', organisation: 'Folkhälsomyndigheten' },
    ]);
    expect(guestsOf('Eva Ek')).toBeNull();
  });

  it('sends a date or text only when given, so the server’s default (today) applies otherwise', () => {
    expect(given('heldOn', ' 2026-11-20 ')).toEqual({ heldOn: '2026-11-20' });
    expect(given('heldOn', '  ')).toEqual({});
    expect(given('heldOn', undefined)).toEqual({});
  });

  it('asks each member’s count by role, and sends only the members someone came from', () => {
    const fields = attendanceFields(MEMBERS);
    expect(fields.map((f) => f.name)).toEqual([
      'managers:232100-0131',
      'hr:232100-0131',
      'other:232100-0131',
      'managers:556074-3089',
      'hr:556074-3089',
      'other:556074-3089',
    ]);
    expect(fields[0].label).toBe('Chefer från Västra Götalandsregionen');
    expect(fields[0].validate?.('2')).toBeUndefined();
    expect(fields[0].validate?.('-1')).toBeDefined();
    expect(fields[0].validate?.('1.5')).toBeDefined();
    const values = {
      'managers:232100-0131': '3',
      'hr:232100-0131': '',
      'other:232100-0131': '1',
      'hr:556074-3089': '0',
    };
    expect(attendanceOf(MEMBERS, values)).toEqual([
      { organisationNumber: '232100-0131', managers: 3, hr: 0, other: 1 },
    ]);
  });

  it('starts a correction of attendance from what was recorded', () => {
    const recorded = [{ organisationNumber: '232100-0131', participants: { managers: 3, hr: 2, other: 0 } }];
    const defaults = attendanceDefaults(recorded, [{ name: 'Eva Ek', organisation: 'FHM' }]);
    expect(defaults).toEqual({
      'managers:232100-0131': '3',
      'hr:232100-0131': '2',
      'other:232100-0131': '0',
      guests: 'Eva Ek, FHM',
    });
    expect(attendanceOf(MEMBERS, defaults)).toEqual([
      { organisationNumber: '232100-0131', managers: 3, hr: 2, other: 0 },
    ]);
  });
});
