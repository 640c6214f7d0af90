import { NotStarted } from '@samverkan/core/domain';
import { EligibilityEvent } from './eligibility.commands';
import { IsoDate } from './supervision.model';

/** As first marked: a later workplace inspection with system deficiencies changes nothing. */
export interface EligiblePrincipal {
  status: 'ELIGIBLE';
  campaignId: string;
  organisationNumber: string;
  principalName: string;
  basedOnInspectionId: string;
  markedOn: IsoDate;
}

export type EligibilityState = NotStarted | EligiblePrincipal;
export type EligibilityStatus = EligibilityState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

/** The first marking stays; a later one, or an event this version does not know, leaves the state as it is. */
export function evolveEligibility(state: EligibilityState, event: EligibilityEvent): EligibilityState {
  if (event.type !== 'PrincipalMarkedEligible' || state.status === 'ELIGIBLE') return state;
  return { status: 'ELIGIBLE', ...event.data };
}
