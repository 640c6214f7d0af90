import { Controller, ForbiddenException, Get, Inject, NotFoundException, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ALL_ROLES, devPerson, Public, Role, TokenService } from '@samverkan/auth';
import { ENVIRONMENT, Environment } from '@samverkan/core';

export interface DevTokenChoice {
  role: Role;
  organisation: string;
  name: string;
  token: string;
}

const LOOPBACK = /^(::1|127\.\d+\.\d+\.\d+|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The sign-in page's "pick a dev token" list, on the embedded default only: never in production,
 * never with an external issuer, and only to a browser on the same machine.
 */
@Controller('dev-tokens')
export class DevTokensController {
  constructor(
    private readonly tokens: TokenService,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Get()
  @Public()
  list(@Req() request: Request): DevTokenChoice[] {
    const tokens = this.tokens.devTokens();
    if (!tokens || this.env.NODE_ENV === 'production') throw new NotFoundException();
    if (!LOOPBACK.test(request.socket.remoteAddress ?? '')) throw new ForbiddenException('Dev tokens are offered to this machine only');
    return ALL_ROLES.map((role) => ({ role, organisation: devPerson(role).organisation, name: devPerson(role).name, token: tokens[role] }));
  }
}
