import { createPublicKey, KeyObject } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@samverkan/auth';
import { Environment, ENVIRONMENT, EVENT_STORE, InputValidationError } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { AUDIT_RULES } from '../audit.rules';
import { checkDigest, createDigest, IntegrityDigest } from '../integrity/digest';
import { publicKeyPem, sharedSigningKey, sharedTrustedPublicKey } from '../integrity/signing-key';
import { CheckDigestArgs, DigestCheckType, IntegrityDigestFile } from './digest.types';

/** The auditor's digests from the web page, as `cli digest` and `cli verify --digest` make and check them. */
@Resolver()
export class DigestResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  @Query(() => IntegrityDigestFile, {
    description: 'A signed digest of every stream head up to now, refused when a chain is broken (TRAIL_BROKEN).',
  })
  @Roles(Role.AUDITOR)
  async integrityDigest(): Promise<IntegrityDigestFile> {
    // The workspace's one key: in PostgreSQL where the replicas share it, else in DATA_DIR (as `cli digest`).
    const keys = await sharedSigningKey(this.env);
    let digest: IntegrityDigest;
    try {
      digest = await createDigest(this.store, keys, new Date());
    } catch (error) {
      // A digest must not bless damage; an empty store has nothing to sign.
      throw AUDIT_RULES.violation('TRAIL_BROKEN', (error as Error).message);
    }
    return {
      file: `${JSON.stringify(digest, null, 2)}\n`,
      publicKeyPem: publicKeyPem(keys.publicKey),
      root: digest.root,
      position: digest.position,
      events: digest.events,
      streams: digest.streams,
      keyFingerprint: digest.keyFingerprint,
    };
  }

  @Query(() => DigestCheckType, {
    description: "Checks a kept digest against the store, under the key given or the workspace's trusted key.",
  })
  @Roles(Role.AUDITOR)
  async checkIntegrityDigest(@Args() args: CheckDigestArgs): Promise<DigestCheckType> {
    const digest = parsedDigest(args.digest);
    const key = args.publicKey ? parsedKey(args.publicKey) : await this.trustedKey();
    const check = await checkDigest(this.store, digest, key);
    return { ...check, position: String(digest.position) };
  }

  /** The key `cli verify --digest` trusts without --public-key: INTEGRITY_PUBLIC_KEY_FILE, else the workspace's. */
  private async trustedKey(): Promise<KeyObject> {
    try {
      return await sharedTrustedPublicKey(this.env, process.env.INTEGRITY_PUBLIC_KEY_FILE || undefined);
    } catch (error) {
      throw new InputValidationError([{ field: 'publicKey', messages: [(error as Error).message] }]);
    }
  }
}

function parsedDigest(text: string): IntegrityDigest {
  let digest: unknown;
  try {
    digest = JSON.parse(text);
  } catch {
    throw new InputValidationError([{ field: 'digest', messages: ['digest is not a JSON digest file'] }]);
  }
  const d = digest as Partial<IntegrityDigest> | null;
  if (
    !d ||
    typeof d !== 'object' ||
    !Array.isArray(d.heads) ||
    typeof d.position !== 'string' ||
    !/^\d+$/.test(d.position)
  )
    throw new InputValidationError([{ field: 'digest', messages: ['digest lacks its heads or position'] }]);
  return d as IntegrityDigest;
}

function parsedKey(pem: string): KeyObject {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType === 'ed25519') return key;
  } catch {
    // reported below, naming the field
  }
  throw new InputValidationError([
    { field: 'publicKey', messages: ['publicKey must be an Ed25519 public key in PEM'] },
  ]);
}
