import { Pool, PoolClient } from 'pg';
import { SCHEMA_NAME } from '../config/environment';
import { migrate } from './migrations';

export interface PostgresOptions {
  url: string;
  schema: string;
  /** Told of every failed query or connection, for /metrics; never given the connection string. */
  onError?: (error: Error) => void;
}

/**
 * The workspace's PostgreSQL: a pool whose connections see only the workspace's schema first (the
 * search path), migrated at connection. Holds the state every replica must share: the person
 * directory and the workspace's secrets.
 */
export class PostgresDatabase {
  private constructor(
    readonly pool: Pool,
    readonly options: PostgresOptions,
  ) {}

  static async connect(options: PostgresOptions): Promise<PostgresDatabase> {
    if (!SCHEMA_NAME.test(options.schema)) throw new Error(`DATABASE_SCHEMA must match ${SCHEMA_NAME}`);
    const pool = new Pool(PostgresDatabase.clientConfig(options));
    // An idle connection that breaks emits here; unhandled, it would end the process.
    pool.on('error', (error) => options.onError?.(error));
    const db = new PostgresDatabase(pool, options);
    try {
      await db.withClient((client) => migrate(client, options.schema));
    } catch (error) {
      await pool.end();
      throw error;
    }
    return db;
  }

  /**
   * The pool's settings, search path included, for a connection of its own too (`role` names it in
   * pg_stat_activity, e.g. the listener).
   */
  static clientConfig(options: PostgresOptions, role = 'api') {
    return {
      connectionString: options.url,
      options: `-c search_path=${options.schema}`,
      application_name: `samverkan-${role}:${options.schema}`,
      max: 10,
    };
  }

  async query<R extends object = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (error) {
      this.options.onError?.(error as Error);
      throw error;
    }
  }

  /** Runs `fn` in one transaction on one connection; rolled back when it throws. */
  async transaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query('BEGIN');
      try {
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  private async withClient<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      return await fn(client);
    } catch (error) {
      this.options.onError?.(error as Error);
      throw error;
    } finally {
      client?.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
