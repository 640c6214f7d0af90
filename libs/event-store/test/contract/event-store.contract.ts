import { appendCases } from './append.cases';
import { concurrencyCases } from './concurrency.cases';
import { ContractContext, ContractFixture, CreateStore } from './contract-helpers';
import { lifecycleCases } from './lifecycle.cases';
import { readCases } from './read.cases';
import { subscriptionCases } from './subscription.cases';

export type { ContractFixture, CreateStore } from './contract-helpers';

/**
 * Defines the event store contract (jest describe/it blocks) for one adapter. Every adapter runs
 * these very cases, so they use only the port and assume nothing of the store's prior content:
 * each test writes to its own fresh category (`contractTest<hex>-…`) and reads $all through a
 * filter on it, or from the head position it saw first.
 *
 * @param adapterName shown in the test names.
 * @param createStore called before each test; its `cleanup` after it.
 */
export function runEventStoreContract(adapterName: string, createStore: CreateStore): void {
  describe(`EventStore contract: ${adapterName}`, () => {
    let fixture: ContractFixture | undefined;
    let store: ContractFixture['store'] | undefined;
    const ctx: ContractContext = {
      get fixture(): ContractFixture {
        if (fixture === undefined) throw new Error('No store: createStore failed or the test has ended');
        return fixture;
      },
      get store() {
        if (store === undefined) throw new Error('No store: createStore failed or the test has ended');
        return store;
      },
      set store(reopened) {
        store = reopened;
      },
    };

    beforeEach(async () => {
      fixture = await createStore();
      store = fixture.store;
    });

    afterEach(async () => {
      const ending = fixture;
      fixture = undefined;
      store = undefined;
      await ending?.cleanup();
    });

    describe('append', () => appendCases(ctx));
    describe('concurrent appends', () => concurrencyCases(ctx));
    describe('reading', () => readCases(ctx));
    describe('subscribeToAll', () => subscriptionCases(ctx));
    describe('close and reopen', () => lifecycleCases(ctx));
  });
}
