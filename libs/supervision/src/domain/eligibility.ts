import { Decider, stated } from '@samverkan/core/domain';
import { EligibilityCommand, EligibilityEvent } from './eligibility.commands';
import { decideEligibility } from './eligibility.decide';
import { EligibilityState, evolveEligibility, initialEligibilityState } from './eligibility.state';

export type { EligibilityState, EligibilityStatus, EligiblePrincipal, NoEligibility } from './eligibility.state';

/**
 * One stream per campaign and principal, so marking twice meets the same stream. The category
 * `principalEligibility` holds no dash; `_` joins the two ids, as organisation numbers hold a dash.
 */
export function eligibilityStream(campaignId: string, organisationNumber: string): string {
  return `principalEligibility-${campaignId}_${organisationNumber}`;
}

export const eligibilityDecider: Decider<EligibilityCommand, EligibilityEvent, EligibilityState> = {
  initialState: initialEligibilityState,
  evolve: evolveEligibility,
  decide: decideEligibility,
  worldTimes: { MarkPrincipalEligible: stated('markedOn') },
};
