import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { attendanceOf, countedByRole, RoleCountsInput } from './participant-counts';

describe('countedByRole', () => {
  it('keeps whose counts each row gives, first, with the counts keyed by the reported roles', () => {
    const rows = [{ organisation: 'FK', managers: 2, hr: 1, other: 0, email: 'x' }];
    const counted = countedByRole(rows, 'organisation');
    expect(counted).toEqual([{ organisation: 'FK', participants: { MANAGER: 2, HR: 1, OTHER: 0 } }]);
    expect(Object.keys(counted[0])).toEqual(['organisation', 'participants']);
  });
});

describe('RoleCountsInput', () => {
  class Attendance extends RoleCountsInput(10) {}
  const refused = (counts: object) =>
    validateSync(Object.assign(new Attendance(), { managers: 0, hr: 0, other: 0, ...counts })).map((e) => e.property);

  it('takes each role’s count from 0 up to the figure it is built with, whole numbers only', () => {
    expect(refused({ managers: 10, hr: 0, other: 3 })).toEqual([]);
    expect(refused({ managers: 11, hr: -1, other: 1.5 })).toEqual(['managers', 'hr', 'other']);
  });
});

describe('attendanceOf', () => {
  it('counts each organisation row by role and keeps only the named fields of each person', () => {
    const rows = [{ organisationNumber: '5560000001', managers: 1, hr: 0, other: 4 }];
    const people = [{ name: 'Ada', organisation: 'FK', email: 'ada@example.se', phone: '1' }];
    expect(attendanceOf(rows, 'organisationNumber', people, ['name', 'organisation'])).toEqual({
      counted: [{ organisationNumber: '5560000001', participants: { MANAGER: 1, HR: 0, OTHER: 4 } }],
      named: [{ name: 'Ada', organisation: 'FK' }],
    });
    expect(attendanceOf([], 'organisation', people, ['name', 'email']).named).toEqual([
      { name: 'Ada', email: 'ada@example.se' },
    ]);
  });
});
