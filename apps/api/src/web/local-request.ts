import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/** 127.0.0.0/8 and ::1; BlockList also matches IPv4-mapped IPv6 (::ffff:127.0.0.1). */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/**
 * Headers a proxy or load balancer adds. A proxy on this host (nginx on 127.0.0.1) would make every
 * remote client look local by its socket; these headers give it away.
 */
const PROXY_HEADERS = [
  'forwarded',
  'via',
  'x-real-ip',
  'x-client-ip',
  'true-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
];

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const family = isIP(address);
  return family !== 0 && LOOPBACK.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A Host (or Origin host) naming this machine: localhost, 127.x.x.x or [::1], any port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = /^\[([^\]]+)\](?::\d+)?$/.exec(host)?.[1] ?? host.replace(/:\d+$/, '');
  return name.toLowerCase() === 'localhost' || isLoopbackAddress(name);
}

/**
 * Why a request may not come from a browser on this machine, or null if it does: the socket peer
 * is loopback, nothing says it was forwarded, the Host names this machine (no DNS rebinding) and
 * a browser says the page asking is this machine's own.
 */
export function whyNotLocal(request: IncomingMessage): string | null {
  const headers = request.headers;
  if (!isLoopbackAddress(request.socket.remoteAddress)) return 'the client is not on this machine';
  const forwarded = Object.keys(headers).find(
    (name) => name.startsWith('x-forwarded-') || PROXY_HEADERS.includes(name),
  );
  if (forwarded) return `the request came through a proxy (${forwarded})`;
  if (!isLoopbackHost(headers.host)) return 'the Host header does not name this machine';
  const origin = headers.origin;
  if (origin !== undefined && !isLoopbackHost(originHost(origin)))
    return 'the asking page is not served by this machine';
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'the asking page is from another site';
  return null;
}

function originHost(origin: string | string[]): string | undefined {
  try {
    return new URL(String(origin)).host;
  } catch {
    return undefined;
  }
}
