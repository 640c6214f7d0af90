import { QueryBus } from '@nestjs/cqrs';
import { Sender } from '../endpoint/command-endpoint';
import { SentRequest } from '../endpoint/send-request';
import { CommandPipeline } from '../nest/command-pipeline.service';
import { PersonDirectory } from '../personal-data/person-directory';
import { CommandResolverOf } from './command-resolver';

type Rename = { type: 'Rename'; data: { id: string } };
const endpoint = { name: 'names', prepare: () => ({ command: {} as never }) };
const sent: SentRequest = {
  stream: 'name-1-b',
  revision: 2,
  position: 7n,
  replayed: false,
  events: [],
  commandId: 'k',
  peopleNamed: 0,
};

class Names extends CommandResolverOf<Rename>(endpoint) {
  protected async shown(id: string, { actor }: Sender) {
    return { name: `${id}, for ${actor.id}` };
  }
}

describe('CommandResolverOf', () => {
  it('sends a request to its endpoint and answers with the write and what it shows of the stream’s entity after it', async () => {
    const calls: unknown[][] = [];
    const pipeline = { send: async (...args: unknown[]) => (calls.push(args), sent) } as unknown as CommandPipeline;
    const names = new Names(pipeline, {} as QueryBus, {} as PersonDirectory);
    const sender = {
      actor: { id: 'a', organisation: 'FK', role: 'AUDITOR' },
      correlationId: 'c',
      forums: [],
    } as Sender;
    const request: Rename = { type: 'Rename', data: { id: '1' } };

    await expect(names.send(request, sender, { commandId: 'k' })).resolves.toEqual({
      stream: 'name-1-b',
      revision: 2,
      position: '7',
      replayed: false,
      commandId: 'k',
      name: '1-b, for a',
    });
    expect(calls).toEqual([[endpoint, request, sender, { commandId: 'k' }]]);
  });
});
