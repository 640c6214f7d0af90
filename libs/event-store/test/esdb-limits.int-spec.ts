import { AppendTooLargeError, copyEvents, EsdbEventStore, SqliteEventStore } from '@samverkan/event-store';
import { ids, newEvent, newStream, rejectionOf } from './contract/contract-helpers';
import { EventStoreProtocolServer, startProtocolServer } from '../../../test/support/esdb/protocol-server';

/** A server whose MaxAppendSize is below the adapters' shared 1 MiB: 1,000 bytes of data per append. */
describe('EsdbEventStore and copyEvents against a server with a small MaxAppendSize', () => {
  let server: EventStoreProtocolServer;
  let target: EsdbEventStore;
  let source: SqliteEventStore;
  // JSON.stringify of a string of n characters is n + 2 bytes.
  const sized = (bytes: number) => newEvent('Sized', 'x'.repeat(bytes - 2));

  beforeEach(async () => {
    server = await startProtocolServer({ maxAppendSize: 1_000 });
    target = EsdbEventStore.connect(server.connectionString);
    source = SqliteEventStore.open(':memory:');
  });
  afterEach(async () => {
    await target.close();
    await source.close();
    await server.close();
  });

  it('given an append over the server limit, then AppendTooLargeError with the limit, and nothing is stored', async () => {
    const stream = newStream();
    const error = await rejectionOf(target.append(stream, [sized(600), sized(600)]));

    expect(error).toBeInstanceOf(AppendTooLargeError);
    expect(error).toMatchObject({ stream, maxBytes: 1_000 });
    expect(await target.readStream(stream)).toEqual([]);
  });

  it('given a long stream, when copied, then it goes in appends the server accepts, revisions and order kept', async () => {
    const stream = newStream();
    const events = Array.from({ length: 12 }, () => sized(300));
    await source.append(stream, events);

    const result = await copyEvents(source, target);

    expect(result).toEqual({ copied: 12, alreadyThere: 0 });
    const copied = await target.readStream(stream);
    expect(ids(copied)).toEqual(ids(events));
    expect(copied.map((event) => event.revision)).toEqual(events.map((_, index) => index));
  });

  it('given an event larger than the server takes alone, then the copy stops naming it, and a rerun resumes without repeats', async () => {
    const stream = newStream();
    const before = [sized(300), sized(300), sized(300)];
    const huge = sized(2_000);
    await source.append(stream, [...before, huge, sized(300)]);

    const first = await rejectionOf(copyEvents(source, target));
    const again = await rejectionOf(copyEvents(source, target));

    expect((first as Error).message).toMatch(
      new RegExp(`Cannot copy ${stream}: its event at revision 3 \\(${huge.id}\\)`),
    );
    expect((again as Error).message).toBe((first as Error).message);
    expect(ids(await target.readStream(stream))).toEqual(ids(before));
  });
});
