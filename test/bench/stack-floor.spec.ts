import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { apolloOnlyServer, stackFloorApp } from '../../bench/lib/stack-floor';

/** A query of the bench's kind (nested objects, lists, an enum, arguments) and the API's answer to it. */
const query = `{ tipFunnel(year: 2013, groupBy: REGION) { groupBy total { impulses { display } } groups { key figures { tips { display } } } } }`;
const data = {
  tipFunnel: {
    groupBy: 'REGION',
    total: { impulses: { display: '42' } },
    groups: [
      { key: 'Norr', figures: { tips: { display: '<5' } } },
      { key: 'Syd', figures: { tips: { display: '17' } } },
    ],
  },
};
const answer = `${JSON.stringify({ data })}\n`;
const answers = new Map([[query, answer]]);

describe("The floors of the stack answer a query with the API's bytes", () => {
  it('Express + Apollo: the same answer on the first request (graphql-js) and once compiled', async () => {
    const floor = await stackFloorApp(answers);
    try {
      for (let n = 0; n < 3; n++) {
        const res = await request(floor.app).post('/graphql').set('content-type', 'application/json').send({ query });
        expect(res.status).toBe(200);
        expect(res.text).toBe(answer);
      }
    } finally {
      await floor.stop();
    }
  });

  it('Apollo alone behind node:http: the same answer, a query it holds no data for is an error, not data, and a body that is not JSON a 400 it survives', async () => {
    const server = await apolloOnlyServer(answers);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = (q: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q }),
      });
    try {
      for (let n = 0; n < 3; n++) expect(await (await post(query)).text()).toBe(answer);
      const unknown = (await (await post('{ tipFunnel(year: 2014, groupBy: REGION) { year } }')).json()) as {
        errors?: unknown[];
      };
      expect(unknown.errors?.length).toBeGreaterThan(0);
      const broken = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
      expect(broken.status).toBe(400);
      expect(await (await post(query)).text()).toBe(answer);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
