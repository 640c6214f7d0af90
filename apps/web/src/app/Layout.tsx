import { Alert, Button, Paragraph, SkipLink, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { MyOperationsDocument } from '../gql/graphql';
import { DeskPath, desksFor } from './desk-access';
import { DESK_TITLES } from './desks';
import { useSession } from './session-context';
import { roleLabel, SHELL } from './texts';

/** The desks this role may use, from the server's role matrix; null while it is asked. */
export function useAllowedDesks(): { desks: DeskPath[] | null; error?: string } {
  const [{ data, error }] = useQuery({ query: MyOperationsDocument, requestPolicy: 'cache-first' });
  return { desks: data ? desksFor(data.myOperations) : null, error: error?.message };
}

/** The page around every desk: who is signed in, the desks the role may use, and sign-out. */
export function Layout() {
  const { session, signOut } = useSession();
  const { desks, error } = useAllowedDesks();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // A new view: its heading gets focus for keyboard and screen reader users (not on first load).
  // A view that loads first (a plan just drafted) gets it once its heading is there, unless the
  // user has moved focus meanwhile; without this, focus stays on the removed control, lost.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusHeading = (always: boolean) => {
      const heading = main.current?.querySelector('h1');
      if (!heading) return false;
      const active = document.activeElement;
      const moved = active && active !== document.body && active !== main.current && active.isConnected;
      if (always || !moved) {
        heading.setAttribute('tabindex', '-1');
        heading.focus();
      }
      return true;
    };
    if (focusHeading(true) || !main.current) return;
    const observer = new MutationObserver(() => focusHeading(false) && observer.disconnect());
    observer.observe(main.current, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location.pathname]);

  if (!session) return null;
  return (
    <>
      <SkipLink href="#main">{SHELL.skipLink}</SkipLink>
      <header className="site-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            S
          </span>
          <div>
            <p className="brand-name">{SHELL.brand}</p>
            <p className="brand-sub">{SHELL.brandSub}</p>
          </div>
        </div>
        <nav className="site-nav" aria-label={SHELL.nav} data-testid="nav">
          {(desks ?? []).map((desk) => (
            <NavLink key={desk} to={`/${desk}`} data-testid={`nav-${desk}`}>
              {DESK_TITLES[desk]}
            </NavLink>
          ))}
        </nav>
        <div className="who" data-testid="who">
          <span className="who-text">
            <span>
              <span className="who-label">{SHELL.signedIn}</span>
              <strong data-testid="who-role" title={session.role}>
                {roleLabel(session.role)}
              </strong>
              {session.organisation ? (
                <>
                  , <span data-testid="who-organisation">{session.organisation}</span>
                </>
              ) : null}
            </span>
            {session.name ? <span className="who-name">{session.name}</span> : null}
          </span>
          <Button variant="secondary" data-size="sm" data-testid="sign-out" onClick={() => signOut(SHELL.signedOut)}>
            {SHELL.signOut}
          </Button>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {error && desks === null ? (
          <Alert data-color="danger">{SHELL.menuFailed(error)}</Alert>
        ) : desks === null ? (
          <Paragraph>
            <Spinner aria-hidden data-size="sm" /> {SHELL.loading}
          </Paragraph>
        ) : (
          <Outlet context={desks} />
        )}
      </main>
      <footer className="site-footer">
        <Paragraph data-size="sm">{SHELL.footer}</Paragraph>
      </footer>
    </>
  );
}
