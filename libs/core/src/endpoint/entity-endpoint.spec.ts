import { Command, entityDecider, streamOfCategory } from '../domain';
import { entityEndpoint } from './entity-endpoint';
import { steps } from './prepare-steps';

type Rename = Command<'Rename', { thingId: string; name: string }>;

describe('entityEndpoint', () => {
  const decider = entityDecider<Rename, { type: 'Renamed'; data: object }, { status: 'ON' }>(
    (state) => state,
    () => [],
    { Rename: () => undefined } as never,
  );
  const endpoint = entityEndpoint(decider, streamOfCategory('thing'), 'thingId').byType<Omit<Rename, 'metadata'>>({
    Rename: steps.plain,
  });

  it('is named after its stream category and acts on the stream of the id its commands carry', () => {
    expect(endpoint.name).toBe('thing');
    expect(
      endpoint.streamOf({ type: 'Rename', data: { thingId: 't1', name: 'x' }, metadata: { now: new Date() } }),
    ).toBe('thing-t1');
  });
});
