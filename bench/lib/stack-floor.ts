import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema, GraphQLSchema } from 'graphql';
import { compiledGateway } from '../../apps/api/src/graphql/compiled-executor';
import { ROOT } from './report';

/**
 * The floor of the stack: what Express 5, its JSON body parser and Apollo Server 5 cost before any
 * of the API's own code runs, answering each query with the data the API answered it with. Same
 * schema (`schema.gql`), same executor (compiled once a document repeats, as the API's), same
 * serialisation; no Nest, no token, no rate limit, no bounds, no logging, no resolver work: each
 * root field returns the API's data for it. No server built on this stack answers faster, so where
 * its p50 exceeds twice the in-process time, the stack itself misses the target.
 */
type Canned = { data?: Record<string, unknown> };

/** The API's schema with every query field answering the API's data for the request's query text. */
export function cannedSchema(sdl: string): GraphQLSchema {
  const schema = buildSchema(sdl);
  for (const field of Object.values(schema.getQueryType()!.getFields()))
    field.resolve = (_source, _args, context: Canned) => context.data?.[field.name];
  return schema;
}

/** Apollo Server with the canned schema and the API's executor, and the data of each query text. */
async function cannedApollo(answers: Map<string, string>) {
  const schema = cannedSchema(readFileSync(join(ROOT, 'schema.gql'), 'utf8'));
  const data = new Map([...answers].map(([query, answer]) => [query, (JSON.parse(answer) as Canned).data]));
  const apollo = new ApolloServer<Canned>({ gateway: compiledGateway(() => schema) as never });
  await apollo.start();
  return { apollo, canned: (query: unknown): Canned => ({ data: data.get(typeof query === 'string' ? query : '') }) };
}

/** Express + Apollo serving `answers` (query text → the API's answer text) at /graphql. */
export async function stackFloorApp(answers: Map<string, string>) {
  const { apollo, canned } = await cannedApollo(answers);
  const app = express();
  app.set('etag', false);
  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => canned((req.body as { query?: unknown } | undefined)?.query),
    }),
  );
  return { app, stop: () => apollo.stop() };
}

/**
 * Apollo Server alone on a bare `node:http` handler (the body read and parsed as http-floor.ts
 * does, then Apollo's own HTTP request pipeline): what is left of the stack without Express.
 */
export async function apolloOnlyServer(answers: Map<string, string>) {
  const { apollo, canned } = await cannedApollo(answers);
  return createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void answer(Buffer.concat(chunks)));

    // A body that is not JSON, or a failure in Apollo, is a 400 with the reason, not a crash of the floor.
    async function answer(raw: Buffer): Promise<void> {
      try {
        const body = JSON.parse(raw.toString('utf8')) as { query?: unknown };
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers))
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        const answered = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method!, headers, search: '', body },
          context: async () => canned(body.query),
        });
        for (const [key, value] of answered.headers) res.setHeader(key, value);
        res.statusCode = answered.status ?? 200;
        res.end(answered.body.kind === 'complete' ? answered.body.string : '');
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
      }
    }
  });
}

async function serve(port: number, answersFile: string, apolloOnly: boolean): Promise<void> {
  const answers = new Map(JSON.parse(readFileSync(answersFile, 'utf8')) as [string, string][]);
  const listener = apolloOnly ? await apolloOnlyServer(answers) : (await stackFloorApp(answers)).app;
  const server = listener.listen(port, '127.0.0.1', () => process.stdout.write('listening\n'));
  process.once('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

if (require.main === module) void serve(Number(process.argv[2]), process.argv[3], process.argv[4] === 'apollo-only');
