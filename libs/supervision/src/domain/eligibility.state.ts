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
