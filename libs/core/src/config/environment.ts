import { plainToInstance, Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
  validateSync,
} from 'class-validator';
import { DEFAULT_REGIONS } from '../kernel/regions';

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0)
    : value;

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/** A whole number read from the environment's text, from `min` (up to `max`, where given). */
function IntSetting(min: number, max?: number): PropertyDecorator {
  const decorators = [Transform(toInt), IsInt(), Min(min), ...(max === undefined ? [] : [Max(max)])];
  // Applied last to first, as stacked decorators are.
  return (target, key) => decorators.reverse().forEach((decorate) => decorate(target, key));
}

/** A schema name PostgreSQL takes unquoted: lower case, so the API's role and an operator spell it alike. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A web origin as browsers send it: scheme, host, optional port; no path, no trailing slash. */
const ORIGIN = /^https?:\/\/(?:\[[\da-fA-F:]+\]|[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*)(?::\d{1,5})?$/;

const ISSUER_NEEDED =
  'production needs an external token issuer: set JWT_JWKS_URL, JWT_ISSUER and JWT_AUDIENCE (dev tokens exist only in development)';

function needsIssuer(env: Environment): boolean {
  return env.NODE_ENV === 'production' || !!env.JWT_JWKS_URL;
}

/** Every setting the server reads, with its default. A bad value stops the start. */
export class Environment {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntSetting(0, 65535)
  PORT = 3000;

  @IsString()
  @MinLength(1)
  DATA_DIR = './data';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** How long a mutation waits for the read models before it answers with a timeout error. */
  @IntSetting(1)
  PROJECTION_WAIT_TIMEOUT_MS = 5000;

  /** How long a shutdown waits for in-flight commands. */
  @IntSetting(0)
  SHUTDOWN_TIMEOUT_MS = 10000;

  /** How deep a GraphQL operation may nest. */
  @IntSetting(2, 100)
  GRAPHQL_MAX_DEPTH = 10;

  /** The estimated cost an operation may have (a field costs 1; a list, its selection times `first`). */
  @IntSetting(10)
  GRAPHQL_MAX_COST = 20000;

  /** The largest request body accepted, in bytes. */
  @IntSetting(1024)
  MAX_BODY_BYTES = 262144;

  /** The most lexical tokens a GraphQL document may have: parsing stops there (both transports). */
  @IntSetting(100)
  GRAPHQL_MAX_TOKENS = 2000;

  /** The most selections one operation may have with its fragments expanded (the cost walk stops there). */
  @IntSetting(100)
  GRAPHQL_MAX_NODES = 2000;

  /** The most aliases one GraphQL document may use. */
  @IntSetting(0)
  GRAPHQL_MAX_ALIASES = 30;

  /** The most fragments (named and inline) one GraphQL document may define. */
  @IntSetting(0)
  GRAPHQL_MAX_FRAGMENTS = 20;

  /** The most fragment spreads (`...Name`) one GraphQL document may contain. */
  @IntSetting(0)
  GRAPHQL_MAX_FRAGMENT_SPREADS = 40;

  /** The most directives (`@skip`, `@include`, …) one GraphQL document may use. */
  @IntSetting(0)
  GRAPHQL_MAX_DIRECTIVES = 30;

  /**
   * EventStoreDB instead of the embedded store, e.g. `esdb://localhost:2113?tls=false`, or
   * `esdb+discover://node1:2113,node2:2113,node3:2113` for a cluster. Unset: the embedded store.
   */
  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/\S+$/, { message: 'must be an esdb:// or esdb+discover:// connection string' })
  EVENTSTORE_CONNECTION_STRING?: string;

  /**
   * PostgreSQL for the state every replica must share (the person directory with its keys, the
   * digest signing key, the dev token secret), e.g. `postgres://samverkan@db:5432/samverkan`.
   * Unset: all of it stays in DATA_DIR, as for a single server.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// or postgresql:// connection string' })
  DATABASE_URL?: string;

  /** The schema the workspace keeps its tables in; the API's role needs no right outside it. */
  @Matches(SCHEMA_NAME, { message: 'must be a lower-case SQL name (letters, digits, _)' })
  DATABASE_SCHEMA = 'samverkan';

  /** This replica's name in /metrics labels (e.g. api1). Unset: the host name. */
  @IsOptional()
  @Matches(/^[\w.-]{1,64}$/, { message: 'must be letters, digits, ".", "-" or "_" (at most 64)' })
  REPLICA_NAME?: string;

  /** Days after sending by which AV's outcome of a tip is due (an open obligation until then, overdue after). */
  @IntSetting(1, 3650)
  TIP_OUTCOME_DUE_DAYS = 90;

  /**
   * Days after a fact happened by which it should be recorded: later ones are marked as late
   * entries in the timeline and, inside a sealed ESF period, listed among the seal's amendments.
   */
  @IntSetting(0, 3650)
  LATE_ENTRY_DAYS = 7;

  /** How often the overdue watcher looks for obligations past their due date (it also looks at start). */
  @IntSetting(100)
  OVERDUE_CHECK_INTERVAL_MS = 60000;

  /** The regions users choose from, comma-separated. */
  @Transform(toList)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsString({ each: true })
  REGIONS: string[] = DEFAULT_REGIONS;

  /**
   * Where the server listens. Unset: loopback only (127.0.0.1) in development and test, where dev
   * tokens exist; every interface in production.
   */
  @IsOptional()
  @Matches(/^(?:[\da-fA-F:.]+|[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)*)$/, { message: 'must be an IP address or a host name' })
  HOST?: string;

  /**
   * An external token issuer replaces the generated dev secret when its JWKS URL is set. Production
   * needs one: dev tokens are for a developer's machine only.
   */
  @ValidateIf(needsIssuer)
  @IsDefined({ message: ISSUER_NEEDED })
  @IsUrl({ require_tld: false, require_protocol: true })
  JWT_JWKS_URL?: string;

  @ValidateIf(needsIssuer)
  @IsDefined({ message: ISSUER_NEEDED })
  @IsString()
  @MinLength(1)
  JWT_ISSUER?: string;

  @ValidateIf(needsIssuer)
  @IsDefined({ message: ISSUER_NEEDED })
  @IsString()
  @MinLength(1)
  JWT_AUDIENCE?: string;

  /** The longest a token may live (exp − iat, seconds), whoever issued it; longer ones are refused. */
  @IntSetting(60, 7 * 24 * 3600)
  TOKEN_MAX_LIFETIME_SECONDS = 12 * 3600;

  /** How long a dev token lives; the page asks for fresh ones, and a restart writes new ones. */
  @IntSetting(60, 7 * 24 * 3600)
  DEV_TOKEN_LIFETIME_SECONDS = 3600;

  /** How long a machine client's token from `POST /oauth/token` lives (never past its credential's expiry). */
  @IntSetting(60, 3600)
  SERVICE_TOKEN_LIFETIME_SECONDS = 900;

  /**
   * The browser origins allowed to call the API from another site (CORS), comma-separated, each
   * `scheme://host[:port]` exactly, e.g. `https://dashboards.example.se`. Unset: none.
   */
  @Transform(toList)
  @IsArray()
  @ArrayUnique()
  @Matches(ORIGIN, { each: true, message: 'each must be an origin: scheme://host[:port], without path or trailing /' })
  CORS_ORIGINS: string[] = [];

  /** The window the rate limits count requests in, in seconds. */
  @IntSetting(1, 3600)
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /** Requests one person (one token subject) may make per window. */
  @IntSetting(1)
  RATE_LIMIT_PERSON_REQUESTS = 1200;

  /** Requests one service credential (all its tokens together) may make per window. */
  @IntSetting(1)
  RATE_LIMIT_SERVICE_REQUESTS = 300;

  /** Token requests (`POST /oauth/token`) per client id per window, right or wrong secret alike. */
  @IntSetting(1)
  RATE_LIMIT_TOKEN_REQUESTS = 10;
}

/** The address to listen on: HOST, else loopback outside production (undefined: every interface). */
export function listenHost(env: Environment): string | undefined {
  return env.HOST ?? (env.NODE_ENV === 'production' ? undefined : '127.0.0.1');
}

/** For @nestjs/config's `validate`: returns typed settings or throws naming each bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
  // A missing variable is said once, not followed by what its absent value also fails.
  const lines = errors.map(({ property, constraints = {} }) => {
    const messages = constraints.isDefined ? [constraints.isDefined] : Object.values(constraints);
    return `  ${property}=${shown(property, raw[property])}: ${messages.join('; ')}`;
  });
  if (env.DEV_TOKEN_LIFETIME_SECONDS > env.TOKEN_MAX_LIFETIME_SECONDS) {
    lines.push(
      `  DEV_TOKEN_LIFETIME_SECONDS=${env.DEV_TOKEN_LIFETIME_SECONDS}: must not exceed TOKEN_MAX_LIFETIME_SECONDS (${env.TOKEN_MAX_LIFETIME_SECONDS})`,
    );
  }
  if (env.SERVICE_TOKEN_LIFETIME_SECONDS > env.TOKEN_MAX_LIFETIME_SECONDS) {
    lines.push(
      `  SERVICE_TOKEN_LIFETIME_SECONDS=${env.SERVICE_TOKEN_LIFETIME_SECONDS}: must not exceed TOKEN_MAX_LIFETIME_SECONDS (${env.TOKEN_MAX_LIFETIME_SECONDS})`,
    );
  }
  if (lines.length > 0) {
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}

/** Connection strings may carry a password: name the variable, never echo its value. */
function shown(property: string, value: unknown): string {
  return /CONNECTION_STRING|DATABASE_URL|SECRET|PASSWORD/.test(property) ? '(hidden)' : JSON.stringify(value);
}
