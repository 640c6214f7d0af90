import { Actor, PersonDirectory } from '@samverkan/core';
import { devPerson, Role } from './roles';

/**
 * The dev-token person of a role as the actor of demo commands, with their name in the person
 * directory, so demo data reads as done by the people whose tokens the server generated.
 */
export function devActor(persons: PersonDirectory, role: Role): Actor {
  const person = devPerson(role);
  persons.remember(person.id, { name: person.name, organisation: person.organisation });
  return { id: person.id, organisation: person.organisation, role };
}
