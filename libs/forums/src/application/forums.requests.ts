import { Command, entityIdFor, NamedPerson, PersonFields } from '@samverkan/core';

/** A request of a command whose listed fields the sender may leave out: the endpoint fills them. */
export type RequestLeaving<C extends Command, K extends keyof C['data']> = Omit<C, 'metadata' | 'data'> & {
  data: Omit<C['data'], K> & Partial<Pick<C['data'], K>>;
};

/**
 * A person a request names, by an id derived from the command id and the person's part in it, so
 * a retry names the same entry; the endpoint returns them as `people`, written after the append.
 */
export function namedPerson(commandId: string, part: string, fields: PersonFields): NamedPerson {
  return { id: `person-${entityIdFor(commandId, part)}`, fields };
}

/** The id of a meeting planned by the command: the meeting endpoint mints it so, the demo reads it so. */
export const meetingIdFor = (commandId: string): string => entityIdFor(commandId);

/** The id of a joint action agreed by the command. */
export const jointActionIdFor = (commandId: string): string => entityIdFor(commandId);
