import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '@samverkan/core';
import { AppModule } from './app.module';
import { errorsDoc } from './errors/errors-doc';
import { RULE_LISTS } from './errors/rule-catalog';
import { renderSchema } from './schema-file';
import { accessMatrix } from './security/access-matrix';
import { withAccessMatrix } from './security/security-doc';

/**
 * Writes schema.gql, the role matrix in docs/SECURITY.md and the error codes in docs/ERRORS.md: the
 * public contract, committed and reviewed.
 */
async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-schema-'));
  const env = validateEnvironment({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(AppModule.register(env), { logger: false });
  await app.init();
  writeFileSync(join(process.cwd(), 'schema.gql'), renderSchema(app.get(GraphQLSchemaHost).schema));
  const security = join(process.cwd(), 'docs', 'SECURITY.md');
  writeFileSync(security, withAccessMatrix(readFileSync(security, 'utf8'), accessMatrix(app)));
  writeFileSync(join(process.cwd(), 'docs', 'ERRORS.md'), errorsDoc(RULE_LISTS));
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  process.stdout.write('schema.gql, the matrix in docs/SECURITY.md and docs/ERRORS.md written\n');
}

void main();
