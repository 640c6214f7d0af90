import type { IncomingMessage } from 'node:http';
import { isLoopbackAddress, isLoopbackHost, whyNotLocal } from './local-request';

const requestFrom = (remoteAddress: string | undefined, headers: Record<string, string>) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;

describe('A request from this machine', () => {
  it.each([['127.0.0.1'], ['127.255.3.4'], ['::1'], ['::ffff:127.0.0.1']])('has a loopback peer in %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each([
    ['192.0.2.2'],
    ['::ffff:192.0.2.2'],
    ['128.0.0.1'],
    ['fe80::1'],
    ['::'],
    ['0.0.0.0'],
    ['localhost'],
    [''],
    [undefined],
  ])('has no loopback peer in %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });

  it('names this machine in Host by localhost, 127.x.x.x or [::1], with or without a port', () => {
    for (const host of ['localhost', 'LOCALHOST:3000', '127.0.0.1:3000', '127.1.2.3', '[::1]:3000', '[::1]'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of [
      'localhost.evil.example',
      '127.0.0.1.nip.io',
      'evil.example:3000',
      '[fe80::1]:3000',
      '192.0.2.2',
      '',
      undefined,
    ]) {
      expect(isLoopbackHost(host)).toBe(false);
    }
  });

  it('is one with a loopback peer, a loopback Host and nothing that says proxy or another site', () => {
    expect(whyNotLocal(requestFrom('127.0.0.1', { host: 'localhost:3000' }))).toBeNull();
    expect(
      whyNotLocal(
        requestFrom('::ffff:127.0.0.1', {
          host: '127.0.0.1:3000',
          origin: 'http://127.0.0.1:3000',
          'sec-fetch-site': 'same-origin',
        }),
      ),
    ).toBeNull();
    expect(whyNotLocal(requestFrom('::1', { host: '[::1]:3000', 'sec-fetch-site': 'none' }))).toBeNull();
  });

  it('is not one without a Host header, or with an Origin that is not a URL', () => {
    expect(whyNotLocal(requestFrom('127.0.0.1', {}))).toMatch(/Host/);
    expect(whyNotLocal(requestFrom('127.0.0.1', { host: 'localhost', origin: 'null' }))).toMatch(
      /not served by this machine/,
    );
  });

  it.each([['x-forwarded-proto'], ['x-forwarded-port'], ['true-client-ip'], ['cf-connecting-ip'], ['x-client-ip']])(
    'is not one when a proxy added %s',
    (header) => {
      expect(whyNotLocal(requestFrom('127.0.0.1', { host: 'localhost', [header]: 'x' }))).toMatch(
        new RegExp(`proxy \\(${header}\\)`),
      );
    },
  );
});
