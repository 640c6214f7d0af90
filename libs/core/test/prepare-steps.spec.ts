import { loadExisting } from '../src/endpoint/existing-entity';
import { NotFoundError } from '../src/errors/domain-errors';
import { PrepareTools } from '../src/endpoint/command-endpoint';
import { steps } from '../src/endpoint/prepare-steps';

/** Half past midnight in Stockholm on 21 March, still the 20th in UTC. */
const metadata = { now: new Date('2025-03-20T23:30:00Z') };
const tools = { metadata, commandId: 'c-1' } as PrepareTools;

type Hold = { type: 'Hold'; data: { meetingId: string; heldOn: string }; metadata: typeof metadata };
type Cancel = { type: 'Cancel'; data: { meetingId: string }; metadata: typeof metadata };
type Plan = { type: 'Plan'; data: { meetingId: string; title: string }; metadata: typeof metadata };
type Request =
  | { type: 'Hold'; data: { meetingId: string; heldOn?: string } }
  | { type: 'Cancel'; data: { meetingId: string } }
  | { type: 'Plan'; data: { title: string } };

const prepare = steps.byType<Request, Hold | Cancel | Plan>({
  Hold: steps.dated('heldOn'),
  Cancel: steps.plain,
  Plan: (request, t) => ({ command: steps.command(request, { ...request.data, meetingId: `m-${t.commandId}` }, t) }),
});

describe('Preparing by request type', () => {
  it('hands each request to the step of its type', async () => {
    expect(await prepare({ type: 'Cancel', data: { meetingId: 'm-1' } }, tools)).toEqual({
      command: { type: 'Cancel', data: { meetingId: 'm-1' }, metadata },
    });
    expect(await prepare({ type: 'Plan', data: { title: 'Vår' } }, tools)).toEqual({
      command: { type: 'Plan', data: { title: 'Vår', meetingId: 'm-c-1' }, metadata },
    });
  });

  it('dates a dated request the Stockholm day it is handled, unless it states a day', async () => {
    expect((await prepare({ type: 'Hold', data: { meetingId: 'm-1' } }, tools)).command.data).toEqual({
      meetingId: 'm-1',
      heldOn: '2025-03-21',
    });
    const stated = await prepare({ type: 'Hold', data: { meetingId: 'm-1', heldOn: '2025-03-01' } }, tools);
    expect(stated.command.data).toEqual({ meetingId: 'm-1', heldOn: '2025-03-01' });
  });
});

describe('Loading an entity that must exist', () => {
  type State = { status: 'NONE' } | { status: 'OPEN'; name: string };
  const decider = { initialState: (): State => ({ status: 'NONE' }), evolve: (s: State) => s };
  const loading = (state: State) =>
    ({ load: async () => ({ state, revision: 0 }) }) as unknown as Pick<PrepareTools, 'load'>;

  it('gives the state once the entity has left its initial status', async () =>
    expect(
      await loadExisting(loading({ status: 'OPEN', name: 'a' }), 's-1', decider, { entity: 'Forum', id: '1' }),
    ).toEqual({ status: 'OPEN', name: 'a' }));

  it('is NOT_FOUND, naming the entity, while the stream is at its initial status', async () => {
    const missing = loadExisting(loading({ status: 'NONE' }), 's-1', decider, { entity: 'Forum', id: '1' });
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing).rejects.toMatchObject({ code: 'FORUM_NOT_FOUND', message: 'Forum 1 was not found' });
  });
});
