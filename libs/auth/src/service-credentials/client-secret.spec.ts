import { clientSecretMatches, hashClientSecret, newClientSecret } from './client-secret';

describe('Client secrets', () => {
  it('are 256 random bits, different each time', () => {
    const [a, b] = [newClientSecret(), newClientSecret()];
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('are kept as a salted scrypt hash that matches the secret and nothing else', async () => {
    const secret = newClientSecret();
    const [first, second] = [await hashClientSecret(secret), await hashClientSecret(secret)];
    expect(first).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(first).not.toContain(secret);
    // Salted: the same secret hashes apart.
    expect(first).not.toBe(second);
    expect(await clientSecretMatches(secret, first)).toBe(true);
    expect(await clientSecretMatches(secret, second)).toBe(true);
    expect(await clientSecretMatches(`${secret}x`, first)).toBe(false);
  });

  it.each(['', 'plain', 'scrypt$16384$8$1$c2FsdA$', 'bcrypt$1$2$3$salt$hash', 'scrypt$x$8$1$c2FsdA$aGFzaA'])(
    'refuses a malformed stored hash %j rather than throwing',
    async (stored) => expect(await clientSecretMatches('anything', stored)).toBe(false),
  );
});
