import { CORE_RULES, pastOrToday } from '@samverkan/core/domain';
import { TipCommand } from './tip.commands';
import { TipEvent } from './tip.events';
import { receivedTip } from './tip.guards';
import { ExistingTip, TipState } from './tip.state';
import { assertNotBefore, optionalText, requiredText } from './tips.guards';
import { TIPS_RULES } from './tips.rules';

/**
 * What AV did with a tip it received: direct actions (several may follow), an indirect use (at
 * most once, beside either), or no action (once, and never beside a direct action).
 */

export function recordDirectAction(command: TipCommand<'RecordDirectAction'>, state: TipState): TipEvent[] {
  const { tipId, action } = command.data;
  const tip = receivedTip(state, tipId);
  if (tip.outcomes.noAction) {
    throw TIPS_RULES.violation('OUTCOME_CONFLICT', 'AV already recorded that it takes no action on this tip', {
      tipId,
      recorded: 'NO_ACTION',
    });
  }
  const decidedOn = decisionDate(command, tip);
  const note = optionalText(command.data.note);
  return [{ type: 'DirectActionRecorded', data: { tipId, action, ...(note ? { note } : {}), decidedOn } }];
}

export function recordIndirectUse(command: TipCommand<'RecordIndirectUse'>, state: TipState): TipEvent[] {
  const { tipId } = command.data;
  const tip = receivedTip(state, tipId);
  if (tip.outcomes.indirectUse) {
    throw TIPS_RULES.violation('INDIRECT_USE_ALREADY_RECORDED', 'The indirect use of this tip is already recorded', {
      tipId,
    });
  }
  const decidedOn = decisionDate(command, tip);
  const note = optionalText(command.data.note);
  return [{ type: 'IndirectUseRecorded', data: { tipId, ...(note ? { note } : {}), decidedOn } }];
}

export function recordNoAction(command: TipCommand<'RecordNoAction'>, state: TipState): TipEvent[] {
  const { tipId, reasonCode } = command.data;
  const tip = receivedTip(state, tipId);
  if (tip.outcomes.directActions.length > 0) {
    throw TIPS_RULES.violation('OUTCOME_CONFLICT', 'AV already recorded a direct action on this tip', {
      tipId,
      recorded: 'DIRECT_ACTION',
    });
  }
  if (tip.outcomes.noAction) {
    throw TIPS_RULES.violation('NO_ACTION_ALREADY_RECORDED', 'No action is already recorded for this tip', { tipId });
  }
  const reason = requiredText(
    command.reason,
    CORE_RULES.code('REASON_REQUIRED'),
    'Recording no action needs a reason',
    { tipId },
  );
  const decidedOn = decisionDate(command, tip);
  return [{ type: 'NoActionRecorded', data: { tipId, reasonCode, reason, decidedOn } }];
}

function decisionDate(command: { data: { decidedOn: string }; metadata: { now: Date } }, tip: ExistingTip): string {
  const decidedOn = pastOrToday(command.data.decidedOn, 'decidedOn', command.metadata.now, { tipId: tip.tipId });
  assertNotBefore(
    decidedOn,
    tip.receivedOn,
    TIPS_RULES.code('DATE_BEFORE_RECEIPT'),
    'AV cannot decide on a tip before it received it',
    {
      tipId: tip.tipId,
    },
  );
  return decidedOn;
}
