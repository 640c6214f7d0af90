import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EVENT_STORE } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { sealRootHolds } from '../sealing/esf-amendments';
import { EsfReportAmendments } from './sealing.types';

/** The amendments as the query answers them; the walk of the trail is resolved only when asked. */
export type ComparedAmendments = Omit<EsfReportAmendments, 'holds' | 'rootHolds'>;

/**
 * Whether the trail up to a seal holds walks every event before the seal, while the comparison
 * reads Momentum's modules only: a client that shows the rows first asks for the check apart
 * (the audit desk does), and one query asking both fields walks once.
 */
@Resolver(() => EsfReportAmendments)
export class SealChecksResolver {
  private readonly walks = new WeakMap<object, Promise<boolean>>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  private rootOf(a: ComparedAmendments): Promise<boolean> {
    let walk = this.walks.get(a);
    if (!walk) {
      walk = sealRootHolds(this.store, { position: BigInt(a.seal.position), integrityRoot: a.seal.integrityRoot });
      this.walks.set(a, walk);
    }
    return walk;
  }

  @ResolveField(() => Boolean, { description: 'The integrity root at the sealed position is the sealed one.' })
  rootHolds(@Parent() a: ComparedAmendments): Promise<boolean> {
    return this.rootOf(a);
  }

  @ResolveField(() => Boolean, {
    description: 'False means the trail up to the seal was altered: see contentHolds and rootHolds.',
  })
  async holds(@Parent() a: ComparedAmendments): Promise<boolean> {
    return a.contentHolds && (await this.rootOf(a));
  }
}
