import { DEFAULT_REGIONS } from '@samverkan/core';
import type { Actor, CommandContext } from '@samverkan/core';
import { entityIdFor, eventIdFor } from '@samverkan/core';
import { DEMO_EMPLOYERS } from '@samverkan/demo';
import { impulseDecider, impulseStream, tipDecider, tipStream } from '@samverkan/tips';
import type { ImpulseCommand } from '@samverkan/tips';
import { esfFlow, esfOrdinal } from './esf-flows';
import { benchActor, DAY, day, flowNow, FlowStep, stepOn } from './flow-steps';
import { supervisionFlow, supervisionOrdinal } from './supervision-flows';

export { benchActor } from './flow-steps';
export type { FlowStep } from './flow-steps';

/**
 * The benchmarks' history: the tip routine played over and over; joint supervision, one campaign
 * a year from 2011, the same campaigns and inspections at every size (supervision-flows.ts); and
 * from May 2024 Momentum's ESF work, the same project at every size (esf-flows.ts); with
 * deterministic ids, actors and dates. Each flow is a series of commands, decided by the real
 * deciders: what grows with a history's size is the tip routine.
 *
 * Bump HISTORY_VERSION whenever what a history holds changes (these flows, the generator's
 * envelopes, what it does after the bulk): dataset.ts generates afresh a history of another version.
 */
export const HISTORY_VERSION = 8;

const CASEWORKERS = 40;
const OFFICERS = 10;
const INSPECTORS = 10;

/**
 * Flow `i` of `total` in the history: ESF work where esf-flows.ts puts it, supervision work where
 * supervision-flows.ts does, else a tip flow.
 */
export function historyFlow(i: number, total: number): FlowStep[] {
  const j = esfOrdinal(i, total);
  if (j !== null) return esfFlow(total, j);
  const k = supervisionOrdinal(i, total);
  return k === null ? flow(i, total) : supervisionFlow(total, k);
}

/** Whether flow `i` of `total` is a tip flow (`flow`), neither ESF nor supervision work. */
export const isTipFlow = (i: number, total: number): boolean =>
  esfOrdinal(i, total) === null && supervisionOrdinal(i, total) === null;

/** Events of tip flow `i` by its kind (i % 10): see `flow`. */
const TIP_EVENTS = [6, 6, 6, 6, 6, 6, 2, 2, 1, 1];

/**
 * How many flows a history of about `size` events spreads over 2001-2025: the ESF and
 * supervision flows hold other numbers of events than the tip flows' 4.2, so the count is settled by summing what each flow
 * decides (one event a command), a few rounds from the tip flows' estimate, keeping the closest.
 */
export function flowsFor(size: number): number {
  const known = flowsOfSize.get(size);
  if (known !== undefined) return known;
  const eventsOf = (total: number) => {
    let events = 0;
    for (let i = 0; i < total; i++) events += isTipFlow(i, total) ? TIP_EVENTS[i % 10] : historyFlow(i, total).length;
    return events;
  };
  let total = Math.ceil(size / 4.2);
  let best = { total, miss: Infinity };
  for (let round = 0; round < 6; round++) {
    const events = eventsOf(total);
    if (Math.abs(events - size) < best.miss) best = { total, miss: Math.abs(events - size) };
    const next = Math.ceil((total * size) / events);
    if (next === total) break;
    total = next;
  }
  flowsOfSize.set(size, best.total);
  return best.total;
}

/** A history's flows, found once per size: at 1M the sums take seconds. */
const flowsOfSize = new Map<number, number>();

/**
 * The tip flow `i` of `total`. 60 % of flows take an impulse all the way to a tip with an
 * outcome (6 events), 20 % dismiss the impulse (2), 20 % leave it open (1): 4.2 events a flow.
 * Flows advance through 2001-2025, so time, like position, grows through the history.
 */
export function flow(i: number, total: number): FlowStep[] {
  const now = flowNow(i, total);
  const metadata = { now };
  const today = day(now.getTime());
  const yesterday = day(now.getTime() - DAY);
  const employer = DEMO_EMPLOYERS[i % DEMO_EMPLOYERS.length];
  const caseworker = benchActor('FK_CASEWORKER', i % CASEWORKERS);
  const officer = benchActor('COLLABORATION_OFFICER', i % OFFICERS);
  const inspector = benchActor('AV_INSPECTOR', i % INSPECTORS);
  const key = `bench:${i}`;
  const ctx = (actor: Actor, step: string, cause?: string): CommandContext => {
    const commandId = eventIdFor(`${key}:${step}`, 0);
    return { actor, commandId, correlationId: eventIdFor(`${key}:report`, 0), causationId: cause };
  };
  const report = ctx(caseworker, 'report');
  const impulseId = entityIdFor(report.commandId);
  const impulse = impulseStream(impulseId);
  const impulseSteps = stepOn(impulse, impulseDecider);
  // The impulse and the tip it goes into are about the same employer, region and industry.
  const about = {
    employer: { organisationNumber: employer.organisationNumber, name: employer.name },
    region: DEFAULT_REGIONS[i % DEFAULT_REGIONS.length],
    industry: employer.industry,
  };
  const steps: FlowStep[] = [
    impulseSteps(
      {
        type: 'ReportImpulse',
        data: {
          impulseId,
          ...about,
          deficiency: (['NO_RETURN_TO_WORK_PLAN', 'NO_WORK_ADAPTATION', 'WORK_ENVIRONMENT_RISK', 'OTHER'] as const)[
            i % 4
          ],
          description: `Arbetsgivaren har inte tagit fram någon plan för återgång i arbete (benchmark ${i}).`,
          reportedOn: yesterday,
        },
        metadata,
      },
      report,
    ),
  ];
  const kind = i % 10;
  if (kind === 6 || kind === 7) {
    const dismiss: ImpulseCommand = {
      type: 'DismissImpulse',
      data: { impulseId, dismissedOn: today },
      metadata,
      reason: 'Underlaget räcker inte',
    };
    steps.push(impulseSteps(dismiss, ctx(officer, 'dismiss')));
  }
  if (kind > 5) return steps;

  const compile = ctx(officer, 'compile');
  const tipId = entityIdFor(compile.commandId);
  const tip = tipStream(tipId);
  const tipStep = stepOn(tip, tipDecider);
  steps.push(
    impulseSteps(
      { type: 'JoinTip', data: { impulseId, tipId, tipEmployer: employer.organisationNumber }, metadata },
      { ...compile, commandId: `${compile.commandId}:join:${impulseId}`, causationId: compile.commandId },
    ),
    tipStep(
      {
        type: 'CompileTip',
        data: {
          tipId,
          ...about,
          impulseIds: [impulseId],
          impulseEmployers: { [impulseId]: employer.organisationNumber },
          summary: `Brister i arbetsanpassning hos ${employer.name}`,
        },
        metadata,
      },
      compile,
    ),
    tipStep({ type: 'SendTip', data: { tipId, sentOn: today }, metadata }, ctx(officer, 'send')),
    tipStep(
      { type: 'RecordTipReceipt', data: { tipId, receivedOn: today, avDiaryNumber: `AV 2025/${i}` }, metadata },
      ctx(inspector, 'receipt'),
    ),
  );
  const outcome = i % 3;
  const decided = ctx(inspector, 'outcome');
  if (outcome === 0)
    steps.push(
      tipStep(
        { type: 'RecordDirectAction', data: { tipId, action: 'INSPECTION', decidedOn: today }, metadata },
        decided,
      ),
    );
  else if (outcome === 1)
    steps.push(
      tipStep({ type: 'RecordIndirectUse', data: { tipId, note: 'Planering', decidedOn: today }, metadata }, decided),
    );
  else
    steps.push(
      tipStep(
        {
          type: 'RecordNoAction',
          data: { tipId, reasonCode: 'PRIORITISED_ELSEWHERE', decidedOn: today },
          metadata,
          reason: 'Andra ärenden prioriteras',
        },
        decided,
      ),
    );
  return steps;
}
