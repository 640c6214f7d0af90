import { Inject, Injectable } from '@nestjs/common';
import { EventCatalog, EVENT_STORE, loadState } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { clientSecretMatches, hashClientSecret, newClientSecret } from './client-secret';
import { isLive, LiveCredential, serviceCredentialDecider, serviceCredentialStream } from './domain/service-credential';

/**
 * A credential's current state, read from its stream in the store on every call: the store is the
 * one thing every replica shares and sees at once, where a replica's read model may still be
 * catching up. So a revocation answered by one replica is refused by all from then on.
 */
@Injectable()
export class ServiceCredentials {
  private standInHash: Promise<string> | null = null;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
  ) {}

  /** The credential when it admits requests now (issued, not revoked, not expired), else null. */
  async live(credentialId: string, now = new Date()): Promise<LiveCredential | null> {
    // A client id is ours only if it is a stream id: refuse anything else without reading.
    if (!/^[\w-]{1,100}$/.test(credentialId)) return null;
    const { state } = await loadState(
      { store: this.store, catalog: this.catalog },
      serviceCredentialStream(credentialId),
      serviceCredentialDecider,
    );
    return isLive(state, now) ? state : null;
  }

  /**
   * The live credential whose client secret this is, else null (unknown, revoked, expired or wrong
   * secret alike). The secret is hashed either way, so the time taken does not tell an unknown or
   * revoked client from a wrong secret.
   */
  async authenticate(clientId: string, clientSecret: string): Promise<LiveCredential | null> {
    const credential = await this.live(clientId);
    const matches = await clientSecretMatches(clientSecret, credential?.secretHash ?? (await this.standIn()));
    return credential && matches ? credential : null;
  }

  /** A hash of no one's secret, made once, to compare against when there is no credential. */
  private standIn(): Promise<string> {
    return (this.standInHash ??= hashClientSecret(newClientSecret()));
  }
}
