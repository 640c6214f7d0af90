import { decodeToken, isExpired, loadSession, pastedToken, saveSession, sessionFor, SESSION_KEY } from './session';

const jwt = (claims: Record<string, unknown>) =>
  ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'signature'].join('.');

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('The web session', () => {
  it('reads role, organisation, name and expiry from a token, Swedish letters included', () => {
    const token = jwt({ sub: 'p-1', role: 'AUDITOR', org: 'AV', name: 'Åsa Öberg', exp: 1_900_000_000 });
    expect(sessionFor(token)).toEqual({
      token,
      role: 'AUDITOR',
      organisation: 'AV',
      name: 'Åsa Öberg',
      expiresAt: 1_900_000_000_000,
    });
  });

  it("takes a dev token offer's role, organisation and name, and falls back to the token's subject", () => {
    const token = jwt({ sub: 'p-2' });
    expect(sessionFor(token).name).toBe('p-2');
    expect(sessionFor(token).role).toBe('okänd roll');
    expect(sessionFor(token, { role: 'DASHBOARD', organisation: 'FK', name: 'Demo', token })).toMatchObject({
      role: 'DASHBOARD',
      organisation: 'FK',
      name: 'Demo',
    });
  });

  it('reads nothing from text that is not a JWT', () => {
    expect(decodeToken('not a token')).toBeNull();
    expect(decodeToken('a.%%%.c')).toBeNull();
  });

  it('strips space and "Bearer " from a pasted token', () => {
    expect(pastedToken('  Bearer abc.def.ghi \n')).toBe('abc.def.ghi');
  });

  it('is expired from its exp on, and never without one', () => {
    const session = sessionFor(jwt({ exp: 100 }));
    expect(isExpired(session, 99_999)).toBe(false);
    expect(isExpired(session, 100_000)).toBe(true);
    expect(isExpired(sessionFor(jwt({})), Number.MAX_SAFE_INTEGER)).toBe(false);
  });

  it('is kept under the key the previous page used, and a damaged entry reads as signed out', () => {
    const storage = memoryStorage();
    const session = sessionFor(jwt({ role: 'AUDITOR' }));
    saveSession(storage, session);
    expect(storage.getItem(SESSION_KEY)).toContain('"role":"AUDITOR"');
    expect(loadSession(storage)).toEqual(session);
    storage.setItem(SESSION_KEY, '{');
    expect(loadSession(storage)).toBeNull();
    storage.setItem(SESSION_KEY, '{"role":"AUDITOR"}');
    expect(loadSession(storage)).toBeNull();
  });
});
