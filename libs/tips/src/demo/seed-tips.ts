import { CommandBus } from '@nestjs/cqrs';
import { devActor, Role } from '@samverkan/auth';
import { Actor, CommandContext, entityIdFor, eventIdFor, PersonDirectory } from '@samverkan/core';
import { CompileTipCommand, RunImpulseCommand, RunTipCommand } from '../application';
import { TipCommand } from '../domain';
import { DemoTip, DemoYear } from './demo-year';

/**
 * Loads a demo year through the real command path, as the dev-token people. Every command id
 * derives from the demo key, so a second run replays each command and appends nothing.
 */
export async function seedTipYear(
  commands: CommandBus,
  persons: PersonDirectory,
  demo: DemoYear,
  onCommand: () => void = () => undefined,
): Promise<void> {
  const actors = {
    caseworker: devActor(persons, Role.FK_CASEWORKER),
    officer: devActor(persons, Role.COLLABORATION_OFFICER),
    inspector: devActor(persons, Role.AV_INSPECTOR),
  };
  const context = (who: Actor, key: string): CommandContext => {
    const commandId = eventIdFor(`demo:${key}`, 0);
    return { actor: who, commandId, correlationId: commandId };
  };
  const metadata = { now: new Date() };
  const impulseIds = new Map<string, string>();

  for (const impulse of demo.impulses) {
    const ctx = context(actors.caseworker, impulse.key);
    impulseIds.set(impulse.key, entityIdFor(ctx.commandId));
    const data = {
      impulseId: entityIdFor(ctx.commandId),
      employer: { organisationNumber: impulse.employer.organisationNumber, name: impulse.employer.name },
      region: impulse.region,
      industry: impulse.employer.industry,
      deficiency: impulse.deficiency,
      description: impulse.description,
      reportedOn: impulse.reportedOn,
    };
    await commands.execute(new RunImpulseCommand({ type: 'ReportImpulse', data, metadata }, ctx));
    onCommand();
  }
  for (const dismissal of demo.dismissals) {
    const data = { impulseId: impulseIds.get(dismissal.impulseKey)!, dismissedOn: dismissal.dismissedOn };
    const command = { type: 'DismissImpulse' as const, data, metadata, reason: dismissal.reason };
    await commands.execute(new RunImpulseCommand(command, context(actors.officer, `${dismissal.impulseKey}:dismissal`)));
    onCommand();
  }
  for (const tip of demo.tips) {
    const ctx = context(actors.officer, tip.key);
    const ids = tip.impulseKeys.map((key) => impulseIds.get(key)!);
    await commands.execute(new CompileTipCommand(ids, tip.summary, metadata.now, ctx));
    const tipId = entityIdFor(ctx.commandId);
    for (const [step, who, command] of tipSteps(tipId, tip, metadata.now, actors)) {
      await commands.execute(new RunTipCommand(command, context(who, `${tip.key}:${step}`)));
    }
    onCommand();
  }
}

function tipSteps(tipId: string, tip: DemoTip, now: Date, actors: Record<string, Actor>): [string, Actor, TipCommand][] {
  const metadata = { now };
  const steps: [string, Actor, TipCommand][] = [
    ['send', actors.officer, { type: 'SendTip', data: { tipId, sentOn: tip.sentOn }, metadata }],
    ['receipt', actors.inspector, { type: 'RecordTipReceipt', data: { tipId, receivedOn: tip.receivedOn, avDiaryNumber: tip.avDiaryNumber }, metadata }],
  ];
  const outcome = tip.outcome;
  const decidedOn = tip.decidedOn;
  if (outcome?.kind === 'DIRECT_ACTION') {
    steps.push(['outcome', actors.inspector, { type: 'RecordDirectAction', data: { tipId, action: outcome.action, note: outcome.note, decidedOn }, metadata }]);
  } else if (outcome?.kind === 'INDIRECT_USE') {
    steps.push(['outcome', actors.inspector, { type: 'RecordIndirectUse', data: { tipId, note: outcome.note, decidedOn }, metadata }]);
  } else if (outcome?.kind === 'NO_ACTION') {
    const data = { tipId, reasonCode: outcome.reasonCode, decidedOn };
    steps.push(['outcome', actors.inspector, { type: 'RecordNoAction', data, metadata, reason: outcome.reason }]);
  }
  return steps;
}

/** How many commands a demo year takes, for a progress bar. */
export function commandCount(demo: DemoYear): number {
  return demo.impulses.length + demo.dismissals.length + demo.tips.length;
}
