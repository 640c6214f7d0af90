import { choicesOf, groupChoices } from './choices';

describe('Choices under headings', () => {
  it('keeps each group’s choices together in the order first seen, ungrouped ones on their own', () => {
    const groups = groupChoices([
      { value: '', label: 'Välj …' },
      { value: '86', label: '86', group: 'Q' },
      { value: '41', label: '41', group: 'F' },
      { value: '87', label: '87', group: 'Q' },
    ]);
    expect(groups.map((g) => [g.group, g.options.map((o) => o.value)])).toEqual([
      [undefined, ['']],
      ['Q', ['86', '87']],
      ['F', ['41']],
    ]);
  });

  it('makes a label table into choices in the table’s order, the key as value and the text as label', () => {
    expect(choicesOf({ PUBLIC: 'Offentlig', PRIVATE: 'Privat' })).toEqual([
      { value: 'PUBLIC', label: 'Offentlig' },
      { value: 'PRIVATE', label: 'Privat' },
    ]);
  });
});
