import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { listenHost, lockDataDir, validateEnvironment } from '@samverkan/core';
import { AppModule } from './app.module';
import { configureHttp } from './configure-http';

async function bootstrap(): Promise<void> {
  let env;
  let dataDirLock;
  try {
    env = validateEnvironment(process.env);
    // The operator commands that rewrite DATA_DIR (seed, rebuild, migrate) refuse while this is held.
    dataDirLock = lockDataDir(env.DATA_DIR, 'a running server');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const app = await NestFactory.create(AppModule.register(env, { dataDirLock }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app, env);
  // Development listens on loopback unless HOST says otherwise: dev tokens stay on this machine.
  const host = listenHost(env);
  await (host ? app.listen(env.PORT, host) : app.listen(env.PORT));
  // PORT=0 picks a free port: say the one actually bound.
  const { port } = app.getHttpServer().address() as AddressInfo;
  const shown = !host || host === '127.0.0.1' || host === '::1' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  app
    .get(Logger)
    .log(
      `Samverkan serves GraphQL at http://${shown}:${port}/graphql (data in ${env.DATA_DIR}; listening on ${host ?? 'every interface'})`,
    );
}

void bootstrap();
