import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, JWTVerifyGetKey, SignJWT } from 'jose';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Actor, ENVIRONMENT, Environment, UnauthenticatedError } from '@samverkan/core';
import { ALL_ROLES, DEV_GRANTS, DEV_ORGANISATION, devPerson, Role } from './roles';

const DEV_ISSUER = 'samverkan-dev';
const DEV_AUDIENCE = 'samverkan';

export interface VerifiedToken {
  actor: Actor;
  /** The person's name from the token: personal data, kept only in the person directory. */
  name: string | null;
  email: string | null;
  claims: Record<string, unknown>;
}

/**
 * Verifies bearer tokens: against an external issuer's JWKS when configured, otherwise against a
 * secret generated in the data directory, which also signs one dev token per role.
 */
@Injectable()
export class TokenService implements OnModuleInit {
  private readonly logger = new Logger('Auth');
  private secret: Uint8Array | null = null;
  private jwks: JWTVerifyGetKey | null = null;
  private dev: Record<string, string> | null = null;

  constructor(@Inject(ENVIRONMENT) private readonly env: Environment) {}

  async onModuleInit(): Promise<void> {
    if (this.env.JWT_JWKS_URL) {
      this.jwks = createRemoteJWKSet(new URL(this.env.JWT_JWKS_URL));
      this.logger.log({ msg: 'tokens verified by external issuer', issuer: this.env.JWT_ISSUER });
      return;
    }
    this.secret = this.loadOrCreateSecret();
    const file = join(this.env.DATA_DIR, 'dev-tokens.json');
    const tokens: Record<string, string> = {};
    for (const role of ALL_ROLES) tokens[role] = await this.sign(devPerson(role).id, role, DEV_ORGANISATION[role], DEV_GRANTS[role]);
    writeFileSync(file, JSON.stringify(tokens, null, 2) + '\n', { mode: 0o600 });
    this.dev = tokens;
    this.logger.log({ msg: `dev tokens, one per role, written to ${file}` });
  }

  /** The dev token per role, or null when tokens come from an external issuer. */
  devTokens(): Readonly<Record<string, string>> | null {
    return this.dev;
  }

  /** Signs a token with the local secret (dev tokens, tests, the CLI). */
  async sign(subject: string, role: Role, organisation: string, extra: Record<string, unknown> = {}): Promise<string> {
    if (!this.secret) throw new Error('Tokens are issued externally; this server signs none');
    return new SignJWT({ role, org: organisation, name: extra.name ?? devPerson(role).name, ...extra })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(subject)
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('30d')
      .sign(this.secret);
  }

  async verify(token: string): Promise<VerifiedToken> {
    let claims: Record<string, unknown>;
    try {
      const options = this.jwks
        ? { issuer: this.env.JWT_ISSUER, audience: this.env.JWT_AUDIENCE }
        : { issuer: DEV_ISSUER, audience: DEV_AUDIENCE, algorithms: ['HS256'] };
      const result = this.jwks ? await jwtVerify(token, this.jwks, options) : await jwtVerify(token, this.secret!, options);
      claims = result.payload as Record<string, unknown>;
    } catch {
      throw new UnauthenticatedError('The bearer token is invalid or expired');
    }
    const role = claims.role;
    if (typeof claims.sub !== 'string' || !ALL_ROLES.includes(role as Role)) {
      throw new UnauthenticatedError('The token names no subject or no known role');
    }
    const organisation = typeof claims.org === 'string' ? claims.org : 'OTHER';
    return {
      actor: { id: claims.sub, organisation, role: role as Role },
      name: typeof claims.name === 'string' ? claims.name : null,
      email: typeof claims.email === 'string' ? claims.email : null,
      claims,
    };
  }

  private loadOrCreateSecret(): Uint8Array {
    const file = join(this.env.DATA_DIR, 'jwt-secret');
    if (!existsSync(file)) {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
      this.logger.log({ msg: `created a token signing secret in ${file}` });
    }
    return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64'));
  }
}
