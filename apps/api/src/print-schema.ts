import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '@samverkan/core';
import { AppModule } from './app.module';
import { renderSchema } from './schema-file';

/** Writes schema.gql, the public contract that is committed and reviewed. */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-schema-'));
  const env = validateEnvironment({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.register(env), { logger: false });
  await app.init();
  writeFileSync(join(process.cwd(), 'schema.gql'), renderSchema(app.get(GraphQLSchemaHost).schema));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write('schema.gql written\n');
}

void main();
