import { fieldFor, problemOf } from './command-errors';

describe('What the form kit makes of an error', () => {
  it.each([
    [
      { code: 'BAD_USER_INPUT', fields: [{ field: 'activity.title', messages: ['title should not be empty'] }] },
      { kind: 'input', fields: [{ field: 'activity.title', messages: ['title should not be empty'] }] },
    ],
    [
      { code: 'DOMAIN_RULE_VIOLATION', rule: 'PLAN_NOT_DRAFT', details: { field: 'year' } },
      { kind: 'rule', rule: 'PLAN_NOT_DRAFT', field: 'year', message: 'm' },
    ],
    [
      { code: 'CONFLICT', expectedRevision: 3, actualRevision: 5 },
      { kind: 'conflict', expectedRevision: 3, actualRevision: 5 },
    ],
    [{ code: 'STORE_UNAVAILABLE', retryable: true }, { kind: 'unavailable' }],
    [{ code: 'PROJECTION_TIMEOUT', written: true }, { kind: 'timeout' }],
    [{ code: 'FORBIDDEN' }, { kind: 'forbidden' }],
    [
      { code: 'NOT_FOUND', rule: 'PLAN_NOT_FOUND' },
      { kind: 'notFound', message: 'm' },
    ],
    [{ code: 'INTERNAL_SERVER_ERROR' }, { kind: 'other', message: 'm' }],
  ])('reads %j as %j', (extensions, problem) => {
    expect(problemOf([{ message: 'm', extensions }])).toEqual(problem);
  });

  it('reads a failure without GraphQL errors as the network message', () => {
    expect(problemOf([], 'Failed to fetch')).toEqual({ kind: 'other', message: 'Failed to fetch' });
  });

  it("finds the form field a server path ends with, and none for a path the form doesn't show", () => {
    const names = ['title', 'decidedAt', 'reason'];
    expect(fieldFor('activity.title', names)).toBe('title');
    expect(fieldFor('decision.decidedAt', names)).toBe('decidedAt');
    expect(fieldFor('reason', names)).toBe('reason');
    expect(fieldFor('decision.decidedBy', names)).toBeUndefined();
    expect(fieldFor('subtitle', names)).toBeUndefined();
  });
});
