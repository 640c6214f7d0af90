import { esfAmendments, participantMonthsUpTo, reportingModuleEvents } from '@samverkan/audit';
import type { EventMetadata } from '@samverkan/core';
import { catalogOf, openScratchWorkspace, ScratchWorkspace } from '@samverkan/core/testing/scratch-workspace';
import { categoryOf, RecordedEvent } from '@samverkan/event-store';
import { forumsModuleEvents } from '@samverkan/forums';
import { knowledgeModuleEvents } from '@samverkan/knowledge';
import { momentumModuleEvents } from '@samverkan/momentum';
import { tipsModuleEvents } from '@samverkan/tips';
import { flowsFor, historyFlow } from '../../bench/lib/domain-flows';
import { esfFlowIndex, esfKind, esfOrdinal } from '../../bench/lib/esf-flows';
import { LoadedHistory, loadHistory } from '../../bench/lib/load-history';
import { closeSealedYear } from '../../bench/lib/sealed-year';

const ESF_CATEGORIES = ['forum', 'forumMeeting', 'knowledgeGroup', 'projectActivity'];
const LATE_ENTRY_DAYS = 7;

/** The share of flows that are ESF work in a history of `size` events. */
function esfShare(size: number): number {
  const total = flowsFor(size);
  let esf = 0;
  for (let i = 0; i < total; i++) if (esfOrdinal(i, total) !== null) esf++;
  return esf / total;
}

describe('the benchmark histories', () => {
  it('give the ESF work the same share of the flows at every size', () => {
    const small = esfShare(10_000);
    const large = esfShare(1_000_000);
    expect(small).toBeGreaterThan(0.005);
    expect(Math.abs(large - small) / large).toBeLessThan(0.05);
  });

  it('let the knowledge group meet twice a term, as a real one does, however large the history', () => {
    for (const size of [10_000, 1_000_000]) {
      const total = flowsFor(size);
      const perTerm = new Map<string, number>();
      for (let j = 0; esfFlowIndex(j, total) < total; j++) {
        if (esfKind(j, total) !== 'groupMeeting') continue;
        const plan = historyFlow(esfFlowIndex(j, total), total)[0].command;
        expect(plan.type).toBe('PlanGroupMeeting');
        const { year, term } = plan.data as { year: number; term: string };
        perTerm.set(`${year} ${term}`, (perTerm.get(`${year} ${term}`) ?? 0) + 1);
      }
      expect({ size, more: [...perTerm.values()].filter((n) => n > 2) }).toEqual({ size, more: [] });
      expect(perTerm.size).toBeGreaterThan(size > 10_000 ? 2 : 0);
    }
  });

  it('spread a history over as many flows as make the events asked for', () => {
    const total = flowsFor(50_000);
    let events = 0;
    for (let i = 0; i < total; i++) events += historyFlow(i, total).length;
    expect(Math.abs(events - 50_000)).toBeLessThan(10);
  });

  describe('of 10k events, loaded and then sealed for 2024', () => {
    let workspace: ScratchWorkspace;
    let history: LoadedHistory;
    let sealId: string;
    let esfEvents: RecordedEvent[];

    beforeAll(async () => {
      workspace = openScratchWorkspace(
        catalogOf([
          tipsModuleEvents,
          forumsModuleEvents,
          knowledgeModuleEvents,
          momentumModuleEvents,
          reportingModuleEvents,
        ]),
      );
      history = await loadHistory(workspace.store, workspace.catalog, 10_000);
      esfEvents = (await workspace.store.readAll({ maxCount: 100_000 })).filter((e) =>
        ESF_CATEGORIES.includes(categoryOf(e.stream)),
      );
      sealId = (await closeSealedYear(workspace, history.flows, history.total)).sealId;
    }, 120_000);

    afterAll(() => workspace.close());

    it('hold about the events asked for, every ESF module among them', () => {
      expect(history.events).toBeGreaterThanOrEqual(10_000);
      expect(history.events).toBeLessThan(10_010);
      for (const category of ESF_CATEGORIES) expect(history.byCategory[category]).toBeGreaterThan(0);
    });

    it('date ESF facts in the world inside Momentum, recorded at their flow', () => {
      const outside = esfEvents
        .map((e) => [e.type, (e.metadata as unknown as EventMetadata).occurredAt, e.recordedAt.toISOString()])
        .filter(([, at]) => at < '2024-04-30' || at > '2026-01-01');
      expect(outside).toEqual([]);
      for (const e of esfEvents) {
        const { occurredAt } = e.metadata as unknown as EventMetadata;
        expect(new Date(occurredAt).getTime()).toBeLessThanOrEqual(e.recordedAt.getTime());
      }
      const held = esfEvents.filter((e) => ['MeetingHeld', 'GroupMeetingHeld', 'ActivityHeld'].includes(e.type));
      expect(held.some((e) => e.recordedAt.toISOString().startsWith('2024'))).toBe(true);
    });

    it('hold corrections, each citing an earlier event of its own stream', () => {
      const corrections = esfEvents.filter((e) => (e.metadata as unknown as EventMetadata).correction);
      expect(corrections.length).toBeGreaterThan(0);
      for (const c of corrections) {
        const { corrects } = (c.metadata as unknown as EventMetadata).correction!;
        const corrected = esfEvents.find((e) => e.id === corrects);
        expect(corrected?.stream).toBe(c.stream);
        expect(corrected!.position).toBeLessThan(c.position);
      }
    });

    it('hold late entries: meetings and activities recorded weeks after they were held', () => {
      const late = esfEvents.filter((e) => {
        const { occurredAt, occurredFrom } = e.metadata as unknown as EventMetadata;
        const days = (e.recordedAt.getTime() - new Date(occurredAt).getTime()) / 86_400_000;
        return occurredFrom === 'heldOn' && days > LATE_ENTRY_DAYS;
      });
      expect(late.length).toBeGreaterThan(0);
    });

    it('seal 2024 and amend it afterwards: a corrected row, added rows, and months to report again', async () => {
      const amendments = await esfAmendments({ ...workspace, lateEntryDays: LATE_ENTRY_DAYS }, sealId);
      expect(amendments.holds).toBe(true);
      expect(amendments.amendments.map((a) => a.change).sort()).toEqual(['ADDED', 'ADDED', 'CHANGED']);
      expect(amendments.recordedAfterSeal.every((e) => e.occurredOn.startsWith('2024') && e.lateEntry)).toBe(true);
      const { months } = await participantMonthsUpTo(workspace, '2024-12');
      expect(months.every((m) => m.report !== null)).toBe(true);
      expect(months.filter((m) => m.status === 'NEEDS_REREPORT').length).toBeGreaterThan(0);
    });
  });
});
