// The page's only way to the server: GraphQL over fetch, the live timeline over graphql-ws,
// and the session (token and who it speaks for) in sessionStorage.

const SESSION_KEY = 'samverkan.session';

/** { token, role, organisation, name } or null. */
export function currentSession() {
  try {
    return JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null');
  } catch {
    return null;
  }
}

export function saveSession(session) {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(SESSION_KEY);
  closeLive();
}

/** What a JWT says about its bearer (not verified here: the server does that). */
export function decodeToken(token) {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

/** A refused or failed request: `code` is the server's extensions.code (FORBIDDEN, UNAUTHENTICATED, …). */
export class ApiError extends Error {
  constructor(errors) {
    super(errors[0]?.message ?? 'Okänt fel');
    this.errors = errors;
    this.code = errors[0]?.extensions?.code ?? 'UNKNOWN';
  }

  get forbidden() {
    return this.code === 'FORBIDDEN';
  }
}

/** Listeners told when the server no longer accepts the token. */
const onUnauthenticated = new Set();
export function whenUnauthenticated(listener) {
  onUnauthenticated.add(listener);
}

function checked(errors) {
  const error = new ApiError(errors);
  if (error.code === 'UNAUTHENTICATED') for (const listener of onUnauthenticated) listener(error);
  return error;
}

/** Runs a query; resolves with `data`, rejects with an ApiError. */
export async function gql(query, variables = {}, token = currentSession()?.token) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError([{ message: 'Servern svarar inte', extensions: { code: 'NETWORK' } }]);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError([
      {
        message: `Oväntat svar från servern (HTTP ${response.status})`,
        extensions: { code: `HTTP_${response.status}` },
      },
    ]);
  }
  if (body.errors?.length) throw checked(body.errors);
  return body.data;
}

/** The dev tokens the server offers this machine, or [] when it offers none (production, external issuer). */
export async function devTokens() {
  try {
    const response = await fetch('/dev-tokens', { headers: { accept: 'application/json' } });
    return response.ok ? await response.json() : [];
  } catch {
    return [];
  }
}

let live = null;

/** Subscribes over graphql-ws; returns a function that stops it. */
export function subscribe(query, variables, { next, error }) {
  if (!globalThis.graphqlWs) {
    error(new ApiError([{ message: 'Livekopplingen kunde inte laddas', extensions: { code: 'NO_LIVE' } }]));
    return () => {};
  }
  if (!live) {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    live = globalThis.graphqlWs.createClient({
      url: `${scheme}://${location.host}/graphql`,
      connectionParams: () => ({ authorization: `Bearer ${currentSession()?.token ?? ''}` }),
      lazy: true,
      lazyCloseTimeout: 3000, // a new filter resubscribes on the same socket
      retryAttempts: 5,
    });
    // The connection's state on <html data-live>, for the styles and the browser test.
    live.on('connected', () => (document.documentElement.dataset.live = 'connected'));
    live.on('closed', () => (document.documentElement.dataset.live = 'closed'));
  }
  return live.subscribe(
    { query, variables },
    {
      next: (value) => (value.errors?.length ? error(checked(value.errors)) : next(value.data)),
      error: (cause) =>
        error(
          Array.isArray(cause)
            ? checked(cause)
            : new ApiError([{ message: 'Livekopplingen bröts', extensions: { code: 'LIVE_CLOSED' } }]),
        ),
      complete: () => {},
    },
  );
}

export function closeLive() {
  live?.dispose();
  live = null;
}
