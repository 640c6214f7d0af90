import { StoreAccessDeniedError } from '@samverkan/event-store';
import { EventStoreProtocolServer, startProtocolServer } from '../support/esdb/protocol-server';
import { selfSignedCertificate } from '../support/esdb/tls';
import { startTestApp } from '../support/test-app';

/** A secure EventStoreDB node whose user may write its streams but not read $all. */
describe('The workspace connecting as a user who may not read $all', () => {
  let server: EventStoreProtocolServer;

  beforeAll(async () => {
    server = await startProtocolServer({
      tls: selfSignedCertificate(),
      users: { writer: { password: 'secret', groups: [] } },
    });
  });
  afterAll(() => server.close());

  it('does not start, and says which right is missing', async () => {
    const started = startTestApp({
      env: { EVENTSTORE_CONNECTION_STRING: server.connectionStringFor('writer', 'secret') },
    });

    await expect(started).rejects.toBeInstanceOf(StoreAccessDeniedError);
    await expect(started).rejects.toThrow(/\$admins or \$ops/);
  }, 30_000);
});
