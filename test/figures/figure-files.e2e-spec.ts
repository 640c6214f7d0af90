import request from 'supertest';
import { EventStore } from '@samverkan/event-store';
import { EVENT_STORE } from '@samverkan/core';
import { readCsvFile } from '../support/csv-file';
import { seedEveryModule } from '../support/demo-workspace';
import { useTestApp } from '../support/test-app';

/**
 * Every dashboard figure as a CSV and a JSON file over HTTP, on the demo data: the same numbers
 * as its GraphQL query, as the same role, with the same suppression and the same refusals.
 */
describe('Figures as files', () => {
  const t = useTestApp();
  const files: Record<string, Record<string, string>> = {
    tipFunnel: { year: '2024', groupBy: 'REGION' },
    forumCadence: { year: '2025' },
    inspectionsDashboard: {},
    dialogueCoverage: { year: '2025' },
    obligationCounts: {},
    planVersusActual: { year: '2025' },
    knowledgeReach: {},
  };
  beforeAll(async () => {
    await seedEveryModule(t);
    const campaigns = await t.gql('AUDITOR', '{ supervisionCampaigns { id } }');
    files.inspectionsDashboard.campaignId = campaigns.data.supervisionCampaigns[0].id;
  }, 180_000);

  const download = (role: string | null, file: string, query: Record<string, string>) => {
    const req = request(t.app.getHttpServer()).get(`/figures/${file}`).query(query);
    return role ? req.set('authorization', `Bearer ${t.tokens[role]}`) : req;
  };

  /** The GraphQL answer of a query field, as the role reads it. */
  async function answerOf(role: string, query: string, variables: Record<string, unknown>, field: string) {
    const answer = await t.gql(role, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data[field];
  }

  /** Every number the answer reports, as value|display|suppressed: a SmallCount, or a plain count. */
  function cellsOf(answer: unknown, key = ''): string[] {
    if (Array.isArray(answer)) return answer.flatMap((a) => cellsOf(a));
    if (answer && typeof answer === 'object') {
      const o = answer as Record<string, unknown>;
      if ('display' in o && 'suppressed' in o) return [`${o.value ?? ''}|${o.display}|${o.suppressed}`];
      return Object.entries(o).flatMap(([k, v]) => cellsOf(v, k));
    }
    return typeof answer === 'number' && key !== 'year' ? [`${answer}|${answer}|false`] : [];
  }

  const storeHead = async () => (await t.app.get<EventStore>(EVENT_STORE).headPosition())!.toString();

  for (const role of ['DASHBOARD', 'AUDITOR']) {
    it(`given the demo data, when ${role} downloads each figure as JSON, then it is the query's answer with its period, time and position`, async () => {
      for (const [name, query] of Object.entries(files)) {
        const before = new Date();
        const res = await download(role, `${name}.json`, query);
        expect({ name, status: res.status }).toEqual({ name, status: 200 });
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        const { metadata, data } = res.body;
        expect(metadata).toMatchObject({ figure: name, role, storePosition: await storeHead() });
        expect(new Date(metadata.producedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
        expect(metadata.period.label).toEqual(expect.any(String));
        const numeric = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
        expect(metadata.parameters).toEqual(numeric);
        expect(data).toEqual(await answerOf(role, metadata.query, numeric, name));
        expect(cellsOf(data).length).toBeGreaterThan(0);
      }
    });

    it(`given the demo data, when ${role} downloads each figure as CSV, then its rows hold every number of the query's answer`, async () => {
      for (const [name, query] of Object.entries(files)) {
        const res = await download(role, `${name}.csv`, query);
        expect({ name, status: res.status }).toEqual({ name, status: 200 });
        expect(res.headers['content-type']).toMatch(/^text\/csv/);
        expect(res.headers['content-disposition']).toMatch(new RegExp(`attachment; filename="${name}[^"]*\\.csv"`));
        const csv = readCsvFile(res.text);
        expect(csv.comments).toMatchObject({ figure: name, storePosition: await storeHead(), role });
        expect(csv.comments.period).toBeTruthy();
        expect(Number.isNaN(Date.parse(csv.comments.producedAt))).toBe(false);
        expect(csv.header.slice(-4)).toEqual(['measure', 'value', 'display', 'suppressed']);
        const numeric = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
        const answer = await answerOf(role, csv.comments.query, numeric, name);
        const rows = csv.rows.map((r) => `${r.value}|${r.display}|${r.suppressed}`);
        expect({ name, cells: rows.sort() }).toEqual({ name, cells: cellsOf(answer).sort() });
      }
    });
  }

  it('keeps suppressed cells suppressed in both files: the dashboard sees no count the auditor sees as 1–4', async () => {
    const query = files.tipFunnel;
    const exact = readCsvFile((await download('AUDITOR', 'tipFunnel.csv', query)).text).rows;
    const shown = readCsvFile((await download('DASHBOARD', 'tipFunnel.csv', query)).text).rows;
    const placeOf = (r: Record<string, string>) => `${r.group}/${r.measure}`;
    const small = exact.filter((r) => Number(r.value) >= 1 && Number(r.value) <= 4);
    expect(small.length).toBeGreaterThan(0);
    for (const cell of small) {
      const row = shown.find((r) => placeOf(r) === placeOf(cell));
      expect({ at: placeOf(cell), value: row?.value, suppressed: row?.suppressed }).toEqual({
        at: placeOf(cell),
        value: '',
        suppressed: 'true',
      });
    }
    const json = (await download('DASHBOARD', 'tipFunnel.json', query)).body.data;
    expect(json.suppressed).toBe(true);
    const region = json.groups.find((g: any) => g.key === small.find((c) => c.group !== 'TOTAL')?.group);
    expect(Object.values(region.figures).some((c: any) => c?.suppressed && c.value === null)).toBe(true);
  });

  it('refuses a role the query does not admit (403), as GraphQL does, and no token (401)', async () => {
    const refused = await download('DATA_PROTECTION_OFFICER', 'dialogueCoverage.csv', files.dialogueCoverage);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const graphql = await t.gql('DATA_PROTECTION_OFFICER', '{ dialogueCoverage(year: 2025) { area } }');
    expect(graphql.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await download('FK_CASEWORKER', 'obligationCounts.json', {})).status).toBe(403);
    const anonymous = await download(null, 'tipFunnel.json', files.tipFunnel);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
  });

  it.each([
    [{ year: 'tjugo', groupBy: 'REGION' }, 'year'],
    [{ year: '2024', groupBy: 'CITY' }, 'groupBy'],
    [{ groupBy: 'REGION' }, 'year'],
    [{ year: '2024', groupBy: 'REGION', region: 'Skåne' }, 'region'],
    [{ year: '1999', groupBy: 'REGION' }, 'year'],
  ])('given the parameters %j, answers 400 naming %s', async (query, field) => {
    const res = await download('DASHBOARD', 'tipFunnel.csv', query);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].extensions.fields.map((f: { field: string }) => f.field)).toEqual([field]);
  });

  it('answers 404 for a figure that is not one, and names those that are', async () => {
    const res = await download('DASHBOARD', 'impulses.csv', {});
    expect(res.status).toBe(404);
    expect(res.body.errors[0].message).toContain('tipFunnel');
  });
});
