import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startedServer } from '../support/server-process';
import { readDevTokens, useTestApp } from '../support/test-app';
import { REPORT, SOLBACKA, impulseAbout, storeHead } from '../support/tip-fixtures';

/** A valid personal identity number (check digit right): what must never be stored or logged. */
const PERSONAL_NUMBER = '811218-9876';

const fieldsOf = (res: any) => res.errors?.[0].extensions?.fields?.map((f: any) => f.field);

describe('Checking an impulse before anything is stored', () => {
  const t = useTestApp({ env: { REGIONS: 'Västra Götaland,Skåne,Norrbotten' } });

  it.each([
    [
      'an organisation number with a wrong check digit',
      { employer: { ...SOLBACKA, organisationNumber: '556901-2345' } },
      'employer.organisationNumber',
      /check digit/,
    ],
    [
      'an organisation number of 9 digits',
      { employer: { ...SOLBACKA, organisationNumber: '55690123' } },
      'employer.organisationNumber',
      /10 digits/,
    ],
    [
      'a sole trader’s personal identity number',
      { employer: { ...SOLBACKA, organisationNumber: PERSONAL_NUMBER } },
      'employer.organisationNumber',
      /personal identity number/,
    ],
    ['an SNI division that does not exist', { industry: '89.100' }, 'industry', /SNI 2007/],
    ['an SNI code of one digit', { industry: '8' }, 'industry', /digits/],
    ['a region outside the configured list', { region: 'Atlantis' }, 'region', /configured regions/],
    ['a date that is no date', { reportedOn: '10 mars' }, 'reportedOn', /YYYY-MM-DD/],
  ])('refuses %s, naming the field, and appends nothing', async (_what, change, field, message) => {
    const before = await storeHead(t);
    const res = await t.gql('FK_CASEWORKER', REPORT, { input: impulseAbout(SOLBACKA, change) });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res)).toEqual([field]);
    expect(res.errors?.[0].message).toMatch(message);
    expect(await storeHead(t)).toBe(before);
  });

  it('accepts the organisation number with or without the dash and SNI with or without the dot', async () => {
    const res = await t.gql('FK_CASEWORKER', REPORT, {
      input: impulseAbout({ ...SOLBACKA, organisationNumber: '5569012346' }, { industry: '88101', region: 'Skåne' }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.reportImpulse.impulse).toMatchObject({
      employer: { organisationNumber: '556901-2346' },
      industry: { code: '88.101', section: 'Q', sectionName: 'Vård och omsorg; sociala tjänster' },
      region: 'Skåne',
    });
  });

  it('refuses a description about the sick-listed person without repeating the number', async () => {
    const before = await storeHead(t);
    const description = `Den anställda ${PERSONAL_NUMBER} har inte fått någon plan för återgång.`;
    const res = await t.gql('FK_CASEWORKER', REPORT, { input: impulseAbout(SOLBACKA, { description }) });
    expect(fieldsOf(res)).toEqual(['description']);
    expect(JSON.stringify(res)).not.toContain('811218');
    expect(await storeHead(t)).toBe(before);
  });

  it('refuses a date in the future by its domain rule', async () => {
    const res = await t.gql('FK_CASEWORKER', REPORT, { input: impulseAbout(SOLBACKA, { reportedOn: '2999-01-01' }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'DATE_IN_FUTURE' });
  });
});

describe('A refused personal identity number in a running server', () => {
  it('appears nowhere in its logs, even at trace level', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-pin-'));
    const server = await startedServer({ DATA_DIR: dataDir, LOG_LEVEL: 'trace' });
    try {
      const tokens = readDevTokens(dataDir);
      const description = `Den anställda ${PERSONAL_NUMBER} har inte fått någon plan för återgång.`;
      const res = await fetch(`http://localhost:${server.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.FK_CASEWORKER}` },
        body: JSON.stringify({ query: REPORT, variables: { input: impulseAbout(SOLBACKA, { description }) } }),
      });
      const body = (await res.json()) as { errors: { extensions: { fields: { field: string }[] } }[] };
      expect(body.errors[0].extensions.fields[0].field).toBe('description');
      await new Promise((r) => setTimeout(r, 200));
      expect(server.out()).toMatch(/request completed/);
      expect(server.out()).not.toContain('811218');
    } finally {
      server.child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 40_000);
});
