import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { DESK_ROUTES } from './app/desks';
import { Layout } from './app/Layout';
import { SessionProvider, useSession } from './app/session-context';
import { SignIn } from './app/SignIn';

/** Signed out, every address shows the sign-in; signed in, the same address shows its desk. */
function Root() {
  const { session } = useSession();
  return session ? <Layout /> : <SignIn />;
}

// Routes live in the hash (#/oversikt, #/styrgrupp/2027): the server serves one file, at / or below it.
const router = createHashRouter([{ path: '/', element: <Root />, children: DESK_ROUTES }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
