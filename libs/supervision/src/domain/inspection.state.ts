import { InspectionEvent } from './inspection.events';
import { Finding, InspectionSubject, IsoDate } from './supervision.model';

/** A requirement issued to the employer; `met` is the verdict of the latest follow-up after it was issued. */
export interface InspectionRequirement {
  requirementId: string;
  dueDate: IsoDate;
  met: boolean;
}

export interface InspectionFollowUp {
  followedUpOn: IsoDate;
  requirementsMet: boolean;
}

export interface NoInspection {
  status: 'NONE';
}

export interface ExistingInspection extends InspectionSubject {
  status: 'OPEN' | 'CLOSED' | 'CARRIED_OVER';
  inspectionId: string;
  campaignId: string;
  /** The workplace inspection a principal-level inspection builds on. */
  basedOnInspectionId?: string;
  /** FK staff who took part, each once, in the order recorded. */
  fkParticipantIds: readonly string[];
  findings: readonly Finding[];
  /** Whether any finding so far is a system deficiency. */
  systemDeficiencies: boolean;
  requirements: readonly InspectionRequirement[];
  followUps: readonly InspectionFollowUp[];
  closedOn?: IsoDate;
  carryOverReason?: string;
}

export type InspectionState = NoInspection | ExistingInspection;
export type InspectionStatus = InspectionState['status'];

export function initialInspectionState(): InspectionState {
  return { status: 'NONE' };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveInspection(state: InspectionState, event: InspectionEvent): InspectionState {
  switch (event.type) {
    case 'InspectionRecorded': {
      const {
        inspectionId,
        campaignId,
        level,
        principal,
        workplace,
        sector,
        region,
        inspectedOn,
        basedOnInspectionId,
      } = event.data;
      return {
        status: 'OPEN',
        inspectionId,
        campaignId,
        level,
        principal,
        ...(workplace !== undefined ? { workplace } : {}),
        sector,
        region,
        inspectedOn,
        ...(basedOnInspectionId !== undefined ? { basedOnInspectionId } : {}),
        fkParticipantIds: [],
        findings: [],
        systemDeficiencies: false,
        requirements: [],
        followUps: [],
      };
    }
    case 'FkParticipationRecorded': {
      const { participantIds } = event.data;
      return onInspection(state, (inspection) => ({
        ...inspection,
        fkParticipantIds: [...new Set([...inspection.fkParticipantIds, ...participantIds])],
      }));
    }
    case 'FindingsRecorded':
      return onInspection(state, (inspection) => ({
        ...inspection,
        findings: [...inspection.findings, ...event.data.findings],
        systemDeficiencies: inspection.systemDeficiencies || event.data.systemDeficiencies,
      }));
    case 'RequirementIssued': {
      const { requirementId, dueDate } = event.data;
      return onInspection(state, (inspection) => ({
        ...inspection,
        requirements: [...inspection.requirements, { requirementId, dueDate, met: false }],
      }));
    }
    case 'FollowUpRecorded': {
      const { followedUpOn, requirementsMet } = event.data;
      return onInspection(state, (inspection) => ({
        ...inspection,
        requirements: inspection.requirements.map((requirement) => ({ ...requirement, met: requirementsMet })),
        followUps: [...inspection.followUps, { followedUpOn, requirementsMet }],
      }));
    }
    case 'InspectionClosed':
      return onInspection(state, (inspection) => ({ ...inspection, status: 'CLOSED', closedOn: event.data.closedOn }));
    case 'InspectionCarriedOver':
      return onInspection(state, (inspection) => ({
        ...inspection,
        status: 'CARRIED_OVER',
        carryOverReason: event.data.reason,
      }));
    default: {
      const unknown: never = event;
      return unknown;
    }
  }
}

/** Events before InspectionRecorded cannot occur in its stream; if one did, it changes nothing. */
function onInspection(
  state: InspectionState,
  change: (inspection: ExistingInspection) => ExistingInspection,
): InspectionState {
  return state.status === 'NONE' ? state : change(state);
}
