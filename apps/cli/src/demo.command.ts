import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listenHost, validateEnvironment } from '@samverkan/core';
import { AppModule, configureHttp } from '../../api/src';
import { seedCommand } from './seed.command';

/**
 * `npm run demo`: a fresh data dir with the whole demo workspace, and the server on it. The data
 * dir is left behind on exit (its path is printed) so a session can be looked at afterwards.
 */
export async function demoCommand(options: { port: string; dataDir?: string }): Promise<void> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'samverkan-demo-'));
  process.env.DATA_DIR = dataDir;
  process.stdout.write(`Loading the demo workspace into ${dataDir}…\n`);
  await seedCommand();
  const env = validateEnvironment({ LOG_LEVEL: 'warn', ...process.env, DATA_DIR: dataDir, PORT: options.port });
  const app = await NestFactory.create(AppModule.register(env), { logger: ['error', 'warn'] });
  configureHttp(app, env);
  const host = listenHost(env);
  await (host ? app.listen(env.PORT, host) : app.listen(env.PORT));
  const { port } = app.getHttpServer().address() as AddressInfo;
  process.stdout.write(
    `\nSamverkan demo at http://localhost:${port}/ (GraphQL at /graphql)\n` +
      `Sign in on the page by picking a role, or use a token from ${join(dataDir, 'dev-tokens.json')}\n` +
      'Stop with Ctrl-C; the data dir stays for a look afterwards.\n',
  );
}
