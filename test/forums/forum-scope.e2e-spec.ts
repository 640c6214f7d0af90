import { ok, useTestApp } from '../support/test-app';
import { ADMIT, employers, ESTABLISH, useForumCoordinators } from '../support/forum-fixtures';

const SG = 'STEERING_GROUP';
const MAY_ACT = '{ forums { id mayAct } }';

/**
 * `Forum.mayAct` tells the web app which forums a token may act on, so it offers no form the
 * server would refuse: it must answer exactly as the endpoints decide.
 */
describe('Which forums a token may act on', () => {
  const t = useTestApp();
  const coordinator = useForumCoordinators(t);

  beforeAll(async () => {
    for (const [forumId, name, region] of [
      ['vast', 'Forum Väst', 'Västra Götaland'],
      ['syd', 'Forum Syd', 'Skåne'],
    ])
      await ok(t.gql(SG, ESTABLISH, { input: { forumId, name, region, establishedOn: '2024-09-01' } }));
  });

  const mayAct = async (sender: string) =>
    Object.fromEntries(
      (await ok(t.gql(sender, MAY_ACT))).forums.map((f: { id: string; mayAct: boolean }) => [f.id, f.mayAct]),
    );

  it('is true for a coordinator only on the forums the token names, as the server decides on a command', async () => {
    expect(await mayAct(coordinator.vast)).toEqual({ vast: true, syd: false });
    expect(await mayAct(coordinator.syd)).toEqual({ vast: false, syd: true });
    // The server agrees: Väst's coordinator admits to Väst and is refused in Syd.
    const input = (forumId: string) => ({ forumId, employer: employers.bank, joinedOn: '2024-09-15' });
    expect((await t.gql(coordinator.vast, ADMIT, { input: input('vast') })).errors).toBeUndefined();
    const refused = await t.gql(coordinator.vast, ADMIT, { input: input('syd') });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is true for the steering group on every forum and false for roles that only read', async () => {
    expect(await mayAct(SG)).toEqual({ vast: true, syd: true });
    expect(await mayAct('AUDITOR')).toEqual({ vast: false, syd: false });
    expect(await mayAct('KNOWLEDGE_GROUP')).toEqual({ vast: false, syd: false });
  });

  it('follows the forum it belongs to in a command’s payload', async () => {
    const admitted = await t.gql(coordinator.syd, ADMIT.replace('forum {', 'forum { mayAct '), {
      input: { forumId: 'syd', employer: employers.volvo, joinedOn: '2024-09-15' },
    });
    expect(admitted.data?.admitForumMember.forum.mayAct).toBe(true);
  });
});
