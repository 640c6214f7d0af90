import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createRemoteJWKSet, JWTPayload, jwtVerify, JWTVerifyGetKey, JWTVerifyOptions, SignJWT } from 'jose';
import {
  Actor,
  BoundedMemo,
  ENVIRONMENT,
  Environment,
  POSTGRES,
  PostgresDatabase,
  UnauthenticatedError,
} from '@samverkan/core';
import { ALL_ROLES, DEV_GRANTS, DEV_ORGANISATION, devPerson, Role } from './roles';
import { ServiceTokens } from './service-credentials/service-tokens';
import { fileSecret, sharedSigningSecret } from './signing-secret';

const DEV_ISSUER = 'samverkan-dev';
const DEV_AUDIENCE = 'samverkan';
/** Clock skew allowed between an issuer and this server, on exp, nbf and iat. */
const CLOCK_TOLERANCE_SECONDS = 30;
/** Tokens remembered as verified: more than the people who use one server at once. */
const REMEMBERED_TOKENS = 1000;

export interface VerifiedToken {
  actor: Actor;
  /** The person's name from the token: personal data, kept only in the person directory. */
  name: string | null;
  email: string | null;
  claims: Record<string, unknown>;
  /** Set for a machine client's token: the service credential it was obtained with. */
  serviceCredentialId?: string;
}

/**
 * Verifies bearer tokens: against an external issuer's JWKS when configured, otherwise (development
 * and test only) against a secret generated in the data directory (in PostgreSQL when configured,
 * so that a token from one replica holds on every other), which also signs dev tokens.
 * Either way a token must say when it was issued and when it expires, and live no longer than
 * TOKEN_MAX_LIFETIME_SECONDS. Machine clients' tokens, in every mode, are ServiceTokens' to check.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private readonly logger = new Logger('Auth');
  private secret: Uint8Array | null = null;
  private jwks: JWTVerifyGetKey | null = null;
  /**
   * Each request carries its token, and verifying it again (signature, JSON, claims) was a tenth of
   * a small query's server time (bench/README.md). A verified token is remembered until it
   * expires or outlives TOKEN_MAX_LIFETIME_SECONDS, whichever comes first, without the clock
   * tolerance: after that it is verified afresh, and refused as it always was.
   */
  private readonly verified = new BoundedMemo<string, { token: VerifiedToken; until: number }>(REMEMBERED_TOKENS);

  constructor(
    @Inject(ENVIRONMENT) private readonly env: Environment,
    @Inject(POSTGRES) private readonly postgres: PostgresDatabase | null = null,
    // Named: the type alone, a union with null, gives Nest no token to inject by.
    @Inject(ServiceTokens) private readonly services: ServiceTokens | null = null,
  ) {}

  onModuleInit(): void | Promise<void> {
    if (this.env.JWT_JWKS_URL) {
      this.jwks = createRemoteJWKSet(new URL(this.env.JWT_JWKS_URL));
      this.logger.log({ msg: 'tokens verified by external issuer', issuer: this.env.JWT_ISSUER });
      return;
    }
    // validateEnvironment refuses this first; a hand-built Environment must not slip past either.
    if (this.env.NODE_ENV === 'production')
      throw new Error('Production needs an external token issuer (JWT_JWKS_URL); it signs no tokens itself');
    if (this.postgres) return this.loadSharedSecret(this.postgres);
    this.secret = fileSecret(this.env.DATA_DIR, 'jwt-secret', 'a token signing secret', this.logger);
  }

  /** One secret for every replica: the first to start makes it. */
  private async loadSharedSecret(postgres: PostgresDatabase): Promise<void> {
    this.secret = await sharedSigningSecret(postgres, 'dev-token-secret');
  }

  /** Whether this server signs its own tokens (development and test, no external issuer). */
  get issuesDevTokens(): boolean {
    return this.secret !== null;
  }

  /** One freshly signed token per role, for a developer's sign-in; null with an external issuer. */
  async devTokens(): Promise<Record<Role, string> | null> {
    if (!this.secret) return null;
    const tokens = {} as Record<Role, string>;
    for (const role of ALL_ROLES)
      tokens[role] = await this.sign(devPerson(role).id, role, DEV_ORGANISATION[role], DEV_GRANTS[role]);
    return tokens;
  }

  /** Signs a short-lived token with the local secret (dev tokens, tests, the demo). */
  async sign(subject: string, role: Role, organisation: string, extra: Record<string, unknown> = {}): Promise<string> {
    if (!this.secret) throw new Error('Tokens are issued externally; this server signs none');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ role, org: organisation, name: extra.name ?? devPerson(role).name, ...extra })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.env.DEV_TOKEN_LIFETIME_SECONDS)
      .sign(this.secret);
  }

  async verify(token: string): Promise<VerifiedToken> {
    // Only a person's token is ever remembered (its issuer is never the service issuer), so a token
    // found here needs no decoding to tell whose it is: that decoding was on every request.
    const known = this.verified.get(token);
    if (known && Date.now() < known.until) return known.token;
    if (known) this.verified.delete(token);
    // A machine client's token is ours, whoever issues the people's: its issuer says which key checks
    // it, and it is never remembered here, since its credential may be revoked at any moment.
    if (this.services && this.services.issued(token)) return this.services.verify(token);
    let claims: Record<string, unknown>;
    try {
      claims = (await this.verifiedPayload(token)) as Record<string, unknown>;
    } catch {
      throw new UnauthenticatedError('The bearer token is invalid or expired');
    }
    const role = claims.role;
    if (typeof claims.sub !== 'string' || !ALL_ROLES.includes(role as Role)) {
      throw new UnauthenticatedError('The token names no subject or no known role');
    }
    const organisation = typeof claims.org === 'string' ? claims.org : 'OTHER';
    // Shared by every request that sends the token: frozen, so no request can change another's.
    const verified: VerifiedToken = Object.freeze({
      actor: Object.freeze({ id: claims.sub, organisation, role: role as Role }),
      name: typeof claims.name === 'string' ? claims.name : null,
      email: typeof claims.email === 'string' ? claims.email : null,
      claims: Object.freeze(claims),
    });
    const { exp, iat } = claims as { exp: number; iat: number };
    const until = Math.min(exp, iat + this.env.TOKEN_MAX_LIFETIME_SECONDS) * 1000;
    this.verified.set(token, { token: verified, until });
    return verified;
  }

  /**
   * Signature, issuer, audience and times. jose checks exp, nbf, and iat against maxTokenAge (which
   * also refuses an iat in the future); the lifetime the issuer granted (exp − iat) is ours to check.
   */
  private async verifiedPayload(token: string): Promise<JWTPayload> {
    const maxLifetime = this.env.TOKEN_MAX_LIFETIME_SECONDS;
    const times: JWTVerifyOptions = {
      requiredClaims: ['exp', 'iat'],
      maxTokenAge: maxLifetime,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    };
    const { payload } = this.jwks
      ? await jwtVerify(token, this.jwks, { ...times, issuer: this.env.JWT_ISSUER, audience: this.env.JWT_AUDIENCE })
      : await jwtVerify(token, this.secret!, {
          ...times,
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          algorithms: ['HS256'],
        });
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number' || payload.exp - payload.iat > maxLifetime) {
      throw new Error('token lives longer than TOKEN_MAX_LIFETIME_SECONDS');
    }
    return payload;
  }
}
