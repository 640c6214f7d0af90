/** Injection token of the EventStore port; the adapter is chosen by configuration. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** Injection token of the validated Environment. */
export const ENVIRONMENT = Symbol('ENVIRONMENT');
/** Injection token of the workspace's PostgreSQL (a PostgresDatabase), or null when DATABASE_URL is unset. */
export const POSTGRES = Symbol('POSTGRES');
