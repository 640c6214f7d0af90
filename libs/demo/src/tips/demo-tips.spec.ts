import { DEFAULT_REGIONS } from '@samverkan/core';
import {
  ImpulseState,
  impulseDecider,
  impulseIdFor,
  impulseStream,
  TipState,
  tipDecider,
  tipIdFor,
  tipsModuleEvents,
  tipStream,
} from '@samverkan/tips';
import { DemoStore, openDemoStore, SentByDemo } from '../testing/demo-store';
import { DEMO_SHAPES, DemoYear, demoYear, YearShape } from './demo-year';
import { commandCount, seedTipYear } from './seed-tips';

const type = (s: SentByDemo) => (s.request as { type: string }).type;
const SMALL: YearShape = {
  impulses: 12,
  tips: 3,
  directActions: 1,
  indirectUses: 1,
  noActions: 0,
  awaitingOutcome: 1,
  dismissed: 2,
  open: 1,
};

/** The streams a seeded year leaves, folded by the real deciders. */
async function states(store: DemoStore, year: DemoYear) {
  const tipIds = [...new Set(store.sent.filter((s) => s.endpoint === 'tip').map((s) => s.sent.stream))];
  const impulses = await Promise.all(
    store.sent
      .filter((s) => type(s) === 'ReportImpulse')
      .map((s) => store.state<never, ImpulseState>(s.sent.stream, impulseDecider)),
  );
  const tips = await Promise.all(tipIds.map((stream) => store.state<never, TipState>(stream, tipDecider)));
  expect(impulses).toHaveLength(year.impulses.length);
  return { impulses, tips };
}

describe('Demo tip years', () => {
  it('builds 2024 as FK reported it: 113 impulses, 25 tips, 5 direct actions', () => {
    const year = demoYear(2024, DEMO_SHAPES[2024], DEFAULT_REGIONS);
    expect(year.impulses).toHaveLength(113);
    expect(year.tips).toHaveLength(25);
    expect(year.tips.filter((t) => t.outcome?.kind === 'DIRECT_ACTION')).toHaveLength(5);
    expect(year.tips.flatMap((t) => t.impulseKeys)).toHaveLength(113);
  });

  describe('seeded through the endpoints', () => {
    const year = demoYear(2025, SMALL, DEFAULT_REGIONS);
    let store: DemoStore;
    beforeAll(async () => {
      store = openDemoStore([tipsModuleEvents]);
      let ticks = 0;
      await seedTipYear(store, year, () => ticks++);
      expect(ticks).toBe(commandCount(year));
    });
    afterAll(() => store.close());

    it('goes through the real deciders without a refusal: the shape the funnel must read back', async () => {
      const { impulses, tips } = await states(store, year);
      const status = (s: string) => impulses.filter((i) => i.status === s).length;
      expect([status('in_tip'), status('dismissed'), status('open')]).toEqual([
        SMALL.impulses - SMALL.dismissed - SMALL.open,
        SMALL.dismissed,
        SMALL.open,
      ]);
      expect(tips).toHaveLength(SMALL.tips);
      expect(tips.map((t) => t.status)).toEqual(tips.map(() => 'received'));
      const decided = tips.filter(
        (t) =>
          t.status !== 'none' && (t.outcomes.directActions.length > 0 || t.outcomes.indirectUse || t.outcomes.noAction),
      );
      expect(decided).toHaveLength(SMALL.tips - SMALL.awaitingOutcome);
    });

    it('bundles each tip from the impulses its keys name, under ids the endpoints derive from the command ids', () => {
      const reportOf = new Map(
        store.sent.filter((s) => type(s) === 'ReportImpulse').map((s, i) => [year.impulses[i].key, s]),
      );
      const compiled = store.sent.filter((s) => type(s) === 'CompileTip');
      expect(compiled.map((s) => s.sent.stream)).toEqual(compiled.map((s) => tipStream(tipIdFor(s.commandId))));
      for (const report of reportOf.values())
        expect(report.sent.stream).toBe(impulseStream(impulseIdFor(report.commandId)));
      for (const [i, tip] of year.tips.entries()) {
        const impulseIds = tip.impulseKeys.map((key) => impulseIdFor(reportOf.get(key)!.commandId));
        expect(compiled[i].sent.events[0].data).toMatchObject({ impulseIds });
      }
    });

    it('replays every request on a second run and appends nothing', async () => {
      const head = await store.store.headPosition();
      const before = store.sent.length;
      await seedTipYear(store, year);
      const again = store.sent.slice(before);
      expect(again.length).toBeGreaterThan(0);
      expect(again.every((s) => s.sent.replayed)).toBe(true);
      expect(await store.store.headPosition()).toBe(head);
    });
  });
});
