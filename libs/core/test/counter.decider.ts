import { randomUUID } from 'node:crypto';
import { Command, Decider, DomainEvent } from '../src/domain/decider';
import { CommandContext } from '../src/pipeline/handle-command';
import { defineRules } from '../src/errors/rules';
import { EventCatalog } from '../src/catalog/event-catalog';
import { handled, stated } from '../src/domain/world-time';
import { ModuleEvents } from '../src/domain/event-catalog';

const COUNTER_RULES = defineRules('counter', { COUNTER_CEILING: 'The counter goes no higher than 10.' });

/** A tiny decider for testing the pipeline itself: a counter with a ceiling. */
export type CounterCommand =
  | Command<'Increment', { by: number; on?: string }>
  | Command<'IncrementEach', { steps: number[] }>
  | Command<'Check', Record<string, never>>
  | Command<'Reset', Record<string, never>>;
export type CounterEvent =
  DomainEvent<'Incremented', { by: number }> | DomainEvent<'CounterReset', Record<string, never>>;

export const counterDecider: Decider<CounterCommand, CounterEvent, number> = {
  initialState: () => 0,
  evolve: (state, event) => (event.type === 'Incremented' ? state + event.data.by : 0),
  decide: (command, state) => {
    if (command.type === 'Reset') return [{ type: 'CounterReset', data: {} }];
    // One event a step: the pipeline's tests need commands that append several events, and none.
    if (command.type === 'IncrementEach')
      return command.data.steps.map((by) => ({ type: 'Incremented', data: { by } }));
    if (command.type === 'Check') return [];
    if (state + command.data.by > 10) throw COUNTER_RULES.violation('COUNTER_CEILING', 'At most 10');
    return [{ type: 'Incremented', data: { by: command.data.by } }];
  },
  // `on` lets the pipeline's tests state when an increment happened in the world.
  worldTimes: { Increment: stated('on'), IncrementEach: handled, Check: handled, Reset: handled },
};

export const counterEvents: ModuleEvents = {
  module: 'counter',
  categories: ['counter'],
  evolvers: { counter: counterDecider },
  definitions: {
    Incremented: { kind: 'action', schemaVersion: 1, summary: (d: { by: number }) => `Räknaren ökade med ${d.by}` },
    CounterReset: { kind: 'decision', schemaVersion: 1, summary: () => 'Räknaren nollställdes' },
  },
};

/** A catalog that knows the counter's events, as the pipeline's tests need. */
export function counterCatalog(): EventCatalog {
  const catalog = new EventCatalog();
  catalog.register(counterEvents);
  return catalog;
}

/** A command's context: the actor's, under a fresh command id, in one correlation. */
export const contextOf = (actor: CommandContext['actor'], extra: Partial<CommandContext> = {}): CommandContext => ({
  actor,
  commandId: randomUUID(),
  correlationId: 'corr-1',
  ...extra,
});
