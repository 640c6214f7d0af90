import { EligibilityEvent } from './eligibility.commands';
import { IsoDate } from './supervision.model';

export interface NoEligibility {
  status: 'NONE';
}

/** As first marked: a later workplace inspection with system deficiencies changes nothing. */
export interface EligiblePrincipal {
  status: 'ELIGIBLE';
  campaignId: string;
  organisationNumber: string;
  principalName: string;
  basedOnInspectionId: string;
  markedOn: IsoDate;
}

export type EligibilityState = NoEligibility | EligiblePrincipal;
export type EligibilityStatus = EligibilityState['status'];

export function initialEligibilityState(): EligibilityState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveEligibility(state: EligibilityState, event: EligibilityEvent): EligibilityState {
  switch (event.type) {
    case 'PrincipalMarkedEligible':
      return state.status === 'ELIGIBLE' ? state : { status: 'ELIGIBLE', ...event.data };
    default: {
      const unknown: never = event.type;
      return unknown;
    }
  }
}
