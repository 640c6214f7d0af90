import { randomUUID } from 'node:crypto';
import { DEFAULT_REGIONS } from '../kernel/regions';
import type { Command, DomainEvent } from '../domain/decider';
import type { ModuleEvents } from '../domain/event-catalog';
import type { Actor } from '../envelope/envelope';
import type { CommandEndpoint, RequestOptions, Sender } from '../endpoint/command-endpoint';
import { EndpointDeps, sendRequest, SentRequest } from '../endpoint/send-request';
import type { PersonDirectory } from '../personal-data/person-directory';
import { expectRejection, ExpectedRejection } from './error-matcher';
import { catalogOf, openScratchWorkspace } from './scratch-workspace';

/** Facts already in the store: a stream and its events, in order. */
export interface GivenStream {
  stream: string;
  events: DomainEvent[];
}

/** Someone the person directory already names (e.g. the person an erasure is about). */
export interface GivenPerson {
  id: string;
  name: string;
  organisation: string | null;
}

/**
 * An endpoint, or one built over the store, catalog and directory for the reads `prepare` makes
 * beyond other streams (the audit's report and seal, the person directory).
 */
export type EndpointUnderTest<R, C extends Command, E extends DomainEvent, S> =
  CommandEndpoint<R, C, E, S> | ((deps: Omit<EndpointDeps, 'env'>) => CommandEndpoint<R, C, E, S>);

/** Who sends the request in a test: an actor's role (and forums), or a whole sender. */
export interface TestSender {
  role?: string;
  organisation?: string;
  forums?: string[];
}

/** What a request left behind: the events it appended to its stream and the person directory. */
export interface Outcome {
  sent: SentRequest;
  appended: DomainEvent[];
  persons: PersonDirectory;
}

/**
 * given(streams).when(request, sender).then(events) | .thenThrows(code) | .thenNothingHappened(),
 * after emmett's ApiSpecification: an endpoint against a real SQLite store and person directory,
 * without Nest. Each `when` starts from an empty store with only the given streams in it.
 */
export function endpointSpecification<R, C extends Command, E extends DomainEvent, S>(
  endpoint: EndpointUnderTest<R, C, E, S>,
  modules: readonly ModuleEvents[],
  env: { REGIONS: string[] } = { REGIONS: DEFAULT_REGIONS },
) {
  const catalog = catalogOf(modules);
  return {
    given(streams: GivenStream[] = [], people: GivenPerson[] = []) {
      return {
        when(request: R, by: TestSender = {}, options: RequestOptions = {}) {
          const run = async <T>(
            check: (
              outcome: Promise<Outcome>,
              eventsOf: (stream: string) => Promise<DomainEvent[]>,
              persons: PersonDirectory,
            ) => Promise<T>,
          ) => {
            const deps = openScratchWorkspace(catalog, env);
            const { store, persons } = deps;
            try {
              for (const given of streams)
                await store.append(
                  given.stream,
                  given.events.map((e) => storedForm(e)),
                  { expectedRevision: 'any' },
                );
              for (const { id, ...fields } of people) await persons.upsert(id, fields);
              const resolved = typeof endpoint === 'function' ? endpoint(deps) : endpoint;
              const eventsOf = async (stream: string) =>
                (await store.readStream(stream)).map((e) => ({ type: e.type, data: catalog.currentData(e) }));
              const outcome = (async (): Promise<Outcome> => {
                const result = await sendRequest(deps, resolved, request, senderOf(by), options);
                const appended = result.replayed
                  ? []
                  : (await eventsOf(result.stream)).slice(result.revision + 1 - result.events.length);
                return { sent: result, appended, persons };
              })();
              return await check(outcome, eventsOf, persons);
            } finally {
              await deps.close();
            }
          };
          return {
            /** The request appended exactly these events (type and data); returns the outcome for more checks. */
            then: (expected: E[], more?: (outcome: Outcome) => void) =>
              run(async (outcome) => {
                const done = await outcome;
                expect(done.appended).toEqual(expected);
                more?.(done);
              }),
            /** The request was refused with this error, and the store and person directory are as they were (the given people only). */
            thenThrows: (code: string, detail?: ExpectedRejection) =>
              run(async (outcome, eventsOf, persons) => {
                const error = await outcome.then(
                  () => undefined,
                  (e: unknown) => e,
                );
                expectRejection(error, code, detail);
                for (const given of streams) expect(await eventsOf(given.stream)).toHaveLength(given.events.length);
                expect(persons.count()).toBe(people.length);
              }),
            /** The request was accepted and changed nothing (e.g. it repeats what is already so). */
            thenNothingHappened: () =>
              run(async (outcome) => {
                const done = await outcome;
                expect(done.sent.events).toEqual([]);
                expect(done.appended).toEqual([]);
              }),
          };
        },
      };
    },
  };
}

function senderOf(by: TestSender): Sender {
  const actor: Actor = {
    id: `test-${(by.role ?? 'STEERING_GROUP').toLowerCase()}`,
    organisation: by.organisation ?? 'FK',
    role: by.role ?? 'STEERING_GROUP',
  };
  return { actor, correlationId: randomUUID(), forums: by.forums ?? [] };
}

function storedForm(event: DomainEvent) {
  return {
    id: randomUUID(),
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      actor: { id: 'given', organisation: 'FK', role: 'STEERING_GROUP' },
      commandId: randomUUID(),
      given: true,
    },
  };
}
