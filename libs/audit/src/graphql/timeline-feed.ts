import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventEmitter } from 'node:events';
import { PubSub } from 'graphql-subscriptions';
import { ProjectionRunner, ReadModelDb } from '@samverkan/core';
import { TimelineRow, timelineRowsBetween } from '../read-model/timeline.query';

const TIMELINE_APPENDED = 'timelineAppended';

/**
 * Publishes each new timeline row once the read model committed it. In-process: each API replica
 * publishes what its own projections applied, which is every event, since each follows $all.
 * With no one listening it reads nothing, so catch-up and rebuilds pay nothing for it.
 */
@Injectable()
export class TimelineFeed implements OnModuleInit, OnModuleDestroy {
  // One listener per open subscription, each removed when its subscriber goes: more than Node's
  // default of ten is a team watching the timeline, not a leak (sockets × MAX_OPERATIONS_PER_SOCKET).
  private readonly pubSub = new PubSub<{ [TIMELINE_APPENDED]: TimelineRow }>({
    eventEmitter: new EventEmitter().setMaxListeners(0),
  });
  private listening = 0;
  private stop: (() => void) | null = null;

  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(ReadModelDb) private readonly readModels: ReadModelDb,
  ) {}

  onModuleInit(): void {
    this.stop = this.runner.onApplied((events) => {
      if (this.listening === 0 || events.length === 0) return;
      for (const row of timelineRowsBetween(
        this.readModels.db,
        events[0].position,
        events[events.length - 1].position,
      )) {
        void this.pubSub.publish(TIMELINE_APPENDED, row);
      }
    });
  }

  onModuleDestroy(): void {
    this.stop?.();
  }

  /** New rows from now on, until the subscriber goes away. */
  rows(): AsyncIterableIterator<TimelineRow> {
    const iterator = this.pubSub.asyncIterableIterator<TimelineRow>(TIMELINE_APPENDED);
    this.listening++;
    let open = true;
    const close = () => {
      if (open) this.listening--;
      open = false;
    };
    const original = iterator.return?.bind(iterator);
    iterator.return = () => {
      close();
      return original ? original() : Promise.resolve({ value: undefined, done: true });
    };
    return iterator;
  }
}
