import { EsdbEventStore } from '@samverkan/event-store';
import { runEventStoreContract } from './contract/event-store.contract';
import {
  EventStoreProtocolServer,
  startProtocolServer,
  type ServerVersion,
} from '../../../test/support/esdb/protocol-server';

/**
 * The EventStoreDB adapter against the contract, case for case: always against the in-process
 * protocol server (the real client library over real gRPC), and against a real server when
 * EVENTSTORE_CONNECTION_STRING is set (`npm run test:esdb`, docs/OPERATIONS.md).
 */
function contractOver(connectionString: () => string) {
  return async () => {
    const opened = [EsdbEventStore.connect(connectionString())];
    return {
      store: opened[0],
      reopen: async () => {
        const store = EsdbEventStore.connect(connectionString());
        opened.push(store);
        return store;
      },
      // Each case writes to its own category, so a shared server needs no clearing.
      cleanup: async () => {
        for (const store of opened) await store.close();
      },
    };
  };
}

describe.each<{ version: ServerVersion }>([{ version: '23.10' }, { version: '24.10' }])(
  'over the in-process protocol server as $version',
  ({ version }) => {
    let server: EventStoreProtocolServer;
    beforeAll(async () => (server = await startProtocolServer({ version })));
    afterAll(() => server.close());

    runEventStoreContract(
      `EsdbEventStore (protocol server ${version}, BatchAppend)`,
      contractOver(() => server.connectionString),
    );
  },
);

describe('over the protocol server without BatchAppend (servers before 21.10 and the classic Append)', () => {
  let server: EventStoreProtocolServer;
  beforeAll(async () => (server = await startProtocolServer({ batchAppend: false })));
  afterAll(() => server.close());

  runEventStoreContract(
    'EsdbEventStore (protocol server, Append)',
    contractOver(() => server.connectionString),
  );
});

const real = process.env.EVENTSTORE_CONNECTION_STRING;
if (real) {
  runEventStoreContract(
    'EsdbEventStore (real server)',
    contractOver(() => real),
  );
} else {
  console.info(
    'EventStoreDB contract against a real server skipped: EVENTSTORE_CONNECTION_STRING is not set. ' +
      "Run it with EVENTSTORE_CONNECTION_STRING='esdb://localhost:2113?tls=false' npm run test:esdb",
  );
  describe.skip('EsdbEventStore (real server): set EVENTSTORE_CONNECTION_STRING', () => {
    it('runs the contract against a real EventStoreDB', () => undefined);
  });
}
