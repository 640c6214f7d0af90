import { Controller, Logger, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, ServiceCredentials, ServiceTokens } from '@samverkan/auth';
import { limitedDetails, limitedMessage, refuseLimited } from '../rate-limits/rate-limit.middleware';
import { RateLimits } from '../rate-limits/rate-limits';
import { isRefusal, readTokenRequest, refusalOf, TokenRefusal } from './client-credentials';

/**
 * `POST /oauth/token`, the client-credentials grant (RFC 6749 4.4) for machine clients: a service
 * credential's id and secret buy a short-lived bearer token for /graphql. The body is a form
 * (`application/x-www-form-urlencoded`, as the RFC has it) or JSON; the client may authenticate
 * with HTTP Basic instead. Attempts count per client id, right or wrong, so guessing a secret is slow.
 */
@Controller('oauth')
export class TokenController {
  private readonly logger = new Logger('OAuth');

  constructor(
    private readonly credentials: ServiceCredentials,
    private readonly tokens: ServiceTokens,
    private readonly limits: RateLimits,
  ) {}

  @Post('token')
  @Public()
  async token(@Req() req: Request, @Res() res: Response): Promise<void> {
    // Neither a token nor a refusal may be kept by a cache on the way (RFC 6749 5.1).
    res.set({ 'cache-control': 'no-store', pragma: 'no-cache' });
    const read = readTokenRequest(req.body, req.headers.authorization);
    const request = isRefusal(read) ? read : (refusalOf(read) ?? read);
    if (isRefusal(request)) return refuse(res, request);
    const limited = await this.limits.consume('token', request.clientId!);
    if (limited) {
      refuseLimited(res, limited).json({
        error: 'rate_limited',
        error_description: limitedMessage(limited),
        code: 'RATE_LIMITED',
        ...limitedDetails(limited),
      });
      return;
    }
    const credential = await this.credentials.authenticate(request.clientId!, request.clientSecret!);
    if (!credential) {
      this.logger.warn({ msg: 'token refused', reason: 'unknown, revoked or expired credential, or wrong secret' });
      return refuse(res, {
        status: 401,
        error: 'invalid_client',
        description: 'Unknown, revoked or expired client, or a wrong secret',
      });
    }
    const token = await this.tokens.issue(credential);
    this.logger.log({ msg: 'service token issued', clientId: credential.credentialId, expiresIn: token.expiresIn });
    res.status(200).json({ access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn });
  }
}

function refuse(res: Response, refusal: TokenRefusal): void {
  // The client may authenticate with HTTP Basic: a 401 says so (RFC 6749 5.2).
  if (refusal.status === 401) res.set('www-authenticate', 'Basic realm="samverkan"');
  res.status(refusal.status).json({
    error: refusal.error,
    error_description: refusal.description,
    ...(refusal.field ? { field: refusal.field } : {}),
  });
}
