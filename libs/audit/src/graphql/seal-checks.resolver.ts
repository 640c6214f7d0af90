import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EVENT_STORE, EventCatalog, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { EsfReadModel } from '../esf/esf-reading';
import { EsfSealHashes, sealHashes, sealRootHolds } from '../sealing/esf-amendments';
import type { SealView } from '../sealing/esf-seals';
import { EsfReportAmendments } from './sealing.types';

/** The seal as recorded, kept on the answer for the checks (not a field). */
export const SEAL = Symbol('seal');

/** The amendments as the query answers them; the checks are resolved only when asked. */
export type ComparedAmendments = Omit<
  EsfReportAmendments,
  'holds' | 'rootHolds' | 'contentHolds' | 'recomputedHash' | 'currentHash'
> & { [SEAL]: SealView };

/**
 * The checks of a seal read far more than its amendments: the fingerprints recompute the sealed
 * period's whole report as of the seal and now, and the root walks every event before the seal.
 * So each is resolved only when asked (the audit desk asks them apart from the rows, which show
 * first), and once per answer however many of these fields a query asks.
 */
@Resolver(() => EsfReportAmendments)
export class SealChecksResolver {
  private readonly hashes = new WeakMap<object, Promise<EsfSealHashes>>();
  private readonly walks = new WeakMap<object, Promise<boolean>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
    private readonly esf: EsfReadModel,
  ) {}

  private hashesOf(a: ComparedAmendments): Promise<EsfSealHashes> {
    let found = this.hashes.get(a);
    if (!found) {
      const deps = { store: this.store, catalog: this.catalog, persons: this.persons };
      found = sealHashes(deps, a[SEAL], () => this.esf.reading());
      this.hashes.set(a, found);
    }
    return found;
  }

  private rootOf(a: ComparedAmendments): Promise<boolean> {
    let walk = this.walks.get(a);
    if (!walk) {
      walk = sealRootHolds(this.store, a[SEAL]);
      this.walks.set(a, walk);
    }
    return walk;
  }

  @ResolveField(() => Boolean, {
    description: 'The report recomputed as of the sealed position hashes to the sealed hash.',
  })
  async contentHolds(@Parent() a: ComparedAmendments): Promise<boolean> {
    return (await this.hashesOf(a)).contentHolds;
  }

  @ResolveField(() => String)
  async recomputedHash(@Parent() a: ComparedAmendments): Promise<string> {
    return (await this.hashesOf(a)).recomputedHash;
  }

  @ResolveField(() => String)
  async currentHash(@Parent() a: ComparedAmendments): Promise<string> {
    return (await this.hashesOf(a)).currentHash;
  }

  @ResolveField(() => Boolean, { description: 'The integrity root at the sealed position is the sealed one.' })
  rootHolds(@Parent() a: ComparedAmendments): Promise<boolean> {
    return this.rootOf(a);
  }

  @ResolveField(() => Boolean, {
    description: 'False means the trail up to the seal was altered: see contentHolds and rootHolds.',
  })
  async holds(@Parent() a: ComparedAmendments): Promise<boolean> {
    return (await this.hashesOf(a)).contentHolds && (await this.rootOf(a));
  }
}
