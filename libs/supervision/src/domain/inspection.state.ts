import { evolveEntity, NotStarted } from '@samverkan/core/domain';
import { InspectionEvent } from './inspection.events';
import { Finding, IsoDate } from './supervision.model';

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

/** The state starts as the recording has it, but for the inspectors: no later command asks who they were. */
export interface ExistingInspection extends Omit<InspectionEvent<'InspectionRecorded'>['data'], 'inspectorIds'> {
  status: 'OPEN' | 'CLOSED' | 'CARRIED_OVER';
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

export type InspectionState = NotStarted | ExistingInspection;
export type InspectionStatus = InspectionState['status'];

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export const evolveInspection = evolveEntity<InspectionEvent, ExistingInspection, 'InspectionRecorded'>(
  {
    InspectionRecorded: ({ data: { inspectorIds, ...recorded } }) => ({
      ...recorded,
      status: 'OPEN',
      fkParticipantIds: [],
      findings: [],
      systemDeficiencies: false,
      requirements: [],
      followUps: [],
    }),
  },
  {
    FkParticipationRecorded: (inspection, { data: { participantIds } }) => ({
      ...inspection,
      fkParticipantIds: [...new Set([...inspection.fkParticipantIds, ...participantIds])],
    }),
    FindingsRecorded: (inspection, { data }) => ({
      ...inspection,
      findings: [...inspection.findings, ...data.findings],
      systemDeficiencies: inspection.systemDeficiencies || data.systemDeficiencies,
    }),
    RequirementIssued: (inspection, { data: { requirementId, dueDate } }) => ({
      ...inspection,
      requirements: [...inspection.requirements, { requirementId, dueDate, met: false }],
    }),
    FollowUpRecorded: (inspection, { data: { followedUpOn, requirementsMet } }) => ({
      ...inspection,
      requirements: inspection.requirements.map((requirement) => ({ ...requirement, met: requirementsMet })),
      followUps: [...inspection.followUps, { followedUpOn, requirementsMet }],
    }),
    InspectionClosed: (inspection, { data }) => ({ ...inspection, status: 'CLOSED', closedOn: data.closedOn }),
    InspectionCarriedOver: (inspection, { data }) => ({
      ...inspection,
      status: 'CARRIED_OVER',
      carryOverReason: data.reason,
    }),
  },
);
