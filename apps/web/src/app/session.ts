/** Who is signed in: the token and who it speaks for, kept in the tab's sessionStorage until sign-out. */
export interface Session {
  token: string;
  role: string;
  organisation: string;
  name: string;
  /** When the token stops being accepted (ms since 1970), from its `exp` claim; absent when it has none. */
  expiresAt?: number;
}

/** A dev token the server offers a browser on its own machine (GET /dev-tokens). */
export interface DevTokenChoice {
  role: string;
  organisation: string;
  name: string;
  token: string;
}

/** The key the previous page used too, so a tab signed in there stays signed in. */
export const SESSION_KEY = 'samverkan.session';

/** What a JWT says about its bearer. Not verified here: the server does that on every request. */
export function decodeToken(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The session for a token; a dev token's offer names the person where the token may not. */
export function sessionFor(token: string, offered?: DevTokenChoice): Session {
  const claims = decodeToken(token) ?? {};
  const exp = typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  return {
    token,
    role: offered?.role ?? text(claims.role) ?? 'okänd roll',
    organisation: offered?.organisation ?? text(claims.org) ?? '',
    name: offered?.name ?? text(claims.name) ?? text(claims.sub) ?? '',
    ...(exp === undefined ? {} : { expiresAt: exp }),
  };
}

/** A pasted token: surrounding space and a leading "Bearer " are not part of it. */
export function pastedToken(input: string): string {
  return input.trim().replace(/^Bearer\s+/i, '');
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return session.expiresAt !== undefined && session.expiresAt <= now;
}

export function loadSession(storage: Pick<Storage, 'getItem'>): Session | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(SESSION_KEY) ?? 'null');
    if (!value || typeof value !== 'object' || typeof (value as Session).token !== 'string') return null;
    return value as Session;
  } catch {
    return null;
  }
}

export function saveSession(storage: Pick<Storage, 'setItem'>, session: Session): void {
  storage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(SESSION_KEY);
}
