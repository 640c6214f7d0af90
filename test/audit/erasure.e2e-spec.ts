import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role, TokenService } from '@samverkan/auth';
import {
  ADD_REPRESENTATIVE,
  ADMIT,
  employers,
  FORUM_FIELDS,
  heldSeminar,
  RECORD_ATTENDANCE,
  vastWithMembers,
} from '../support/forum-fixtures';
import { useTestApp } from '../support/test-app';

const ERASE =
  'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { stream revision replayed person { id name organisation erased } } }';
const FIND = 'query($text: String!) { findPeople(text: $text) { id name organisation } }';
const FORUM = `query { forum(id: "vast") { ${FORUM_FIELDS} } }`;
const HISTORY =
  'query($stream: String!) { entityHistory(stream: $stream, first: 50) { edges { node { type actor { id name organisation role } } } } }';
const AS_OF = 'query($stream: String!) { entityAsOf(stream: $stream) { people { id name organisation erased } } }';
const ESF =
  'query { esfReport(from: "2025-01-01", to: "2025-12-31") { activities { participants { total named } namedPeople { name organisation } } } }';
const TIMELINE =
  'query { timeline(first: 100, filter: { module: "privacy" }) { edges { node { type kind reason summary actor { role } } } } }';
const PLAIN = ['Hanna Hemligsson', 'hanna.hemligsson@example.se', 'Kim Kodsson', 'Gästa Glömsk'];

/** Crypto-shredding through the API: the trail keeps facts, organisations and counts; the names go. */
describe('Erasing a person (GDPR)', () => {
  const t = useTestApp();
  let coordinator: string;
  let ids: { representative: string; coordinator: string; guest: string };
  const gql = async (role: string, query: string, variables?: Record<string, unknown>) => {
    const res = await t.gql(role, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };

  beforeAll(async () => {
    coordinator = await t.app
      .get(TokenService)
      .sign('coordinator-kim', Role.FORUM_COORDINATOR, 'FK', { forums: ['vast'], name: 'Kim Kodsson' });
    await vastWithMembers(t.gql, 'STEERING_GROUP', coordinator, [employers.volvo]);
    await gql(coordinator, ADD_REPRESENTATIVE, {
      input: {
        forumId: 'vast',
        organisationNumber: employers.volvo.organisationNumber,
        name: 'Hanna Hemligsson',
        email: 'hanna.hemligsson@example.se',
        role: 'HR',
      },
    });
    const meetingId = await heldSeminar(t.gql, coordinator, 'Seminarium', '2025-02-05');
    await gql(coordinator, RECORD_ATTENDANCE, {
      input: {
        meetingId,
        members: [{ organisationNumber: employers.volvo.organisationNumber, managers: 2, hr: 1, other: 0 }],
        guests: [{ name: 'Gästa Glömsk', organisation: 'Folkhälsomyndigheten' }],
      },
    });
    const find = async (text: string) =>
      (await gql('DATA_PROTECTION_OFFICER', FIND, { text })).findPeople[0].id as string;
    ids = { representative: await find('hemligsson@'), coordinator: 'coordinator-kim', guest: await find('Glömsk') };
  }, 60_000);

  it('shows the names before the erasure', async () => {
    expect((await gql('AUDITOR', FORUM)).forum.members[0].representatives).toEqual([
      { personId: ids.representative, name: 'Hanna Hemligsson', role: 'HR' },
    ]);
    const history = await gql('AUDITOR', HISTORY, { stream: 'forum-vast' });
    expect(history.entityHistory.edges.at(-1).node.actor).toEqual({
      id: 'coordinator-kim',
      name: 'Kim Kodsson',
      organisation: 'FK',
      role: 'FORUM_COORDINATOR',
    });
    expect((await gql('AUDITOR', ESF)).esfReport.activities[0].namedPeople).toEqual([
      { name: 'Gästa Glömsk', organisation: 'Folkhälsomyndigheten' },
    ]);
  });

  it('refuses what it must: other roles, unknown people, no reason', async () => {
    const code = async (role: string, input: Record<string, unknown>) => {
      const res = await t.gql(role, ERASE, { input });
      return res.errors?.[0].extensions?.rule ?? res.errors?.[0].extensions?.code;
    };
    expect(await code('FORUM_COORDINATOR', { personId: ids.guest, reason: 'x' })).toBe('FORBIDDEN');
    expect(await code('DATA_PROTECTION_OFFICER', { personId: 'person-nobody', reason: 'x' })).toBe('PERSON_NOT_FOUND');
    const noReason = await t.gql('DATA_PROTECTION_OFFICER', ERASE, { input: { personId: ids.guest, reason: '' } });
    expect(noReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(noReason.errors?.[0].extensions)).toContain('reason');
    expect((await gql('AUDITOR', ESF)).esfReport.activities[0].namedPeople[0].name).toBe('Gästa Glömsk');
  });

  it('erases, and every view then shows the person as erased while organisations, roles and counts stay', async () => {
    for (const [role, personId] of [
      ['DATA_PROTECTION_OFFICER', ids.representative],
      ['AUDITOR', ids.coordinator],
      ['DATA_PROTECTION_OFFICER', ids.guest],
    ]) {
      const erased = await gql(role, ERASE, { input: { personId, reason: 'Begäran om radering, dnr 2026/77' } });
      expect(erased.erasePerson).toMatchObject({
        stream: `personErasure-${personId}`,
        revision: 0,
        person: { id: personId, name: 'raderad', erased: true },
      });
    }
    const again = await t.gql('DATA_PROTECTION_OFFICER', ERASE, { input: { personId: ids.guest, reason: 'igen' } });
    expect(again.errors?.[0].extensions?.rule).toBe('PERSON_ALREADY_ERASED');

    // The coordinator acts again with the same token: the name is not brought back.
    await gql(coordinator, ADMIT, { input: { forumId: 'vast', employer: employers.bank, joinedOn: '2025-01-10' } });
    const forum = (await gql('AUDITOR', FORUM)).forum;
    expect(
      forum.members.find((m: any) => m.organisationNumber === employers.volvo.organisationNumber).representatives,
    ).toEqual([{ personId: ids.representative, name: 'raderad', role: 'HR' }]);
    const actors = (await gql('AUDITOR', HISTORY, { stream: 'forum-vast' })).entityHistory.edges
      .map((e: any) => e.node.actor)
      .slice(1);
    expect(
      actors.every((a: any) => a.name === 'raderad' && a.organisation === 'FK' && a.role === 'FORUM_COORDINATOR'),
    ).toBe(true);
    expect((await gql('AUDITOR', AS_OF, { stream: 'forum-vast' })).entityAsOf.people).toEqual([
      { id: ids.representative, name: 'raderad', organisation: employers.volvo.organisationNumber, erased: true },
    ]);
    const esf = (await gql('AUDITOR', ESF)).esfReport.activities[0];
    expect(esf).toEqual({
      participants: { total: 4, named: 1 },
      namedPeople: [{ name: 'raderad', organisation: 'Folkhälsomyndigheten' }],
    });
    expect((await gql('DATA_PROTECTION_OFFICER', FIND, { text: 'Hemligsson' })).findPeople).toEqual([]);

    const trail = (await gql('AUDITOR', TIMELINE)).timeline.edges.map((e: any) => e.node);
    expect(trail).toHaveLength(3);
    expect(trail[0]).toEqual({
      type: 'PersonErased',
      kind: 'decision',
      reason: 'Begäran om radering, dnr 2026/77',
      summary: expect.stringContaining('raderades'),
      actor: { role: 'DATA_PROTECTION_OFFICER' },
    });
    expect((await gql('AUDITOR', '{ verifyIntegrity { holds eventsChecked } }')).verifyIntegrity.holds).toBe(true);
  });

  it('leaves no plain name, e-mail or key of theirs in any file of the data directory', async () => {
    await t.app.close();
    const files = readdirSync(t.dataDir).map((f) => join(t.dataDir, f));
    expect(files.some((f) => f.endsWith('personal-data.sqlite'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const plain of PLAIN)
        expect({ file, plain, found: bytes.includes(Buffer.from(plain)) }).toEqual({ file, plain, found: false });
    }
  });
});
