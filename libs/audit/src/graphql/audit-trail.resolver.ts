import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { ContentAccess, CurrentActor, Role, Roles } from '@samverkan/auth';
import { Actor, EVENT_STORE, EventCatalog, EventMetadata, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { walkChains } from '../integrity/chain-walker';
import { entityAsOf, stringsIn } from '../time-travel/entity-as-of';
import {
  AsOfClockEnum,
  EntityAsOfArgs,
  EntityStateType,
  IntegrityReportType,
  ReferencedPerson,
} from './audit-trail.types';

@Resolver()
export class AuditTrailResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalog: EventCatalog,
    private readonly persons: PersonDirectory,
    private readonly access: ContentAccess,
  ) {}

  @Query(() => EntityStateType, { description: 'Any entity of any module as it was at a moment or revision.' })
  @Roles(Role.AUDITOR, Role.STEERING_GROUP)
  async entityAsOf(@Args() args: EntityAsOfArgs, @CurrentActor() actor: Actor): Promise<EntityStateType> {
    const found = await entityAsOf(this.store, this.catalog, args.stream, {
      revision: args.revision,
      at: args.at,
      clock: args.clock === AsOfClockEnum.OCCURRED ? 'occurred' : 'recorded',
    });
    const actors = new Map(
      found.events.map((e) => [
        (e.metadata as Partial<EventMetadata>).actor?.id ?? '',
        (e.metadata as Partial<EventMetadata>).actor,
      ]),
    );
    actors.delete('');
    // Who acted and when stays visible; what the entity holds only to those who may read its module.
    const readable = this.access.mayRead(actor.role, found.stream);
    return {
      ...found,
      clock: found.clock === 'occurred' ? AsOfClockEnum.OCCURRED : AsOfClockEnum.RECORDED,
      state: readable ? found.state : null,
      contentHidden: !readable,
      position: found.position?.toString() ?? null,
      people: readable ? this.peopleIn(found.state) : [],
      actors: [...actors.values()].map((a) => ({
        id: a!.id,
        name: this.persons.displayName(a!.id),
        organisation: a!.organisation,
        role: a!.role,
      })),
    };
  }

  @Query(() => IntegrityReportType, { description: "Walks every stream's hash chain and names the first broken link." })
  @Roles(Role.AUDITOR)
  async verifyIntegrity(): Promise<IntegrityReportType> {
    const report = await walkChains(this.store);
    const b = report.firstBroken;
    return {
      holds: b === null,
      streamsChecked: report.streamsChecked,
      eventsChecked: report.eventsChecked,
      checkedUpTo: report.checkedUpTo?.toString() ?? null,
      brokenLinks: report.brokenLinks,
      firstBroken: b ? { ...b, position: b.position?.toString() ?? null } : null,
    };
  }

  /** The person ids a state holds are found by asking the directory about its strings. */
  private peopleIn(state: unknown): ReferencedPerson[] {
    const people: ReferencedPerson[] = [];
    for (const value of stringsIn(state)) {
      if (value.length > 200 || /\s/.test(value)) continue;
      const person = this.persons.find(value);
      if (person)
        people.push({
          id: person.id,
          name: person.erasedAt ? 'raderad' : person.name,
          organisation: person.organisation,
          erased: !!person.erasedAt,
        });
    }
    return people;
  }
}
