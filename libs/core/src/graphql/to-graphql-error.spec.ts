import { StoreUnavailableError } from '@samverkan/event-store';
import { ConcurrencyConflict } from '../errors/domain-errors';
import { defineRules } from '../errors/rules';
import { toGraphQLError } from './to-graphql-error';

const FORUM_RULES = defineRules('forums', { FORUM_AT_CAPACITY: 'Every seat of the forum is taken.' });

describe('toGraphQLError', () => {
  it('hides an unexpected error behind the correlation id and logs the original', () => {
    const logged: unknown[] = [];
    const original = new Error('SQLITE_CORRUPT at /srv/data/events.sqlite');
    const error = toGraphQLError(original, 'corr-42', (e) => logged.push(e));
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: 'corr-42' });
    expect(error.message).toMatch(/corr-42/);
    expect(error.message).not.toMatch(/SQLITE|srv/);
    expect(logged).toEqual([original]);
  });

  it('keeps the stable rule code and the revisions of typed errors', () => {
    expect(
      toGraphQLError(FORUM_RULES.violation('FORUM_AT_CAPACITY', 'full'), 'c', () => undefined).extensions,
    ).toMatchObject({
      code: 'DOMAIN_RULE_VIOLATION',
      rule: 'FORUM_AT_CAPACITY',
    });
    expect(toGraphQLError(new ConcurrencyConflict('plan-2025', 3, 5), 'c', () => undefined).extensions).toMatchObject({
      code: 'CONFLICT',
      expectedRevision: 3,
      actualRevision: 5,
    });
  });

  it('tells a client the store is unreachable without leaking the connection details', () => {
    const logged: unknown[] = [];
    const cause = new Error('14 UNAVAILABLE: No connection established to esdb://10.0.0.7:2113');
    const error = toGraphQLError(new StoreUnavailableError('append', cause), 'c', (e) => logged.push(e));
    expect(error.extensions).toEqual({ code: 'STORE_UNAVAILABLE', retryable: true });
    expect(error.message).toMatch(/same commandId/);
    expect(error.message).not.toMatch(/10\.0\.0\.7/);
    expect(logged).toEqual([]);
  });
});
