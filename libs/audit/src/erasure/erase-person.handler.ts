import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandContext, CommandPipeline, CommandResult, EVENT_STORE, NotFoundError, PersonDirectory } from '@samverkan/core';
import type { EventStore } from '@samverkan/event-store';
import { assertReasonDoesNotNamePerson } from './erasure-reason';
import { erasureDecider, erasureStream, PersonErased } from './person-erasure';

export class ErasePersonCommand {
  constructor(
    readonly personId: string,
    readonly reason: string,
    readonly now: Date,
    readonly context: CommandContext,
  ) {}
}

/**
 * The API and the CLI both erase through here. Records the erasure decision first, then shreds the person's key: if the process dies between
 * the two, the sweep at the next start finishes the erasure from the recorded decision.
 */
@CommandHandler(ErasePersonCommand)
export class ErasePersonHandler implements ICommandHandler<ErasePersonCommand, CommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly persons: PersonDirectory,
  ) {}

  async execute({ personId, reason, now, context }: ErasePersonCommand): Promise<CommandResult> {
    const person = this.persons.find(personId);
    if (!person) throw new NotFoundError('Person', personId);
    // Checked here, not by the decider: the name must never reach the command, let alone the event.
    assertReasonDoesNotNamePerson(reason, person);
    const result = await this.pipeline.execute(
      erasureStream(personId),
      erasureDecider,
      { type: 'ErasePerson', data: { personId, organisation: person.organisation }, metadata: { now }, reason },
      context,
    );
    this.persons.erase(personId, now);
    return result;
  }
}

/** At start, erases anyone whose erasure was decided but whose key survived (a crash in between). */
@Injectable()
export class ErasureSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger(ErasureSweep.name);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly persons: PersonDirectory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const decided = await this.store.readAll({ filter: { eventTypes: ['PersonErased'] } });
    let finished = 0;
    for (const event of decided) {
      const { personId } = event.data as PersonErased['data'];
      if (this.persons.erase(personId, event.recordedAt) === 'erased') finished++;
    }
    if (finished > 0) this.logger.warn({ msg: 'finished erasures that were decided but not carried out', count: finished });
  }
}
