import * as audit from '@samverkan/audit';
import * as auth from '@samverkan/auth';
import { EventCatalog, ModuleEvents } from '@samverkan/core';
import * as dialogue from '@samverkan/dialogue';
import * as forums from '@samverkan/forums';
import * as knowledge from '@samverkan/knowledge';
import * as momentum from '@samverkan/momentum';
import * as oversight from '@samverkan/oversight';
import * as plan from '@samverkan/plan';
import * as supervision from '@samverkan/supervision';
import * as tips from '@samverkan/tips';

/**
 * Time travel and the trail's "as it stood" read an entity through the evolver its module registers
 * for the stream's category. Nothing else uses the registry, so a module that registered none (or the
 * wrong fold) would pass every command test and only fail an auditor later (issue 29).
 */
const LIBS = { audit, auth, dialogue, forums, knowledge, momentum, oversight, plan, supervision, tips };
const exported = Object.entries(LIBS).flatMap(([lib, exports]) =>
  Object.entries(exports as Record<string, unknown>).map(([name, value]) => ({ lib, name, value })),
);
const isModuleEvents = (value: unknown): value is ModuleEvents =>
  typeof value === 'object' && value !== null && 'module' in value && 'categories' in value && 'definitions' in value;
const isEndpoint = (value: unknown): value is { name: string; decider: object; streamOf: unknown; prepare: unknown } =>
  typeof value === 'object' && value !== null && 'decider' in value && 'streamOf' in value && 'prepare' in value;

const moduleEvents = exported.filter((e) => isModuleEvents(e.value)).map((e) => e.value as ModuleEvents);
// The audit's endpoints are made for the trail or person directory they read when they prepare;
// their decider is there from the start.
const nothing = {} as never;
const made = [
  { lib: 'audit', name: 'erasureEndpoint', value: audit.erasureEndpoint(nothing) },
  { lib: 'audit', name: 'sealEndpoint', value: audit.sealEndpoint(nothing) },
  { lib: 'audit', name: 'participantMonthEndpoint', value: audit.participantMonthEndpoint(nothing) },
];
const endpoints = [...exported, ...made].flatMap(({ lib, name, value }) =>
  isEndpoint(value) ? [{ lib, name, value }] : [],
);
const catalog = new EventCatalog();
for (const events of moduleEvents) catalog.register(events);

describe('The registry of evolvers', () => {
  it('is read from every module that writes events', () => {
    expect(moduleEvents.map((m) => m.module).sort()).toEqual([
      'access',
      'dialogue',
      'forums',
      'knowledge',
      'momentum',
      'oversight',
      'plan',
      'privacy',
      'reporting',
      'supervision',
      'tips',
    ]);
    expect(endpoints).toHaveLength(19);
  });

  it.each(moduleEvents.map((m) => [m.module, m] as const))('has a fold for every category of %s', (_module, events) => {
    expect(Object.keys(events.evolvers ?? {}).sort()).toEqual([...events.categories].sort());
  });

  it.each(endpoints.map((e) => [`${e.lib}.${e.name}`, e.value] as const))(
    'folds the streams of %s with the decider that writes them',
    (_name, endpoint) => {
      const registered = moduleEvents.flatMap((m) => Object.entries(m.evolvers ?? {}));
      const categories = registered.filter(([, evolver]) => evolver === endpoint.decider).map(([category]) => category);
      expect(categories).toHaveLength(1);
      expect(catalog.evolverOf(`${categories[0]}-any-id`)).toBe(endpoint.decider);
    },
  );
});
