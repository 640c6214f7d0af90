import { changesBetween, documentRows, labelOf } from './state-document';

describe("an entity's state as a Swedish document", () => {
  it('labels known keys in Swedish and splits unknown ones at their capitals', () => {
    expect(labelOf('capacity')).toBe('Kapacitet');
    expect(labelOf('minutesReference')).toBe('Protokoll');
    expect(labelOf('sickLeaveRate')).toBe('Sick leave rate');
  });

  it('flattens parts and lists to labelled rows, with yes/no and a dash for nothing', () => {
    const rows = documentRows({
      name: 'Forum Väst',
      capacity: 25,
      open: true,
      note: null,
      sectors: ['hemtjänst', 'förskola'],
      members: [{ name: 'Volvo', organisationNumber: '556012-5790' }],
      agenda: [],
    });
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Namn', 'Forum Väst'],
      ['Kapacitet', '25'],
      ['Open', 'ja'],
      ['Note', '–'],
      ['Sektorer', 'hemtjänst, förskola'],
      ['Medlemmar 1 › Namn', 'Volvo'],
      ['Medlemmar 1 › Organisationsnummer', '556012-5790'],
      ['Dagordning', '–'],
    ]);
    expect(rows[5].path).toBe('members.0.name');
  });

  it('lists what changed between two revisions: changed, added and removed values', () => {
    const before = { status: 'PLANNED', attendance: [{ organisation: 'A', managers: 3 }] };
    const after = {
      status: 'HELD',
      attendance: [
        { organisation: 'A', managers: 5 },
        { organisation: 'B', managers: 1 },
      ],
    };
    expect(changesBetween(before, after)).toEqual([
      { label: 'Status', before: 'Planerad', after: 'Hållet' },
      { label: 'Närvaro 1 › Chefer', before: '3', after: '5' },
      { label: 'Närvaro 2 › Organisation', before: '–', after: 'B' },
      { label: 'Närvaro 2 › Chefer', before: '–', after: '1' },
    ]);
    expect(changesBetween(after, { status: 'HELD' })).toEqual([
      { label: 'Närvaro 1 › Organisation', before: 'A', after: '–' },
      { label: 'Närvaro 1 › Chefer', before: '5', after: '–' },
      { label: 'Närvaro 2 › Organisation', before: 'B', after: '–' },
      { label: 'Närvaro 2 › Chefer', before: '1', after: '–' },
    ]);
    expect(changesBetween(null, { name: 'Forum' })).toEqual([{ label: 'Namn', before: '–', after: 'Forum' }]);
  });
});
