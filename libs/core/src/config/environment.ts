import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;

/** Every setting the server reads, with its default. A bad value stops the start. */
export class Environment {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  @IsString() @MinLength(1)
  DATA_DIR = './data';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** How long a mutation waits for the read models before it answers with a timeout error. */
  @Transform(toInt) @IsInt() @Min(1)
  PROJECTION_WAIT_TIMEOUT_MS = 5000;

  /** How long a shutdown waits for in-flight commands. */
  @Transform(toInt) @IsInt() @Min(0)
  SHUTDOWN_TIMEOUT_MS = 10000;

  /** An external token issuer replaces the generated dev secret when its JWKS URL is set. */
  @IsOptional() @IsUrl({ require_tld: false, require_protocol: true })
  JWT_JWKS_URL?: string;

  @ValidateIf((e: Environment) => !!e.JWT_JWKS_URL) @IsString() @MinLength(1)
  JWT_ISSUER?: string;

  @ValidateIf((e: Environment) => !!e.JWT_JWKS_URL) @IsString() @MinLength(1)
  JWT_AUDIENCE?: string;
}

/** For @nestjs/config's `validate`: returns typed settings or throws naming each bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const present = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, present, { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(raw[e.property])}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
