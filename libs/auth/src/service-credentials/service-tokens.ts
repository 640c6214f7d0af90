import { Inject, Injectable, Logger } from '@nestjs/common';
import { decodeJwt, jwtVerify, SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { ENVIRONMENT, Environment, POSTGRES, PostgresDatabase, UnauthenticatedError } from '@samverkan/core';
import { fileSecret, sharedSigningSecret } from '../signing-secret';
import type { VerifiedToken } from '../token-service';
import { LiveCredential } from './domain/service-credential';
import { ServiceCredentials } from './service-credentials';

/** The issuer of machine clients' tokens: this workspace, whoever issues the people's. */
export const SERVICE_ISSUER = 'samverkan-service';
const AUDIENCE = 'samverkan';
const CLOCK_TOLERANCE_SECONDS = 30;
const SECRET_NAME = 'service-token-secret';

export interface ServiceAccessToken {
  accessToken: string;
  /** Seconds from now. */
  expiresIn: number;
}

/**
 * Short-lived tokens for machine clients (client-credentials style, `POST /oauth/token`), signed
 * with jose under a secret of the workspace (PostgreSQL when configured, so every replica signs and
 * checks with the same; else DATA_DIR). Every check also reads the credential's current state,
 * so a revoked credential's tokens are refused at once, not when they expire.
 */
@Injectable()
export class ServiceTokens {
  private readonly logger = new Logger('ServiceTokens');
  private secret: Promise<Uint8Array> | null = null;

  constructor(
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly credentials: ServiceCredentials,
    @Inject(POSTGRES) private readonly postgres: PostgresDatabase | null = null,
  ) {}

  /** A token for a credential `credentials.authenticate` admitted; it never outlives the credential. */
  async issue(credential: LiveCredential, now = new Date()): Promise<ServiceAccessToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = Math.min(
      iat + this.env.SERVICE_TOKEN_LIFETIME_SECONDS,
      Math.floor(Date.parse(credential.expiresAt) / 1000),
    );
    const accessToken = await new SignJWT({
      role: credential.role,
      org: credential.organisation,
      client_id: credential.credentialId,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setSubject(`service:${credential.credentialId}`)
      .setIssuer(SERVICE_ISSUER)
      .setAudience(AUDIENCE)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(await this.key());
    return { accessToken, expiresIn: exp - iat };
  }

  /** Whether the token claims to be one of ours (unverified: only to choose the key that checks it). */
  issued(token: string): boolean {
    try {
      return decodeJwt(token).iss === SERVICE_ISSUER;
    } catch {
      return false;
    }
  }

  async verify(token: string): Promise<VerifiedToken> {
    let claims: Record<string, unknown>;
    try {
      ({ payload: claims } = await jwtVerify(token, await this.key(), {
        issuer: SERVICE_ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        requiredClaims: ['exp', 'iat', 'client_id'],
        maxTokenAge: this.env.SERVICE_TOKEN_LIFETIME_SECONDS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      }));
    } catch {
      throw new UnauthenticatedError('The bearer token is invalid or expired');
    }
    const credential = await this.credentials.live(String(claims.client_id));
    if (!credential) throw new UnauthenticatedError('The service credential was revoked or has expired');
    return {
      actor: { id: `service:${credential.credentialId}`, organisation: credential.organisation, role: credential.role },
      name: null,
      email: null,
      claims,
      serviceCredentialId: credential.credentialId,
    };
  }

  private key(): Promise<Uint8Array> {
    this.secret ??= this.loadKey().catch((error: unknown) => {
      // Not remembered: the next request tries again (PostgreSQL may be back).
      this.secret = null;
      throw error;
    });
    return this.secret;
  }

  private async loadKey(): Promise<Uint8Array> {
    if (this.postgres) return sharedSigningSecret(this.postgres, SECRET_NAME);
    return fileSecret(this.env.DATA_DIR, SECRET_NAME, 'the service token secret', this.logger);
  }
}
