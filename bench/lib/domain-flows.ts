import { DEFAULT_REGIONS } from '@samverkan/core';
import type { Actor, Command, CommandContext, Decider, DomainEvent } from '@samverkan/core';
import { entityIdFor, eventIdFor } from '@samverkan/core';
import { DEMO_EMPLOYERS } from '@samverkan/demo';
import { impulseDecider, impulseStream, tipDecider, tipStream } from '@samverkan/tips';
import type { ImpulseCommand } from '@samverkan/tips';

/**
 * The tip routine played over and over, with deterministic ids, actors and dates: the benchmarks'
 * history. Each flow is a series of commands on fresh streams, decided by the real deciders.
 */
export interface FlowStep {
  stream: string;
  decider: Decider<Command, DomainEvent, unknown>;
  command: Command;
  context: CommandContext;
}

const CASEWORKERS = 40;
const OFFICERS = 10;
const INSPECTORS = 10;
const FIRST_DAY = Date.UTC(2001, 0, 2, 8);
const LAST_DAY = Date.UTC(2025, 11, 20, 8);
const DAY = 86_400_000;

export const benchActor = (role: 'FK_CASEWORKER' | 'COLLABORATION_OFFICER' | 'AV_INSPECTOR', n: number): Actor => ({
  id: `bench-${role.toLowerCase()}-${n}`,
  organisation: role === 'AV_INSPECTOR' ? 'AV' : 'FK',
  role,
});

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A step on `stream`, decided by the stream's own decider (a flow mixes streams, hence the widening). */
const stepOn =
  <C extends Command, E extends DomainEvent, S>(stream: string, decider: Decider<C, E, S>) =>
  (command: C, context: CommandContext): FlowStep => ({
    stream,
    decider: decider as unknown as FlowStep['decider'],
    command,
    context,
  });

/**
 * The commands of flow `i` of `total`. 60 % of flows take an impulse all the way to a tip with an
 * outcome (6 events), 20 % dismiss the impulse (2), 20 % leave it open (1): 4.2 events a flow.
 * Flows advance through 2001-2025, so time, like position, grows through the history.
 */
export function flow(i: number, total: number): FlowStep[] {
  const now = new Date(FIRST_DAY + Math.floor(((LAST_DAY - FIRST_DAY) * i) / Math.max(total, 1)));
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
