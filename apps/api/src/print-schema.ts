import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '@samverkan/core';
import { AppModule } from './app.module';
import { renderSchema } from './schema-file';
import { accessMatrix } from './security/access-matrix';
import { withAccessMatrix } from './security/security-doc';

/** Writes schema.gql and the role matrix in docs/SECURITY.md: the public contract, committed and reviewed. */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-schema-'));
  const env = validateEnvironment({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.register(env), { logger: false });
  await app.init();
  writeFileSync(join(process.cwd(), 'schema.gql'), renderSchema(app.get(GraphQLSchemaHost).schema));
  const security = join(process.cwd(), 'docs', 'SECURITY.md');
  writeFileSync(security, withAccessMatrix(readFileSync(security, 'utf8'), accessMatrix(app)));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write('schema.gql and the matrix in docs/SECURITY.md written\n');
}

void main();
