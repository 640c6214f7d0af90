import { stockholmDate } from '@samverkan/core/domain';
import { ADMIT, coordinatorToken, employers, ESTABLISH } from '../support/forum-fixtures';
import { useTestApp } from '../support/test-app';
import { impulseAbout, REPORT, SOLBACKA } from '../support/tip-fixtures';

/**
 * Fields a client leaves out entirely (not blank): the resolver's fallback runs, and the domain
 * judges what it filled in. Blank strings are refused elsewhere; these are the other path.
 */
describe('Fields left out entirely', () => {
  const t = useTestApp();

  it('founds a forum of 25 seats, today, when capacity and date are left out, and admits a member today', async () => {
    const founded = await t.gql('STEERING_GROUP', ESTABLISH, {
      input: { forumId: 'vast', name: 'Forum Väst', region: 'Västra Götaland' },
    });
    expect(founded.errors).toBeUndefined();
    expect(founded.data.establishForum.forum).toMatchObject({ capacity: 25, seatsLeft: 25 });

    const vast = await coordinatorToken(t, 'coord-vast', ['vast']);
    const admitted = await t.gql(vast, ADMIT, { input: { forumId: 'vast', employer: employers.volvo } });
    expect(admitted.errors).toBeUndefined();
    expect(admitted.data.admitForumMember.forum.members).toEqual([
      expect.objectContaining({ joinedOn: stockholmDate(new Date()) }),
    ]);
  });

  it('reports an impulse as of today when its date is left out', async () => {
    const { reportedOn: _left, ...input } = impulseAbout(SOLBACKA);
    const reported = await t.gql('FK_CASEWORKER', REPORT, { input });
    expect(reported.errors).toBeUndefined();
    expect(reported.data.reportImpulse.impulse.reportedOn).toBe(stockholmDate(new Date()));
  });

  it('refuses an impulse whose description is left out, naming the field', async () => {
    const { description: _left, ...input } = impulseAbout(SOLBACKA);
    const refused = await t.gql('FK_CASEWORKER', REPORT, { input });
    expect(refused.data).toBeFalsy();
    expect(JSON.stringify(refused.errors)).toMatch(/description/);
  });
});
