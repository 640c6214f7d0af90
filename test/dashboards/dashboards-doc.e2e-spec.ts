import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { validateEnvironment } from '@samverkan/core';
import { seedEveryModule } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'DASHBOARDS.md'), 'utf8');

/** The ```graphql blocks of docs/DASHBOARDS.md, in order: the figures' queries, and issuing a credential. */
const blocks = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const isMutation = (block: string) => /^\s*mutation\b/.test(block);
const examples = blocks.filter((block) => !isMutation(block));
const issuing = blocks.filter(isMutation);

const FIGURES = [
  'tipFunnel',
  'forumCadence',
  'inspectionsDashboard',
  'dialogueCoverage',
  'obligationCounts',
  'planVersusActual',
  'knowledgeReach',
];

/**
 * docs/DASHBOARDS.md's promises, on the demo workspace as the DASHBOARD role: every example query
 * runs, every figure has one, the limits it states are the server's, and the example client in
 * examples/ prints the figures the API answers.
 */
describe('docs/DASHBOARDS.md on the demo workspace', () => {
  const t = useTestApp();
  const variables: Record<string, unknown> = { year: 2025, groupBy: 'REGION' };
  let url: string;
  beforeAll(async () => {
    await seedEveryModule(t);
    // As the doc says a dashboard finds a campaign: by the list it may read.
    const campaigns = await t.gql('DASHBOARD', '{ inspectionsDashboardCampaigns { id } }');
    variables.campaignId = campaigns.data.inspectionsDashboardCampaigns[0].id;
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  }, 180_000);

  const operationOf = (example: string) =>
    parse(example).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

  it('has an example query for every dashboard figure', () => {
    const fields = examples.flatMap((example) =>
      operationOf(example).selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : [])),
    );
    expect(FIGURES.filter((figure) => !fields.includes(figure))).toEqual([]);
  });

  it('runs every example as DASHBOARD without an error, each answering figures', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(FIGURES.length);
    for (const example of examples) {
      const operation = operationOf(example);
      const used = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, variables[v.variable.name.value]]),
      );
      const answer = await t.gql('DASHBOARD', example, used);
      expect({ operation: operation.name?.value, errors: answer.errors }).toEqual({
        operation: operation.name?.value,
        errors: undefined,
      });
      for (const value of Object.values(answer.data)) expect(value).not.toEqual([]);
    }
  });

  it('gets a service credential as it says: issued by the steering group, exchanged for a token that reads a figure', async () => {
    expect(issuing).toHaveLength(1);
    const expiresAt = new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString();
    const issued = await t.gql('STEERING_GROUP', issuing[0], { expiresAt });
    expect(issued.errors).toBeUndefined();
    const { clientId, clientSecret } = issued.data.issueServiceCredential;
    const token = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    expect(token.status).toBe(200);
    const { access_token, token_type } = (await token.json()) as { access_token: string; token_type: string };
    expect(token_type).toBe('Bearer');
    const figure = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tipFunnelYears }' }),
    });
    const answer = (await figure.json()) as { data?: { tipFunnelYears: number[] }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.tipFunnelYears.length).toBeGreaterThan(0);
  });

  it('states the server’s own default limits', () => {
    const defaults = validateEnvironment({ DATA_DIR: t.dataDir }) as unknown as Record<string, unknown>;
    const stated = [...doc.matchAll(/^\| [^|]+ \| (\d+) \| `([A-Z_]+)` \|/gm)].map(([, value, name]) => [name, value]);
    expect(stated.length).toBeGreaterThanOrEqual(5);
    for (const [name, value] of stated) expect({ name, value: Number(value) }).toEqual({ name, value: defaults[name] });
  });

  it('runs the example client in examples/ and prints what the API answers', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(root, 'examples', 'dashboard-client.mjs'), '--year', '2024'],
      { env: { ...process.env, SAMVERKAN_URL: url, SAMVERKAN_TOKEN: t.tokens.DASHBOARD }, cwd: root },
    );
    const funnel = await t.gql(
      'DASHBOARD',
      '{ tipFunnel(year: 2024, groupBy: REGION) { total { impulses { display } tips { display } } } }',
    );
    const { impulses, tips } = funnel.data.tipFunnel.total;
    expect(stdout).toContain(`Tips: impulser ${impulses.display}, tips ${tips.display}`);
    const obligations = await t.gql('DASHBOARD', '{ obligationCounts { today totalOpen { display } } }');
    const { today, totalOpen } = obligations.data.obligationCounts;
    expect(stdout).toContain(`Åtaganden ${today}: öppna ${totalOpen.display}`);
    const reach = (await t.gql('DASHBOARD', '{ knowledgeReach { meetings } }')).data.knowledgeReach;
    const meetings = reach.reduce((sum: number, item: { meetings: number }) => sum + item.meetings, 0);
    expect(stdout).toContain(`Kunskapsunderlag: ${reach.length}, presenterade vid ${meetings} forummöten`);
    expect(stdout).toMatch(/Fil tipFunnel\.csv: \d+ rader, ställning i händelselagret \d+/);
  });

  it('ends the example client with the API’s refusal when the token is not one', async () => {
    const run = promisify(execFile)(process.execPath, [join(root, 'examples', 'dashboard-client.mjs')], {
      env: { ...process.env, SAMVERKAN_URL: url, SAMVERKAN_TOKEN: 'not-a-token' },
    });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('(UNAUTHENTICATED)') });
  });
});
