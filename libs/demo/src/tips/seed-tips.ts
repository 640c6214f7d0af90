import { Role } from '@samverkan/auth';
import { eventIdFor, Sender } from '@samverkan/core';
import { impulseEndpoint, impulseIdFor, TipBundling, tipIdFor, TipRequest } from '@samverkan/tips';
import { DemoSend, demoSender } from '../demo-send';
import { DemoTip, DemoYear } from './demo-year';

/** The command id of a demo step: derived from its key, so a second run replays it. */
const commandIdFor = (key: string) => eventIdFor(`demo:${key}`, 0);

/**
 * Loads a demo year through the impulse's and the tip's endpoints (compiling through the tip
 * bundling, as the API does), as the dev-token people. Every command id derives from the demo key,
 * so a second run replays each request and appends nothing.
 */
export async function seedTipYear(
  demo: DemoSend,
  year: DemoYear,
  onCommand: () => void = () => undefined,
): Promise<void> {
  const senders = {
    caseworker: demoSender(demo, Role.FK_CASEWORKER),
    officer: demoSender(demo, Role.COLLABORATION_OFFICER),
    inspector: demoSender(demo, Role.AV_INSPECTOR),
  };
  const options = (who: Sender, key: string) => {
    const commandId = commandIdFor(key);
    return [{ ...who, correlationId: commandId }, { commandId }] as const;
  };
  const impulseIds = new Map(year.impulses.map((impulse) => [impulse.key, impulseIdFor(commandIdFor(impulse.key))]));

  for (const impulse of year.impulses) {
    const { organisationNumber, name, industry } = impulse.employer;
    const data = {
      employer: { organisationNumber, name },
      region: impulse.region,
      industry,
      deficiency: impulse.deficiency,
      description: impulse.description,
      reportedOn: impulse.reportedOn,
    };
    await demo.send(impulseEndpoint, { type: 'ReportImpulse', data }, ...options(senders.caseworker, impulse.key));
    onCommand();
  }
  for (const dismissal of year.dismissals) {
    const request = {
      type: 'DismissImpulse' as const,
      data: { impulseId: impulseIds.get(dismissal.impulseKey)!, dismissedOn: dismissal.dismissedOn },
      reason: dismissal.reason,
    };
    await demo.send(impulseEndpoint, request, ...options(senders.officer, `${dismissal.impulseKey}:dismissal`));
    onCommand();
  }
  const bundling = new TipBundling(demo);
  for (const tip of year.tips) {
    const compile = options(senders.officer, tip.key);
    const impulses = tip.impulseKeys.map((key) => impulseIds.get(key)!);
    await bundling.send({ type: 'CompileTip', data: { impulseIds: impulses, summary: tip.summary } }, ...compile);
    for (const [step, who, request] of tipSteps(tipIdFor(compile[1].commandId), tip, senders)) {
      await bundling.send(request, ...options(who, `${tip.key}:${step}`));
    }
    onCommand();
  }
}

/** What follows a compiled tip: sent, received by AV, and AV's outcome when it has one. */
function tipSteps(
  tipId: string,
  tip: DemoTip,
  senders: Record<'officer' | 'inspector', Sender>,
): [string, Sender, TipRequest][] {
  const steps: [string, Sender, TipRequest][] = [
    ['send', senders.officer, { type: 'SendTip', data: { tipId, sentOn: tip.sentOn } }],
    [
      'receipt',
      senders.inspector,
      { type: 'RecordTipReceipt', data: { tipId, receivedOn: tip.receivedOn, avDiaryNumber: tip.avDiaryNumber } },
    ],
  ];
  const { outcome, decidedOn } = tip;
  if (outcome?.kind === 'DIRECT_ACTION') {
    steps.push([
      'outcome',
      senders.inspector,
      { type: 'RecordDirectAction', data: { tipId, action: outcome.action, note: outcome.note, decidedOn } },
    ]);
  } else if (outcome?.kind === 'INDIRECT_USE') {
    steps.push([
      'outcome',
      senders.inspector,
      { type: 'RecordIndirectUse', data: { tipId, note: outcome.note, decidedOn } },
    ]);
  } else if (outcome?.kind === 'NO_ACTION') {
    steps.push([
      'outcome',
      senders.inspector,
      { type: 'RecordNoAction', data: { tipId, reasonCode: outcome.reasonCode, decidedOn }, reason: outcome.reason },
    ]);
  }
  return steps;
}

/** How many requests a demo year takes, for a progress bar (a tip and what follows it count as one). */
export function commandCount(demo: DemoYear): number {
  return demo.impulses.length + demo.dismissals.length + demo.tips.length;
}
