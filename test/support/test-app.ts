import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { validateEnvironment } from '@samverkan/core';
import { AppModule } from '../../apps/api/src/app.module';
import { configureHttp } from '../../apps/api/src/configure-http';
import { startTestIssuer } from './test-issuer';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: INestApplication;
  dataDir: string;
  tokens: Record<string, string>;
  gql<T = any>(role: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real Nest app on a fresh temp data dir, with a token per role: the dev tokens it generated,
 * or, in production (which signs none), tokens from a test issuer started for it.
 */
export interface TestAppOptions {
  dataDir?: string;
  env?: Record<string, string>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  const issuer = options.env?.NODE_ENV === 'production' && !options.env.JWT_JWKS_URL ? await startTestIssuer() : null;
  // The overdue watcher checks at start; its periodic tick is kept out of a test's way unless asked for.
  const env = validateEnvironment({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    OVERDUE_CHECK_INTERVAL_MS: '3600000',
    ...issuer?.env,
    ...options.env,
  });
  // NestFactory, as main.ts does: modules that wire into the HTTP adapter at creation (serving the
  // web page) see no adapter in a testing module.
  const nest = await NestFactory.create(AppModule.register(env), { logger: false, abortOnError: false }).catch(
    async (error: unknown) => {
      await issuer?.close();
      throw error;
    },
  );
  configureHttp(nest, env);
  await nest.init();
  const app = closesOnce(nest);
  const tokens = issuer
    ? await issuer.tokensPerRole()
    : existsSync(join(dataDir, 'dev-tokens.json'))
      ? readDevTokens(dataDir)
      : {};
  return {
    app,
    dataDir,
    tokens,
    async gql(role, query, variables) {
      const req = request(app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
      if (role) req.set('authorization', `Bearer ${tokens[role] ?? role}`);
      const res = await req.send({ query, variables });
      if (res.status >= 500) throw new Error(`HTTP ${res.status}: ${res.text}`);
      return res.body as GraphQLResponse;
    },
    async close() {
      // closesOnce: a test that closed the app itself is not closed twice. (Checking `listening`
      // skipped the close of every app that never listened, leaving its handles open.)
      await app.close();
      await issuer?.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The test app of a describe block: started before its tests, closed after them. The object is
 * filled in by the first `beforeAll`, so a later `beforeAll` in the block can already use it.
 */
export function useTestApp(options: TestAppOptions = {}): TestApp {
  const t = {} as TestApp;
  // Booting Nest under a loaded CI machine has taken over 30 s: the hook gets the budget the blocks had.
  beforeAll(async () => {
    Object.assign(t, await startTestApp(options));
  }, 120_000);
  // A start that failed left nothing to close.
  afterAll(() => t.close?.());
  return t;
}

/**
 * Some tests stop the app themselves before `close()`: the second close is the first one's promise
 * (the graphql-ws server refuses a second close with "The server is not running"). Nest's app is a
 * proxy that ignores assignments, hence a proxy over it.
 */
function closesOnce(app: INestApplication): INestApplication {
  let closed: Promise<void> | undefined;
  return new Proxy(app, {
    get: (target, prop, receiver) =>
      prop === 'close' ? () => (closed ??= target.close()) : Reflect.get(target, prop, receiver),
  });
}

/** The token per role the server wrote at its latest start in `dataDir`. */
export function readDevTokens(dataDir: string): Record<string, string> {
  return JSON.parse(readFileSync(join(dataDir, 'dev-tokens.json'), 'utf8')) as Record<string, string>;
}

/** What a refused request answered: its rule, or its code when no rule applies. */
export const refusalOf = (res: GraphQLResponse) =>
  res.errors?.[0]?.extensions?.rule ?? res.errors?.[0]?.extensions?.code;

/** The data of a GraphQL answer that must have succeeded (the errors are shown when it did not). */
export async function ok<T = any>(answer: Promise<GraphQLResponse<T>>): Promise<T> {
  const res = await answer;
  expect(res.errors).toBeUndefined();
  return res.data as T;
}
