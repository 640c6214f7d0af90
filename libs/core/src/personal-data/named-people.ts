import { DomainEvent } from '../domain/decider';
import { PersonDirectory, PersonFields } from './person-directory';

/** A person a command names: the id its events carry, the name and contact the directory keeps. */
export interface NamedPerson {
  id: string;
  fields: PersonFields;
}

/**
 * Writes the people a command named, once its events are in the store. Only the ones its events
 * refer to: a name no event carries would be personal data kept without purpose (issue 20), so a
 * person the decider left out (a refused or dropped participant) is not written either. Returns
 * how many were written, for the pipeline's log (a count, never a name).
 */
export async function writeNamedPeople(
  persons: PersonDirectory,
  people: readonly NamedPerson[] | undefined,
  events: readonly DomainEvent[],
): Promise<number> {
  if (!people?.length || events.length === 0) return 0;
  const carried = JSON.stringify(events.map((e) => e.data));
  let written = 0;
  for (const person of people) {
    if (!carried.includes(JSON.stringify(person.id))) continue;
    await persons.upsert(person.id, person.fields);
    written++;
  }
  return written;
}
