import { Logger } from '@nestjs/common';
import { join } from 'node:path';
import { Environment } from '../config/environment';
import { PersonDirectory } from '../personal-data/person-directory';
import { PostgresPersonDirectory } from '../personal-data/postgres-person-directory';
import { SqlitePersonDirectory } from '../personal-data/sqlite-person-directory';
import { PostgresDatabase } from '../postgres/postgres-database';
import type { WorkspaceMetrics } from './workspace-metrics';

/**
 * The workspace's PostgreSQL, migrated, when DATABASE_URL is set; else null and everything stays in
 * DATA_DIR. Logs where, never the URL, which may hold a password.
 */
export async function openPostgres(env: Environment, metrics?: WorkspaceMetrics): Promise<PostgresDatabase | null> {
  if (!env.DATABASE_URL) return null;
  const logger = new Logger('PostgreSQL');
  const db = await PostgresDatabase.connect({
    url: env.DATABASE_URL,
    schema: env.DATABASE_SCHEMA,
    onError: (error) => {
      metrics?.postgresErrors.inc();
      logger.warn({ msg: 'PostgreSQL operation failed', err: error.message });
    },
  });
  logger.log({ msg: 'shared state in PostgreSQL', schema: env.DATABASE_SCHEMA });
  return db;
}

/** In PostgreSQL when configured (shared by every replica), else in DATA_DIR's own file. */
export async function openPersonDirectory(
  env: Environment,
  postgres: PostgresDatabase | null,
): Promise<PersonDirectory> {
  if (postgres) return PostgresPersonDirectory.open(postgres);
  return new SqlitePersonDirectory(join(env.DATA_DIR, 'personal-data.sqlite'));
}
