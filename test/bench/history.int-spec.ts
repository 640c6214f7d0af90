import { esfAmendments, participantMonthsUpTo, reportingModuleEvents } from '@samverkan/audit';
import type { EventMetadata } from '@samverkan/core';
import { ProjectionRunner, ReadModelDb } from '@samverkan/core';
import { catalogOf, openScratchWorkspace, ScratchWorkspace } from '@samverkan/core/testing/scratch-workspace';
import { categoryOf, RecordedEvent } from '@samverkan/event-store';
import { forumsModuleEvents } from '@samverkan/forums';
import { knowledgeModuleEvents } from '@samverkan/knowledge';
import { momentumModuleEvents } from '@samverkan/momentum';
import { supervisionModuleEvents } from '@samverkan/supervision';
import { tipsModuleEvents } from '@samverkan/tips';
import { stockholmDate } from '@samverkan/core/domain';
import { flowsFor, historyFlow } from '../../bench/lib/domain-flows';
import { DEMO_FORUMS } from '@samverkan/demo';
import { ESF_FLOWS, esfFlowIndex, esfKind, esfOrdinal } from '../../bench/lib/esf-flows';
import { flowNow, type FlowStep } from '../../bench/lib/flow-steps';
import {
  CAMPAIGN_FLOWS,
  campaignCovering,
  plannedInspection,
  supervisionFlowIndex,
  supervisionFlows,
  supervisionOrdinal,
} from '../../bench/lib/supervision-flows';
import { LoadedHistory, loadHistory } from '../../bench/lib/load-history';
import { closeSealedYear } from '../../bench/lib/sealed-year';
import { inspectionsDashboard } from '../../libs/supervision/src/read-model/inspections.dashboard';
import { supervisionProjections } from '../../libs/supervision/src/read-model/supervision.projections';
import { eligiblePrincipals, inspectionsOfCampaign } from '../../libs/supervision/src/read-model/supervision.queries';

const ESF_CATEGORIES = ['forum', 'forumMeeting', 'knowledgeGroup', 'projectActivity'];
const SUPERVISION_CATEGORIES = ['campaign', 'inspection', 'principalEligibility'];
const LATE_ENTRY_DAYS = 7;

/** What Momentum did in a history of `size` events: its flows by kind, and the forums it founded. */
function momentumWork(size: number) {
  const total = flowsFor(size);
  const kinds = { group: 0, forum: 0, forumMeeting: 0, groupMeeting: 0, activity: 0 };
  const forums = new Set<string>();
  for (let i = 0; i < total; i++) {
    const j = esfOrdinal(i, total);
    if (j === null) continue;
    const kind = esfKind(j, total);
    kinds[kind]++;
    if (kind === 'forum') forums.add((historyFlow(i, total)[0].command.data as { forumId: string }).forumId);
  }
  return { kinds, forums: [...forums].sort() };
}

interface Recorded {
  campaignId: string;
  inspectedOn: string;
}

/**
 * Every supervision flow of a history of `size` events decided in memory by its real decider, on
 * the state the earlier ones left, as the generator decides them: a refusal throws. Returns each
 * campaign's period and the inspections recorded in it.
 */
function supervisionWork(size: number) {
  const total = flowsFor(size);
  const states = new Map<string, unknown>();
  const periods = new Map<string, { from: string; to: string }>();
  const inspections: Recorded[] = [];
  const decide = (step: FlowStep) => {
    const state = states.has(step.stream) ? states.get(step.stream) : step.decider.initialState();
    const events = step.decider.decide(step.command, state);
    expect(events).toHaveLength(1);
    states.set(step.stream, step.decider.evolve(state, events[0]));
    return events[0];
  };
  for (const k of supervisionFlows(total, total)) {
    for (const step of historyFlow(supervisionFlowIndex(k, total), total)) {
      const { type, data } = decide(step) as { type: string; data: Record<string, unknown> };
      if (type === 'CampaignPlanned')
        periods.set(data.campaignId as string, data.period as { from: string; to: string });
      if (type === 'InspectionRecorded')
        inspections.push({ campaignId: data.campaignId as string, inspectedOn: data.inspectedOn as string });
    }
  }
  return { total, periods, inspections, states };
}

/** The supervision ordinal of the flow that plans the campaign `campaignId`. */
function campaignOrdinalOf(campaignId: string, total: number): number {
  for (const k of supervisionFlows(total, total).filter((k) => k % CAMPAIGN_FLOWS === 0)) {
    const [plan] = historyFlow(supervisionFlowIndex(k, total), total);
    if ((plan.command.data as { campaignId: string }).campaignId === campaignId) return k;
  }
  throw new Error(`${campaignId} is planned by no flow`);
}

describe('the benchmark histories', () => {
  it('give Momentum the same project at every size: the group, the six forums and about 60 flows', () => {
    const [small, large] = [momentumWork(10_000), momentumWork(1_000_000)];
    for (const { kinds, forums } of [small, large]) {
      expect({ group: kinds.group, forums }).toEqual({ group: 1, forums: DEMO_FORUMS.map((f) => f.forumId).sort() });
      const flows = Object.values(kinds).reduce((n, k) => n + k, 0);
      expect(flows).toBeGreaterThanOrEqual(45);
      expect(flows).toBeLessThanOrEqual(ESF_FLOWS + 2);
      expect(kinds.activity).toBeGreaterThan(5);
    }
    expect(large).toEqual(small);
  });

  it('give Momentum the very same commands at 10k and at 1M, at the same moments, so no ESF answer grows with the history', () => {
    const esfCommands = (size: number) => {
      const total = flowsFor(size);
      const flows = [];
      for (let j = 0; esfFlowIndex(j, total) < total; j++)
        flows.push(historyFlow(esfFlowIndex(j, total), total).map((step) => [step.command, step.context]));
      return flows;
    };
    const small = esfCommands(10_000);
    expect(small).toHaveLength(ESF_FLOWS);
    expect(esfCommands(1_000_000)).toEqual(small);
  });

  it('record each ESF flow after the flow before it and no later than the flow it replaces', () => {
    for (const size of [2_000, 10_000, 1_000_000]) {
      const total = flowsFor(size);
      for (let j = 0; esfFlowIndex(j, total) < total; j++) {
        const i = esfFlowIndex(j, total);
        expect(esfOrdinal(i, total)).toBe(j);
        const now = (historyFlow(i, total)[0].command.metadata as { now: Date }).now.getTime();
        expect({ j, after: now > flowNow(i - 1, total).getTime() }).toEqual({ j, after: true });
        expect({ j, notLater: now <= flowNow(i, total).getTime() }).toEqual({ j, notLater: true });
      }
    }
  });

  it('let the knowledge group and each forum meet twice a term, as real ones do, however large the history', () => {
    for (const size of [10_000, 1_000_000]) {
      const total = flowsFor(size);
      const perTerm = new Map<string, number>();
      const meetings = { group: 0, forum: 0, activity: 0 };
      for (let j = 0; esfFlowIndex(j, total) < total; j++) {
        const kind = esfKind(j, total);
        if (kind === 'activity') meetings.activity++;
        if (kind !== 'groupMeeting' && kind !== 'forumMeeting') continue;
        const plan = historyFlow(esfFlowIndex(j, total), total)[0].command;
        expect(plan.type).toBe(kind === 'groupMeeting' ? 'PlanGroupMeeting' : 'PlanMeeting');
        const { year, term, forumId } = plan.data as { year: number; term: string; forumId?: string };
        const key = `${forumId ?? 'the group'} ${year} ${term}`;
        perTerm.set(key, (perTerm.get(key) ?? 0) + 1);
        meetings[kind === 'groupMeeting' ? 'group' : 'forum']++;
      }
      expect({ size, more: [...perTerm].filter(([, n]) => n > 2) }).toEqual({ size, more: [] });
      // Every forum and the group meet, and the turns they do not take are Momentum's own activities.
      expect(new Set([...perTerm.keys()].map((key) => key.split(' ')[0])).size).toBe(DEMO_FORUMS.length + 1);
      expect(meetings.group).toBeGreaterThan(2);
      expect(meetings.forum).toBeGreaterThan(20);
      expect(meetings.activity).toBeGreaterThan(5);
    }
  });

  it('give joint supervision the very same campaigns and inspections at 10k and at 1M, never in place of ESF work', () => {
    const supervisionCommands = (size: number) => {
      const total = flowsFor(size);
      let flows = 0;
      for (let i = 0; i < total; i++) {
        if (supervisionOrdinal(i, total) === null) continue;
        flows++;
        expect(esfOrdinal(i, total)).toBeNull();
      }
      const ordinals = supervisionFlows(total, total);
      expect(ordinals).toHaveLength(flows);
      // The facts, not the moment of recording: where a flow's place was taken it records a flow or two later.
      return [...ordinals]
        .sort((a, b) => a - b)
        .map((k) =>
          historyFlow(supervisionFlowIndex(k, total), total).map(({ command, context }) => {
            const { markedOn, ...data } = command.data as { markedOn?: string };
            return { k, type: command.type, data, context, marked: markedOn !== undefined };
          }),
        );
    };
    const small = supervisionCommands(10_000);
    expect(small.length).toBeGreaterThan(14 * CAMPAIGN_FLOWS);
    expect(supervisionCommands(1_000_000)).toEqual(small);
  });

  it('record each supervision flow after the flow before it and no later than the flow it replaces, its facts no later', () => {
    for (const size of [2_000, 10_000, 1_000_000]) {
      const total = flowsFor(size);
      for (const k of supervisionFlows(total, total)) {
        const i = supervisionFlowIndex(k, total);
        expect(supervisionOrdinal(i, total)).toBe(k);
        for (const { command } of historyFlow(i, total)) {
          const now = (command.metadata as { now: Date }).now;
          expect({ k, after: now.getTime() > flowNow(i - 1, total).getTime() }).toEqual({ k, after: true });
          expect({ k, notLater: now.getTime() <= flowNow(i, total).getTime() }).toEqual({ k, notLater: true });
          const data = command.data as Record<string, unknown>;
          // The day in Sweden: a fact dated by UTC or by Stockholm is never after it.
          const today = stockholmDate(now);
          for (const field of ['inspectedOn', 'launchedOn', 'concludedOn', 'followedUpOn', 'closedOn', 'markedOn'])
            if (typeof data[field] === 'string')
              expect({ k, field, late: data[field] > today }).toEqual({ k, field, late: false });
        }
      }
    }
  });

  it('hold campaigns of a bounded number of inspections, each dated in its campaign, at every size', () => {
    for (const size of [10_000, 1_000_000]) {
      const { periods, inspections, states } = supervisionWork(size);
      const perCampaign = new Map<string, number>();
      for (const { campaignId, inspectedOn } of inspections) {
        perCampaign.set(campaignId, (perCampaign.get(campaignId) ?? 0) + 1);
        const period = periods.get(campaignId)!;
        expect({ inspectedOn, inside: period.from <= inspectedOn && inspectedOn <= period.to }).toEqual({
          inspectedOn,
          inside: true,
        });
      }
      expect(Math.max(...perCampaign.values())).toBe(CAMPAIGN_FLOWS - 1);
      // One campaign a year from 2011, each with its inspections, however large the history.
      expect(perCampaign.size).toBe(periods.size);
      expect([...periods.values()].map((p) => p.from.slice(0, 4))).toEqual(
        Array.from({ length: 2025 - 2011 + 1 }, (_, n) => String(2011 + n)),
      );
      // Never more than two at once, as FK and AV run them; two in 2013, the year the dashboards ask about.
      const running = (date: string) => [...periods.values()].filter((p) => p.from <= date && date <= p.to).length;
      for (const { from, to } of periods.values()) expect(Math.max(running(from), running(to))).toBeLessThanOrEqual(2);
      expect([...periods.values()].filter((p) => p.from <= '2013-12-31' && p.to >= '2013-01-01')).toHaveLength(2);
      const statuses = [...states.entries()].filter(([stream]) => stream.startsWith('campaign-'));
      const concluded = statuses.filter(([, state]) => (state as { status: string }).status === 'CONCLUDED');
      expect(concluded.length).toBeGreaterThanOrEqual(periods.size - 2);
      const levels = [...states.entries()]
        .filter(([stream]) => stream.startsWith('inspection-'))
        .map(([, state]) => (state as { level: string; status: string }).level);
      expect(new Set(levels)).toEqual(new Set(['WORKPLACE', 'PRINCIPAL']));
    }
  }, 60_000);

  it('find the home-care campaign running on 2013-06-01 or the first after it, at every size', () => {
    for (const size of [10_000, 1_000_000]) {
      const total = flowsFor(size);
      const { campaignId, period } = campaignCovering('2013-06-01', total);
      expect(period.to >= '2013-06-01' && period.from < '2014-01-01').toBe(true);
      const planned = historyFlow(supervisionFlowIndex(campaignOrdinalOf(campaignId, total), total), total)[0];
      expect(planned.command).toMatchObject({ type: 'PlanCampaign', data: { campaignId, period } });
      // Like content at every size: its inspections in several regions, at both levels.
      const first = campaignOrdinalOf(campaignId, total);
      const inspections = Array.from({ length: CAMPAIGN_FLOWS - 1 }, (_, p) => plannedInspection(first + 1 + p));
      expect({
        size,
        regions: new Set(inspections.map((i) => i.template.region)).size > 2,
        levels: [...new Set(inspections.map((i) => i.level))].sort(),
      }).toEqual({ size, regions: true, levels: ['PRINCIPAL', 'WORKPLACE'] });
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
          supervisionModuleEvents,
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

    it('hold joint supervision: campaigns, inspections and the principals they made eligible', () => {
      for (const category of SUPERVISION_CATEGORIES) expect(history.byCategory[category]).toBeGreaterThan(0);
    });

    it("fill the app's supervision read models, so the 2013 campaign's dashboard has figures to show", async () => {
      const readModels = new ReadModelDb(':memory:');
      try {
        await new ProjectionRunner(workspace.store, readModels, workspace.catalog, supervisionProjections).rebuild();
        const { campaignId } = campaignCovering('2013-06-01', history.total);
        const inspections = inspectionsOfCampaign(readModels.db, campaignId).map((row) => row.doc);
        const figures = inspectionsDashboard(inspections, eligiblePrincipals(readModels.db, campaignId));
        expect(figures.total).toBe(CAMPAIGN_FLOWS - 1);
        expect(figures.byLevel.map((cell) => cell.key)).toEqual(['PRINCIPAL', 'WORKPLACE']);
        expect(figures.withSystemDeficiencies).toBeGreaterThan(0);
        expect(figures.requirementsIssued).toBeGreaterThan(0);
        expect(figures.withFkParticipation).toBeGreaterThan(0);
        expect(figures.principalFollowUps.eligiblePrincipals).toBeGreaterThan(0);
        expect(figures.principalFollowUps.inspected).toBeGreaterThan(0);
      } finally {
        readModels.db.close();
      }
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
