// The page: who is signed in, and the view the hash names (#/oversikt, #/tidslinje).

import { clearSession, currentSession, whenUnauthenticated } from './api.js';
import { renderOverview } from './overview.js';
import { renderSignIn } from './signin.js';
import { renderTimeline } from './timeline.js';
import { h, replace, roleLabel } from './ui.js';

const ROUTES = {
  oversikt: { title: 'Översikt', render: renderOverview },
  tidslinje: { title: 'Tidslinje', render: renderTimeline },
};

const main = document.getElementById('main');
const nav = document.querySelector('.site-nav');
const who = document.querySelector('.who');
let leave = null;
let firstRender = true;

function routeName() {
  const name = location.hash.replace(/^#\/?/, '').split('?')[0];
  return ROUTES[name] ? name : 'oversikt';
}

function showWho(session) {
  nav.hidden = !session;
  who.hidden = !session;
  if (!session) return;
  replace(
    who.querySelector('.who-text'),
    h(
      'span',
      {},
      h('span', { class: 'who-label' }, 'Inloggad: '),
      h('strong', { 'data-testid': 'who-role', title: session.role }, roleLabel(session.role)),
      session.organisation ? [', ', h('span', { 'data-testid': 'who-organisation' }, session.organisation)] : null,
    ),
    session.name ? h('span', { class: 'who-name' }, session.name) : null,
  );
}

function render(message) {
  leave?.();
  leave = null;
  const session = currentSession();
  showWho(session);
  if (!session) {
    document.title = 'Logga in – Samverkan';
    leave = renderSignIn(
      main,
      () => {
        if (!location.hash || location.hash === '#/') location.hash = '#/oversikt';
        else render();
      },
      message,
    );
    return;
  }
  const name = routeName();
  for (const link of nav.querySelectorAll('a')) {
    if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${ROUTES[name].title} – Samverkan`;
  leave = ROUTES[name].render(main);
  // Move focus to the new view's heading for keyboard and screen reader users (not on first load).
  if (!firstRender) main.querySelector('h1')?.setAttribute('tabindex', '-1');
  if (!firstRender) main.querySelector('h1')?.focus();
  firstRender = false;
}

who.querySelector('[data-testid="sign-out"]').addEventListener('click', () => {
  clearSession();
  history.replaceState(null, '', '#/');
  render('Du är utloggad.');
});

// The year select rewrites the hash with replaceState (no hashchange); links and typing re-render.
window.addEventListener('hashchange', () => render());

whenUnauthenticated(() => {
  if (!currentSession()) return;
  clearSession();
  render('Din inloggning gäller inte längre. Logga in igen.');
});

render();
