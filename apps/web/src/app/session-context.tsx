import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createApiClient } from './client';
import { clearSession, isExpired, loadSession, saveSession, Session } from './session';
import { SHELL } from './texts';

interface SessionState {
  session: Session | null;
  /** Why the person was signed out, shown on the sign-in page. */
  message?: string;
  signIn: (session: Session) => void;
  signOut: (message?: string) => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** Longest wait setTimeout takes (about 24.8 days); a later expiry is looked at again then. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * The session and the GraphQL client that speaks for it. The client is made anew for each session,
 * so nothing cached for one person is shown to the next. When the token's time is up, or the
 * server stops accepting it, the person is back at the sign-in page with the reason.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ session: Session | null; message?: string }>(() => {
    const stored = loadSession(sessionStorage);
    if (stored && isExpired(stored)) {
      clearSession(sessionStorage);
      return { session: null, message: SHELL.expired };
    }
    return { session: stored };
  });

  const signOut = useCallback((message?: string) => {
    clearSession(sessionStorage);
    setState((current) => (current.session ? { session: null, message } : current));
  }, []);
  const signIn = useCallback((session: Session) => {
    saveSession(sessionStorage, session);
    setState({ session });
  }, []);

  const { session } = state;
  useEffect(() => {
    if (session?.expiresAt === undefined) return;
    const timer = setTimeout(
      () => isExpired(session) && signOut(SHELL.expired),
      Math.min(Math.max(session.expiresAt - Date.now(), 0), MAX_TIMEOUT),
    );
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const api = useMemo(
    () => (session ? createApiClient(session.token, () => signOut(SHELL.refused)) : null),
    [session, signOut],
  );
  useEffect(() => () => api?.close(), [api]);

  const value = useMemo(() => ({ ...state, signIn, signOut }), [state, signIn, signOut]);
  return (
    <SessionContext.Provider value={value}>
      {api ? <Provider value={api.client}>{children}</Provider> : children}
    </SessionContext.Provider>
  );
}
