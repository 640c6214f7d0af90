import { QueryBus } from '@nestjs/cqrs';
import { Sender } from '../endpoint/command-endpoint';
import { SentRequest } from '../endpoint/send-request';
import { CommandPipeline } from '../nest/command-pipeline.service';
import { ByIdsQuery } from '../nest/read-model-queries';
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

class GetNamesQuery extends ByIdsQuery<{ id: string }[]> {}

class Names extends CommandResolverOf<Rename>(endpoint) {
  protected async shown(id: string, { actor }: Sender) {
    return { name: `${id}, for ${actor.id}` };
  }

  named(id: string) {
    return this.found(GetNamesQuery, 'Name', id);
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

  it('reads one row by id through the query bus, and answers not found naming the entity and id when there is none', async () => {
    const asked: unknown[] = [];
    const queries = {
      execute: async (query: GetNamesQuery) => (
        asked.push(query),
        query.ids.filter((id) => id === '1').map((id) => ({ id }))
      ),
    } as unknown as QueryBus;
    const names = new Names({} as CommandPipeline, queries, {} as PersonDirectory);
    await expect(names.named('1')).resolves.toEqual({ id: '1' });
    expect(asked).toEqual([new GetNamesQuery(['1'])]);
    await expect(names.named('2')).rejects.toMatchObject({ code: 'NAME_NOT_FOUND', entity: 'Name', id: '2' });
  });
});
