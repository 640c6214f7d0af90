import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { startTestApp, useTestApp } from '../support/test-app';
import { runCli } from '../support/ts-node';

const ERASE = 'mutation($input: ErasePersonInput!) { erasePerson(input: $input) { stream person { name erased } } }';
const ASA = { name: 'Åsa-Lena Öberg', email: 'asa.oberg@example.se', organisation: 'AV' };

describe("An erasure's reason is a reference, never a copy of the person", () => {
  const t = useTestApp();
  let head: () => Promise<bigint | null>;
  beforeAll(async () => {
    head = () => t.app.get<EventStore>(EVENT_STORE).headPosition();
  });

  it.each([
    'Begäran från Åsa-Lena Öberg',
    'Begäran från ÅSA-LENA OBERG, dnr 2026/12',
    'Öberg begärde radering',
    'Begäran från Ö\u200Bberg',
    'Mejl från asa.oberg@example.se',
  ])('refuses %j with ERASURE_REASON_NAMES_PERSON, erasing and appending nothing', async (reason) => {
    const persons = t.app.get(PersonDirectory);
    const personId = await persons.register(ASA);
    const before = await head();
    const res = await t.gql('DATA_PROTECTION_OFFICER', ERASE, { input: { personId, reason } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'DOMAIN_RULE_VIOLATION',
      rule: 'ERASURE_REASON_NAMES_PERSON',
    });
    expect(JSON.stringify(res)).not.toMatch(/berg/i);
    expect(persons.displayName(personId)).toBe(ASA.name);
    expect(await head()).toBe(before);
  });

  it('refuses a personal identity number in the reason as a field error', async () => {
    const personId = await t.app.get(PersonDirectory).register(ASA);
    const res = await t.gql('AUDITOR', ERASE, { input: { personId, reason: 'Begäran om radering av 19811218–9876' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    expect(t.app.get(PersonDirectory).displayName(personId)).toBe(ASA.name);
  });

  it('erases with a reference for a reason, and says so in the schema', async () => {
    const personId = await t.app.get(PersonDirectory).register(ASA);
    const res = await t.gql('DATA_PROTECTION_OFFICER', ERASE, {
      input: { personId, reason: 'Begäran om radering, dnr 2026/91 (Åsa på AV ringde)' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.erasePerson.person).toEqual({ name: 'raderad', erased: true });
    const doc = await t.gql('AUDITOR', '{ __type(name: "ErasePersonInput") { inputFields { name description } } }');
    const reason = doc.data.__type.inputFields.find((f: { name: string }) => f.name === 'reason');
    expect(reason.description).toMatch(/reference/);
    expect(reason.description).toMatch(/ERASURE_REASON_NAMES_PERSON/);
  });
});

describe("The operator's erase command checks the reason the same way", () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-erase-reason-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const erase = (...args: string[]) => runCli(dataDir, ['erase', ...args]);

  it("refuses a reason with the person's name or a personal identity number, erasing and appending nothing", async () => {
    let t = await startTestApp({ dataDir });
    const personId = await t.app.get(PersonDirectory).register(ASA);
    const before = await t.app.get<EventStore>(EVENT_STORE).headPosition();
    await t.close();

    const named = erase('--person', personId, '--reason', 'Begäran från Åsa-Lena Öberg');
    expect(named.status).toBe(1);
    expect(named.stderr).toContain('ERASURE_REASON_NAMES_PERSON');
    const numbered = erase('--person', personId, '--reason', 'Begäran om 811218\u20119876');
    expect(numbered.status).toBe(1);
    expect(numbered.stderr).toContain('PERSONAL_IDENTITY_NUMBER_IN_TEXT');
    expect(numbered.stderr).not.toContain('9876');

    t = await startTestApp({ dataDir });
    expect(t.app.get(PersonDirectory).displayName(personId)).toBe(ASA.name);
    expect(await t.app.get<EventStore>(EVENT_STORE).headPosition()).toBe(before);
    await t.close();
  }, 90_000);
});
