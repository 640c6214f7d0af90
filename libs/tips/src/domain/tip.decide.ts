import { decideByType, pastOrToday } from '@samverkan/core/domain';
import { TipCommand } from './tip.commands';
import { TipEvent } from './tip.events';
import { assertSameEmployer, draftTip, existingTip } from './tip.guards';
import { recordDirectAction, recordIndirectUse, recordNoAction } from './tip.outcomes';
import { TipState } from './tip.state';
import { assertNotBefore, optionalText, requiredText } from './tips.guards';
import { TIPS_RULES } from './tips.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the tip exist and is it in a status that
// allows the command, then the command's own content.

export const decideTip = decideByType<TipCommand, TipState, TipEvent>('tip', {
  CompileTip: compileTip,
  AddImpulseToTip: addImpulse,
  RemoveImpulseFromTip: removeImpulse,
  SendTip: sendTip,
  RecordTipReceipt: recordReceipt,
  RecordDirectAction: recordDirectAction,
  RecordIndirectUse: recordIndirectUse,
  RecordNoAction: recordNoAction,
});

function compileTip(command: TipCommand<'CompileTip'>, state: TipState): TipEvent[] {
  const { tipId, impulseIds = [], impulseEmployers = {} } = command.data;
  if (state.status !== 'none') {
    throw TIPS_RULES.violation('TIP_ALREADY_EXISTS', `Tip ${tipId} already exists`, { tipId });
  }
  if (impulseIds.length === 0) {
    throw TIPS_RULES.violation('TIP_WITHOUT_IMPULSES', 'A tip is compiled from at least one impulse', { tipId });
  }
  const seen = new Set<string>();
  for (const impulseId of impulseIds) {
    if (seen.has(impulseId)) {
      throw TIPS_RULES.violation('DUPLICATE_IMPULSE', `Impulse ${impulseId} is named twice`, { tipId, impulseId });
    }
    seen.add(impulseId);
  }
  const employer = {
    organisationNumber: command.data.employer?.organisationNumber?.trim() ?? '',
    name: command.data.employer?.name?.trim() ?? '',
  };
  for (const impulseId of impulseIds) assertSameEmployer({ tipId, employer }, impulseId, impulseEmployers[impulseId]);
  const summary = requiredText(
    command.data.summary,
    TIPS_RULES.code('SUMMARY_REQUIRED'),
    'A tip needs a summary for AV',
    { tipId },
  );
  const region = command.data.region?.trim() ?? '';
  const industry = command.data.industry?.trim() ?? '';
  return [{ type: 'TipCompiled', data: { tipId, employer, region, industry, impulseIds: [...impulseIds], summary } }];
}

function addImpulse(command: TipCommand<'AddImpulseToTip'>, state: TipState): TipEvent[] {
  const { tipId, impulseId } = command.data;
  const tip = draftTip(state, tipId);
  if (tip.impulseIds.includes(impulseId)) return [];
  assertSameEmployer(tip, impulseId, command.data.impulseEmployer);
  return [{ type: 'ImpulseAddedToTip', data: { tipId, impulseId } }];
}

function removeImpulse(command: TipCommand<'RemoveImpulseFromTip'>, state: TipState): TipEvent[] {
  const { tipId, impulseId } = command.data;
  const tip = draftTip(state, tipId);
  if (!tip.impulseIds.includes(impulseId)) {
    throw TIPS_RULES.violation('IMPULSE_NOT_IN_TIP', `Impulse ${impulseId} is not in tip ${tipId}`, {
      tipId,
      impulseId,
    });
  }
  if (tip.impulseIds.length === 1) {
    throw TIPS_RULES.violation('TIP_WITHOUT_IMPULSES', 'The last impulse of a tip cannot be removed', {
      tipId,
      impulseId,
    });
  }
  return [{ type: 'ImpulseRemovedFromTip', data: { tipId, impulseId } }];
}

function sendTip(command: TipCommand<'SendTip'>, state: TipState): TipEvent[] {
  const { tipId } = command.data;
  const tip = draftTip(state, tipId);
  const sentOn = pastOrToday(command.data.sentOn, 'sentOn', command.metadata.now, { tipId });
  return [{ type: 'TipSent', data: { tipId, sentOn, impulseIds: [...tip.impulseIds] } }];
}

function recordReceipt(command: TipCommand<'RecordTipReceipt'>, state: TipState): TipEvent[] {
  const { tipId } = command.data;
  const tip = existingTip(state, tipId);
  if (tip.status === 'draft') {
    throw TIPS_RULES.violation('TIP_NOT_SENT', `Tip ${tipId} has not been sent`, { tipId });
  }
  if (tip.status === 'received') {
    throw TIPS_RULES.violation('TIP_ALREADY_RECEIVED', `AV registered tip ${tipId} on ${tip.receivedOn}`, {
      tipId,
      receivedOn: tip.receivedOn,
    });
  }
  const receivedOn = pastOrToday(command.data.receivedOn, 'receivedOn', command.metadata.now, { tipId });
  assertNotBefore(
    receivedOn,
    tip.sentOn,
    TIPS_RULES.code('DATE_BEFORE_SENT'),
    'AV cannot receive a tip before it was sent',
    { tipId },
  );
  const avDiaryNumber = optionalText(command.data.avDiaryNumber);
  return [{ type: 'TipReceived', data: { tipId, receivedOn, ...(avDiaryNumber ? { avDiaryNumber } : {}) } }];
}
