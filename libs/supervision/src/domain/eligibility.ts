import { entityDecider, stated } from '@samverkan/core/domain';
import { decideEligibility } from './eligibility.decide';
import { evolveEligibility } from './eligibility.state';

/**
 * One stream per campaign and principal, so marking twice meets the same stream. The category
 * `principalEligibility` holds no dash; `_` joins the two ids, as organisation numbers hold a dash.
 */
export function eligibilityStream(campaignId: string, organisationNumber: string): string {
  return `principalEligibility-${campaignId}_${organisationNumber}`;
}

export const eligibilityDecider = entityDecider(evolveEligibility, decideEligibility, {
  MarkPrincipalEligible: stated('markedOn'),
});
