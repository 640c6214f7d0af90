import { decideByType, organisationNumber, pastOrToday, requiredId, requiredText } from '@samverkan/core/domain';
import { EligibilityCommand, EligibilityEvent } from './eligibility.commands';
import { EligibilityState } from './eligibility.state';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// The process manager may deliver the same finding twice, or a second workplace inspection may
// find system deficiencies too: a principal is marked once per campaign, and never unmarked.

export const decideEligibility = decideByType<EligibilityCommand, EligibilityState, EligibilityEvent>('eligibility', {
  MarkPrincipalEligible: mark,
});

function mark(command: EligibilityCommand<'MarkPrincipalEligible'>, state: EligibilityState): EligibilityEvent[] {
  const campaignId = requiredId(command.data.campaignId, 'campaignId');
  const details = { campaignId };
  const number = organisationNumber(command.data.organisationNumber, details);
  const basedOnInspectionId = requiredId(command.data.basedOnInspectionId, 'basedOnInspectionId', details);
  const principalName = requiredText(command.data.principalName, 'principalName', { details });
  const markedOn = pastOrToday(command.data.markedOn, 'markedOn', command.metadata.now, details);
  if (state.status === 'ELIGIBLE') return [];
  return [
    {
      type: 'PrincipalMarkedEligible',
      data: { campaignId, organisationNumber: number, principalName, basedOnInspectionId, markedOn },
    },
  ];
}
