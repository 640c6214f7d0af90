import { createServer, request as httpRequest, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { useTestApp } from '../support/test-app';

/**
 * The dev sign-in hands every role's token to whoever asks, so it must only ever answer a browser
 * on the developer's own machine. These are the ways a remote client could look local.
 */
describe('Dev tokens over HTTP', () => {
  const t = useTestApp();

  const ask = (headers: Record<string, string> = {}) => {
    const req = request(t.app.getHttpServer()).get('/dev-tokens').set('host', 'localhost:3000');
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req;
  };
  const expectRefused = (res: request.Response, why: RegExp) => {
    expect(res.status).toBe(403);
    expect(res.text).toMatch(why);
    expect(res.text).not.toMatch(/eyJ/);
  };

  it('answers a browser on this machine asking from its own page', async () => {
    const asks: Record<string, string>[] = [
      {},
      { host: '127.0.0.1:3000' },
      { host: '[::1]:3000' },
      { origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' },
    ];
    for (const headers of asks) {
      const res = await ask(headers);
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(Object.keys(t.tokens).length);
    }
  });

  it.each([
    ['X-Forwarded-For', { 'x-forwarded-for': '203.0.113.7' }],
    ['X-Forwarded-For naming loopback itself', { 'x-forwarded-for': '127.0.0.1' }],
    ['Forwarded', { forwarded: 'for=203.0.113.7;proto=https' }],
    ['X-Real-IP', { 'x-real-ip': '203.0.113.7' }],
    ['Via', { via: '1.1 nginx' }],
    ['X-Forwarded-Host', { 'x-forwarded-host': 'samverkan.example' }],
  ])('refuses a request a proxy forwarded (%s)', async (_header, headers) => {
    expectRefused(await ask(headers), /through a proxy/);
  });

  it.each([
    ['a public name', 'samverkan.example'],
    ['a name that merely starts with localhost', 'localhost.evil.example:3000'],
    ['this machine by its network address', '192.0.2.2:3000'],
    ["a DNS-rebinding attacker's name", 'rebind.attacker.example:3000'],
  ])('refuses a Host header naming %s', async (_case, host) => {
    expectRefused(await ask({ host }), /Host header/);
  });

  it("refuses a page of another site asking from the developer's own browser", async () => {
    expectRefused(await ask({ origin: 'https://evil.example' }), /not served by this machine/);
    expectRefused(await ask({ 'sec-fetch-site': 'cross-site' }), /another site/);
    expectRefused(await ask({ 'sec-fetch-site': 'same-site' }), /another site/);
  });

  describe('behind a proxy on the same host, configured as docker/nginx.conf does', () => {
    let proxy: Server;
    let proxyPort: number;
    beforeAll(async () => {
      const app = t.app.getHttpServer() as Server;
      if (!app.listening) await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
      const upstream = (app.address() as AddressInfo).port;
      // nginx: proxy_set_header Host $host; proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for.
      proxy = createServer((req, res) => {
        const headers = { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' };
        const forward = httpRequest(
          { host: '127.0.0.1', port: upstream, path: req.url, method: req.method, headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(forward);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      proxyPort = (proxy.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));

    it('hands no token to the client, whatever Host the client sends', async () => {
      for (const host of ['samverkan.example', `localhost:${proxyPort}`]) {
        const res = await fetch(`http://127.0.0.1:${proxyPort}/dev-tokens`, { headers: { host } });
        expect(res.status).toBe(403);
        expect(await res.text()).not.toMatch(/eyJ/);
      }
    });
  });
});
