import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { exitOf, startedServer } from './server-process';
import { ROOT } from './ts-node';
import { announceSkip } from '@samverkan/core/testing/skip-notice';

export const CHROMIUM = '/usr/bin/chromium';
/** Where the browser tests leave their screenshots. */
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

/** `describe` where Chromium is installed; elsewhere `describe.skip`, saying why. */
export function describeInBrowser(suite: string): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  announceSkip(`${suite}: ${CHROMIUM} is missing (.ci/run installs it with apt-get).`);
  return describe.skip;
}

/** The real server on a data dir, in development (the sign-in offers dev tokens), with those tokens. */
export interface Workspace {
  server: ChildProcess;
  base: string;
  tokens: Record<string, string>;
  /** A GraphQL request as a role, answered as JSON. */
  gql: (role: string, query: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;
  /** The same with a token the test signed itself (claims no dev token has). */
  gqlWithToken: (
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ data?: any; errors?: any[] }>;
}

export async function startWorkspace(dataDir: string): Promise<Workspace> {
  const started = await startedServer({ DATA_DIR: dataDir, NODE_ENV: 'development' }, 60_000);
  const base = `http://127.0.0.1:${started.port}`;
  const tokens = JSON.parse(readFileSync(join(dataDir, 'dev-tokens.json'), 'utf8')) as Record<string, string>;
  const gqlWithToken = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  };
  const gql = (role: string, query: string, variables: Record<string, unknown> = {}) =>
    gqlWithToken(tokens[role], query, variables);
  return { server: started.child, base, tokens, gql, gqlWithToken };
}

/**
 * Headless Chromium through playwright-core, one page in its own context (axe injects its script
 * into the context), in Swedish and Stockholm's time; the page's errors go to `pageErrors`.
 */
export async function openPage(pageErrors: string[]): Promise<{ browser: Browser; page: Page }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  // Each wait is for something that must come; how long it takes is the machine's. 10 s was too short
  // for a desk's first page while CI ran other browser suites and servers on the same two cores (the
  // audit desk's report once took longer), so a wait fails only after 30 s.
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  mkdirSync(ARTIFACTS, { recursive: true });
  return { browser, page };
}

/** Closes the browser, stops the server and removes the data dir, whichever of them were started. */
export async function closeAll(browser: Browser | undefined, workspace: Workspace | undefined, dataDir?: string) {
  await browser?.close();
  const server = workspace?.server;
  if (server && server.exitCode === null) {
    const exited = exitOf(server);
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
}
