import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';

/**
 * The app's one way to the server: GraphQL over fetch with the session's bearer token, and
 * subscriptions over graphql-ws on the same path. A refused token signs the person out
 * (`onUnauthenticated`). The connection's state goes on <html data-live> for styles and tests.
 */
export function createApiClient(token: string, onUnauthenticated: () => void): { client: Client; close: () => void } {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const live = createWsClient({
    url: `${scheme}://${location.host}/graphql`,
    connectionParams: () => ({ authorization: `Bearer ${token}` }),
    lazy: true,
    // A changed filter resubscribes on the same socket.
    lazyCloseTimeout: 3000,
    retryAttempts: 5,
    on: {
      connected: () => (document.documentElement.dataset.live = 'connected'),
      closed: () => (document.documentElement.dataset.live = 'closed'),
    },
  });
  const client = new Client({
    url: '/graphql',
    // POST always: the API refuses GETs (Apollo's CSRF prevention), which urql would use for short queries.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization: `Bearer ${token}` } }),
    // Lists and documents change under other people's hands: show what is stored, then ask again.
    requestPolicy: 'cache-and-network',
    exchanges: [
      mapExchange({
        onError: (error) => {
          const refused =
            error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') ||
            (error.response as Response | undefined)?.status === 401;
          if (refused) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, close: () => void live.dispose() };
}
