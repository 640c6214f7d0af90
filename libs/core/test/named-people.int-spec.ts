import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@samverkan/event-store';
import { Command, Decider, DomainEvent } from '../src/domain/decider';
import { CommandContext, handleCommand } from '../src/pipeline/handle-command';
import { CommandPipeline } from '../src/nest/command-pipeline.service';
import { ConcurrencyConflict } from '../src/errors/domain-errors';
import { defineRules } from '../src/errors/rules';
import { EventCatalog } from '../src/catalog/event-catalog';
import { handled } from '../src/domain/world-time';
import { ModuleEvents } from '../src/domain/event-catalog';
import { NamedPerson } from '../src/personal-data/named-people';
import { SqlitePersonDirectory } from '../src/personal-data/sqlite-person-directory';
import { ProjectionRunner } from '../src/projections/projection-runner';
import { validateEnvironment } from '../src/config/environment';

/** A roster that names people by id: at most three, each once, with an optional note. */
const ROSTER_RULES = defineRules('roster', { ROSTER_FULL: 'A roster names at most three people.' });
type NameCommand = Command<'NamePeople', { personIds: string[]; note?: string }>;
type NamedEvent = DomainEvent<'PeopleNamed', { personIds: string[]; note?: string }>;
const rosterDecider: Decider<NameCommand, NamedEvent, string[]> = {
  initialState: () => [],
  evolve: (state, event) => [...state, ...event.data.personIds],
  decide: (command, state) => {
    const fresh = command.data.personIds.filter((id) => !state.includes(id));
    if (fresh.length === 0) return [];
    if (state.length + fresh.length > 3) throw ROSTER_RULES.violation('ROSTER_FULL', 'At most three');
    return [
      { type: 'PeopleNamed', data: { personIds: fresh, ...(command.data.note ? { note: command.data.note } : {}) } },
    ];
  },
  worldTimes: { NamePeople: handled },
};
const rosterEvents: ModuleEvents = {
  module: 'roster',
  categories: ['roster'],
  definitions: { PeopleNamed: { kind: 'action', schemaVersion: 1, summary: () => 'Personer namngavs' } },
};

const now = new Date('2025-03-20T10:00:00Z');
const actor = { id: 'dev-forum-coordinator', organisation: 'FK', role: 'FORUM_COORDINATOR' };
const person = (name: string): NamedPerson => ({ id: `person-${randomUUID()}`, fields: { name, organisation: 'AV' } });

describe('The command pipeline and the people a command names', () => {
  let dir: string;
  let store: SqliteEventStore;
  let persons: SqlitePersonDirectory;
  let pipeline: CommandPipeline;
  const catalog = new EventCatalog();
  catalog.register(rosterEvents);
  const runner = { waitFor: async () => undefined } as unknown as ProjectionRunner;
  const name = (people: NamedPerson[], extra: Partial<CommandContext> & { note?: string; ids?: string[] } = {}) => {
    const { note, ids, ...context } = extra;
    const command: NameCommand = {
      type: 'NamePeople',
      data: { personIds: ids ?? people.map((p) => p.id), ...(note ? { note } : {}) },
      metadata: { now },
    };
    return pipeline.execute('roster-1', rosterDecider, command, {
      actor,
      commandId: randomUUID(),
      correlationId: 'corr-1',
      people,
      ...context,
    });
  };
  const names = (people: NamedPerson[]) => people.map((p) => persons.find(p.id)?.name ?? null);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-named-people-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    persons = new SqlitePersonDirectory(join(dir, 'personal-data.sqlite'));
    pipeline = new CommandPipeline(
      store,
      catalog,
      runner,
      validateEnvironment({ DATA_DIR: dir, NODE_ENV: 'test' }),
      persons,
    );
  });
  afterEach(async () => {
    persons.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the named people once their event is in the store', async () => {
    const people = [person('Greta Gran'), person('Harald Hed')];
    await name(people);
    expect(await store.readStream('roster-1')).toHaveLength(1);
    expect(names(people)).toEqual(['Greta Gran', 'Harald Hed']);
  });

  it('writes none of them when a domain rule refuses the command', async () => {
    await name([person('Anna A'), person('Bo B')]);
    const refused = [person('Cecilia C'), person('David D')];
    await expect(name(refused)).rejects.toMatchObject({ code: 'ROSTER_FULL' });
    expect(names(refused)).toEqual([null, null]);
    expect(persons.search('Cecilia')).toEqual([]);
  });

  it('writes none of them on a concurrency conflict', async () => {
    await name([person('Anna A')]);
    const refused = [person('Cecilia C')];
    await expect(name(refused, { expectedRevision: -1 })).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(names(refused)).toEqual([null]);
  });

  it('writes none of them when the command carries a personal identity number', async () => {
    const refused = [person('Cecilia C')];
    await expect(name(refused, { note: 'Gäst 811218-9876' })).rejects.toMatchObject({
      code: 'PERSONAL_IDENTITY_NUMBER_IN_TEXT',
    });
    expect(await store.readStream('roster-1')).toHaveLength(0);
    expect(names(refused)).toEqual([null]);
  });

  it('writes none of them when the command appended nothing', async () => {
    const [anna] = [person('Anna A')];
    await name([anna]);
    const renamed = { id: anna.id, fields: { name: 'Anna Ändrad' } };
    await expect(name([renamed])).resolves.toMatchObject({ replayed: false, events: [] });
    expect(names([anna])).toEqual(['Anna A']);
  });

  it('writes only the people its events carry', async () => {
    const [kept, dropped] = [person('Kvar K'), person('Utelämnad U')];
    await name([kept, dropped], { ids: [kept.id] });
    expect(names([kept, dropped])).toEqual(['Kvar K', null]);
  });

  it('writes them on a replay, as after a crash between the append and the write', async () => {
    const people = [person('Greta Gran')];
    const commandId = randomUUID();
    const command: NameCommand = {
      type: 'NamePeople',
      data: { personIds: people.map((p) => p.id) },
      metadata: { now },
    };
    // The append alone, as a process that stopped before it reached the person directory.
    await handleCommand({ store, catalog }, 'roster-1', rosterDecider, command, {
      actor,
      commandId,
      correlationId: 'corr-1',
      people,
    });
    expect(names(people)).toEqual([null]);
    await expect(name(people, { commandId })).resolves.toMatchObject({ replayed: true });
    expect(names(people)).toEqual(['Greta Gran']);
    expect(await store.readStream('roster-1')).toHaveLength(1);
  });

  it('keeps the people out of the stored envelope', async () => {
    await name([person('Greta Gran')]);
    const [event] = await store.readStream('roster-1');
    expect(JSON.stringify([event.data, event.metadata])).not.toContain('Greta');
  });
});
