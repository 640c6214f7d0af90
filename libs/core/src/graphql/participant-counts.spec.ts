import { countedByRole } from './participant-counts';

describe('countedByRole', () => {
  it('keeps whose counts each row gives, first, with the counts keyed by the reported roles', () => {
    const rows = [{ organisation: 'FK', managers: 2, hr: 1, other: 0, email: 'x' }];
    const counted = countedByRole(rows, 'organisation');
    expect(counted).toEqual([{ organisation: 'FK', participants: { MANAGER: 2, HR: 1, OTHER: 0 } }]);
    expect(Object.keys(counted[0])).toEqual(['organisation', 'participants']);
  });
});
