import { Controller, ForbiddenException, Get, Header, Logger, NotFoundException, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ALL_ROLES, devPerson, Public, Role, TokenService } from '@samverkan/auth';
import { whyNotLocal } from './local-request';

export interface DevTokenChoice {
  role: Role;
  organisation: string;
  name: string;
  token: string;
}

/**
 * The sign-in page's "pick a dev token" list: only where the server signs its own tokens (never in
 * production, never with an external issuer), only to a browser on this machine, and freshly
 * signed at each ask, so a short token lifetime costs the developer nothing.
 */
@Controller('dev-tokens')
export class DevTokensController {
  private readonly logger = new Logger('DevTokens');

  constructor(private readonly tokens: TokenService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'no-store')
  async list(@Req() request: Request): Promise<DevTokenChoice[]> {
    if (!this.tokens.issuesDevTokens) throw new NotFoundException();
    const refusal = whyNotLocal(request);
    if (refusal) {
      this.logger.warn({ msg: 'dev tokens refused', why: refusal });
      throw new ForbiddenException(`Dev tokens are offered to a browser on this machine only: ${refusal}`);
    }
    const tokens = (await this.tokens.devTokens())!;
    return ALL_ROLES.map((role) => ({
      role,
      organisation: devPerson(role).organisation,
      name: devPerson(role).name,
      token: tokens[role],
    }));
  }
}
