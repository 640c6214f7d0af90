import { Injectable } from '@nestjs/common';
import {
  CommandPipeline,
  commandEndpoint,
  NotFoundError,
  PersonDirectory,
  Prepared,
  RequestOptions,
  Sender,
  SentRequest,
} from '@samverkan/core';
import { assertReasonDoesNotNamePerson } from './erasure-reason';
import { ErasePerson, erasureDecider, erasureStream } from './person-erasure';

/** An erasure names the person; the organisation they acted for is read from the directory. */
export type ErasureRequest = Omit<ErasePerson, 'metadata' | 'data' | 'reason'> & {
  data: { personId: string };
  reason: string;
};

/**
 * The erasure's way in, over the person directory it reads. The reason is checked here, not by the
 * decider: the name must never reach the command, let alone the event.
 */
export function erasureEndpoint(deps: { persons: PersonDirectory }) {
  return commandEndpoint({
    name: 'personErasure',
    decider: erasureDecider,
    streamOf: (command: ErasePerson) => erasureStream(command.data.personId),
    prepare(request: ErasureRequest, tools): Prepared<ErasePerson> {
      const { personId } = request.data;
      const person = deps.persons.find(personId);
      if (!person) throw new NotFoundError('Person', personId);
      assertReasonDoesNotNamePerson(request.reason, person);
      return {
        command: { ...request, data: { personId, organisation: person.organisation }, metadata: tools.metadata },
      };
    },
  });
}

/**
 * The API and the CLI both erase through here. Records the erasure decision first, then shreds the
 * person's key: if the process dies between the two, the sweep at the next start finishes the
 * erasure from the recorded decision.
 */
@Injectable()
export class PersonErasure {
  private readonly endpoint: ReturnType<typeof erasureEndpoint>;

  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly persons: PersonDirectory,
  ) {
    this.endpoint = erasureEndpoint({ persons });
  }

  async erase(request: ErasureRequest, sender: Sender, options: RequestOptions = {}): Promise<SentRequest> {
    const sent = await this.pipeline.send(this.endpoint, request, sender, options);
    await this.persons.erase(request.data.personId, new Date());
    return sent;
  }
}
