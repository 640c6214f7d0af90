import { existingIn } from '@samverkan/core/domain';
import { ExistingTip, TipState } from './tip.state';
import { TIPS_RULES } from './tips.rules';

export const existingTip = existingIn<ExistingTip, 'none'>('Tip', 'none');

/** Impulses are added, removed and the tip sent only while it is a draft. */
export function draftTip(state: TipState, tipId: string): ExistingTip {
  const tip = existingTip(state, tipId);
  if (tip.status !== 'draft') {
    throw TIPS_RULES.violation('TIP_ALREADY_SENT', `Tip ${tipId} was sent on ${tip.sentOn}`, {
      tipId,
      sentOn: tip.sentOn,
    });
  }
  return tip;
}

/** Outcomes come only after the tip was sent, and AV registered it. */
export function receivedTip(state: TipState, tipId: string): ExistingTip {
  const tip = existingTip(state, tipId);
  if (tip.status === 'draft') {
    throw TIPS_RULES.violation('TIP_NOT_SENT', `Tip ${tipId} has not been sent`, { tipId });
  }
  if (tip.status === 'sent') {
    throw TIPS_RULES.violation('TIP_NOT_RECEIVED', `AV has not registered tip ${tipId} yet`, { tipId });
  }
  return tip;
}

/** An impulse joins only a tip about its own employer; a missing employer counts as another one. */
export function assertSameEmployer(
  tip: Pick<ExistingTip, 'tipId' | 'employer'>,
  impulseId: string,
  employer?: string,
): void {
  if (employer?.trim() !== tip.employer.organisationNumber) {
    throw TIPS_RULES.violation('TIP_EMPLOYER_MISMATCH', `Impulse ${impulseId} is about another employer`, {
      tipId: tip.tipId,
      impulseId,
      tipEmployer: tip.employer.organisationNumber,
      impulseEmployer: employer ?? null,
    });
  }
}
