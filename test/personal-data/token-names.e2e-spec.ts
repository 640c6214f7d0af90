import { PersonDirectory } from '@samverkan/core';
import { useTestApp } from '../support/test-app';

/** The name a token carries goes to the erasable person directory: once per token, not at every request. */
describe('Names from tokens', () => {
  const t = useTestApp();

  it('writes the person of a token at its first request only', async () => {
    // given
    const upsert = jest.spyOn(t.app.get(PersonDirectory), 'upsert');
    // when the same token asks three times, then another token once
    for (let i = 0; i < 3; i++) await t.gql('AUDITOR', '{ tipFunnelYears }');
    await t.gql('DASHBOARD', '{ tipFunnelYears }');
    // then
    expect(upsert.mock.calls.map(([id]) => id)).toEqual(['dev-auditor', 'dev-dashboard']);
    upsert.mockRestore();
  });
});
