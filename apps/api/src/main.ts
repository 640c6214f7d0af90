import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { validateEnvironment } from '@samverkan/core';
import { AppModule } from './app.module';
import { configureHttp } from './configure-http';

async function bootstrap(): Promise<void> {
  let env;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const app = await NestFactory.create(AppModule.register(env), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureHttp(app, env);
  await app.listen(env.PORT);
  // PORT=0 picks a free port: say the one actually bound.
  const { port } = app.getHttpServer().address() as AddressInfo;
  app.get(Logger).log(`Samverkan serves GraphQL at http://localhost:${port}/graphql (data in ${env.DATA_DIR})`);
}

void bootstrap();
