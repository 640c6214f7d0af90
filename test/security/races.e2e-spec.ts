import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { ADMIT, CHANGE_CAPACITY, ESTABLISH } from '../support/forum-fixtures';
import { COMPILE, impulseAbout, reportImpulse, SOLBACKA } from '../support/tip-fixtures';
import { GraphQLResponse, useTestApp } from '../support/test-app';

const CLIENTS = 50;

/** Fictional organisation numbers with valid check digits (Luhn), third digit ≥ 2 as for legal persons. */
function organisationNumbers(count: number): string[] {
  const numbers: string[] = [];
  for (let serial = 1000; numbers.length < count; serial++) {
    const body = `5569${String(serial).padStart(5, '0')}`;
    const sum = [...body].reduce((s, d, i) => {
      const v = Number(d) * (i % 2 === 0 ? 2 : 1);
      return s + (v > 9 ? v - 9 : v);
    }, 0);
    numbers.push(`${body.slice(0, 6)}-${body.slice(6)}${(10 - (sum % 10)) % 10}`);
  }
  return numbers;
}

/** Each loser must be told why, with a typed error: a rule, or a conflict to retry. */
function outcome(res: GraphQLResponse): string {
  if (!res.errors) return 'OK';
  const { code, rule } = res.errors[0].extensions ?? {};
  return rule ? `${code}:${rule}` : String(code);
}

describe(`${CLIENTS} clients racing on one aggregate`, () => {
  const t = useTestApp();

  it('fills the last places of a forum exactly, and tells every loser why', async () => {
    await t.gql('STEERING_GROUP', ESTABLISH, {
      input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne', establishedOn: '2024-09-01' },
    });
    await t.gql('STEERING_GROUP', CHANGE_CAPACITY, { input: { forumId: 'syd', capacity: 5, reason: 'Pilotår' } });
    const employers = organisationNumbers(CLIENTS).map((organisationNumber, i) => ({
      organisationNumber,
      name: `Arbetsgivare ${i}`,
      sector: 'PRIVATE',
      industry: '62.010',
      size: 'FROM_500_TO_999',
    }));
    const results = await Promise.all(
      employers.map((employer) =>
        t.gql('FORUM_COORDINATOR', ADMIT, { input: { forumId: 'syd', employer, joinedOn: '2024-09-15' } }),
      ),
    );
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(5);
    for (const o of outcomes.filter((x) => x !== 'OK'))
      expect(o).toMatch(/^(CONFLICT|DOMAIN_RULE_VIOLATION:FORUM_AT_CAPACITY)$/);
    const forum = await t.gql('AUDITOR', '{ forum(id: "syd") { memberCount capacity seatsLeft } }');
    expect(forum.data.forum).toEqual({ memberCount: 5, capacity: 5, seatsLeft: 0 });
    const admitted = (await t.app.get<EventStore>(EVENT_STORE).readStream('forum-syd')).filter(
      (e) => e.type === 'MemberAdmitted',
    );
    expect(admitted).toHaveLength(5);
  }, 60_000);

  it('bundles one impulse into one tip only, however many officers try at once', async () => {
    const impulses = [await reportImpulse(t, impulseAbout(SOLBACKA)), await reportImpulse(t, impulseAbout(SOLBACKA))];
    const results = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        t.gql('COLLABORATION_OFFICER', COMPILE, {
          input: { impulseIds: i % 2 === 0 ? impulses : [impulses[1], impulses[0]], summary: `Tips ${i}` },
        }),
      ),
    );
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    for (const o of outcomes.filter((x) => x !== 'OK'))
      expect(o).toMatch(/^(CONFLICT|DOMAIN_RULE_VIOLATION:IMPULSE_[A-Z_]+)$/);
    const store = t.app.get<EventStore>(EVENT_STORE);
    for (const id of impulses) {
      const events = await store.readStream(`impulse-${id}`);
      const joined =
        events.filter((e) => e.type === 'ImpulseJoinedTip').length -
        events.filter((e) => e.type === 'ImpulseLeftTip').length;
      expect(joined).toBe(1);
    }
    const tips = await store.readAll({ filter: { eventTypes: ['TipCompiled'] } });
    expect(tips).toHaveLength(1);
  }, 60_000);
});
