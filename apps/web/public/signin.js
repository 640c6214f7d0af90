// Logga in: paste a token, or pick one of the dev tokens the server offers this machine.

import { ApiError, decodeToken, devTokens, gql, saveSession } from './api.js';
import { h, notice, replace, roleLabel } from './ui.js';

/** Who a token speaks for, from its payload (role, org, name). */
export function sessionFor(token, offered) {
  const claims = decodeToken(token) ?? {};
  return {
    token,
    role: offered?.role ?? claims.role ?? 'okänd roll',
    organisation: offered?.organisation ?? claims.org ?? '',
    name: offered?.name ?? claims.name ?? claims.sub ?? '',
  };
}

export function renderSignIn(main, onSignedIn, message) {
  let alive = true;
  const status = h('div', { 'aria-live': 'polite' }, message ? notice('info', message, 'signin-message') : null);
  const devList = h(
    'div',
    { 'data-testid': 'dev-tokens' },
    h('p', { class: 'loading' }, 'Letar efter utvecklingstokens …'),
  );
  const textarea = h('textarea', {
    id: 'token',
    name: 'token',
    rows: 4,
    required: true,
    spellcheck: 'false',
    autocomplete: 'off',
    'data-testid': 'token-input',
    'aria-describedby': 'token-help',
  });

  const signIn = async (token, offered) => {
    replace(status, h('p', { class: 'loading' }, 'Kontrollerar token …'));
    try {
      await gql('query Check { regions }', {}, token);
    } catch (error) {
      const text =
        error instanceof ApiError && error.code === 'UNAUTHENTICATED'
          ? 'Servern godtog inte token: den är ogiltig eller har gått ut.'
          : `Inloggningen misslyckades: ${error.message}`;
      replace(status, notice('error', text, 'signin-error'));
      return;
    }
    saveSession(sessionFor(token, offered));
    onSignedIn();
  };

  const form = h(
    'form',
    {
      class: 'stack',
      'data-testid': 'token-form',
      onsubmit: (event) => {
        event.preventDefault();
        const token = textarea.value.trim().replace(/^Bearer\s+/i, '');
        if (token) void signIn(token);
      },
    },
    h('label', { for: 'token' }, 'Token (JWT)'),
    h(
      'p',
      { id: 'token-help', class: 'help' },
      'Klistra in den token du fått från din organisations inloggning. Den sparas bara i den här fliken och försvinner när du stänger den.',
    ),
    textarea,
    h('div', {}, h('button', { type: 'submit', class: 'button' }, 'Logga in')),
  );

  replace(
    main,
    h(
      'div',
      { class: 'signin' },
      h('h1', {}, 'Logga in'),
      h(
        'p',
        { class: 'lead' },
        'Samverkan samlar FK:s och AV:s gemensamma arbete: tipsrutinen, regionala forum, gemensam tillsyn och samverkansplanen. Logga in för att se översikten och, för revisorer och styrgruppen, tidslinjen över allt som hänt.',
      ),
      status,
      h(
        'div',
        { class: 'signin-grid' },
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'dev-heading' },
          h('h2', { id: 'dev-heading' }, 'Välj en utvecklingstoken'),
          devList,
        ),
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'paste-heading' },
          h('h2', { id: 'paste-heading' }, 'Klistra in en token'),
          form,
        ),
      ),
    ),
  );

  void devTokens().then((offered) => {
    if (!alive) return;
    if (!offered.length) {
      replace(
        devList,
        h(
          'p',
          { class: 'help' },
          'Servern erbjuder inga utvecklingstokens här (i produktion, med en extern inloggning eller från en annan dator). Klistra in en token i stället.',
        ),
      );
      return;
    }
    replace(
      devList,
      h(
        'p',
        { class: 'help' },
        'Den här servern kör med inbyggd inloggning och erbjuder en token per roll till den här datorn.',
      ),
      h(
        'ul',
        { class: 'dev-tokens' },
        offered.map((choice) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'dev-token',
                'data-testid': `dev-token-${choice.role}`,
                onclick: () => void signIn(choice.token, choice),
              },
              h('span', { class: 'dev-role' }, roleLabel(choice.role)),
              h('span', { class: 'dev-detail' }, `${choice.role} · ${choice.organisation} · ${choice.name}`),
            ),
          ),
        ),
      ),
    );
  });
  return () => {
    alive = false;
  };
}
