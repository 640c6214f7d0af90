/** The token of an `Authorization: Bearer <token>` value (an HTTP header or a websocket's connection params), or null. */
export function bearerToken(header: unknown): string | null {
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match ? match[1] : null;
}
