import { Injectable, Logger, OnApplicationBootstrap, Inject } from '@nestjs/common';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenService } from '@samverkan/auth';
import { ENVIRONMENT, Environment } from '@samverkan/core';

/**
 * At each start of the API (not of the CLI), DATA_DIR/dev-tokens.json gets one fresh token per role
 * for curl and the tests, owner-only. Where the server signs no tokens, a file left by an earlier
 * development run is removed: production keeps no dev credentials lying about.
 */
@Injectable()
export class DevTokenFile implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly tokens: TokenService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const file = join(this.env.DATA_DIR, 'dev-tokens.json');
    const tokens = await this.tokens.devTokens();
    if (!tokens) {
      rmSync(file, { force: true });
      return;
    }
    // Removed first: a mode given to writeFileSync applies only to a file it creates.
    rmSync(file, { force: true });
    writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    const hours = Math.round((this.env.DEV_TOKEN_LIFETIME_SECONDS / 3600) * 10) / 10;
    this.logger.log({
      msg: `dev tokens, one per role, written to ${file} (valid ${hours} h; the page at / asks for fresh ones)`,
    });
  }
}
