import type { AgencyParticipant, DialogueMeetingPlan, IsoDate, SelectedEmployer } from '../domain';

export interface SelectionDoc {
  selectionId: string;
  area: string;
  year: number;
  employers: (SelectedEmployer & { reason: string })[];
  deselected: { organisationNumber: string; name: string; reason: string }[];
}

export type DialogueMeetingStatus = 'PLANNED' | 'HELD' | 'CANCELLED';

export interface OutcomeDoc {
  outcomeId: string;
  description: string;
  followUpBy: IsoDate | null;
  recordedOn: IsoDate;
  followUps: { followedUpOn: IsoDate; note: string; done: boolean }[];
  /** The latest follow-up said done. */
  done: boolean;
}

export interface DialogueMeetingDoc extends DialogueMeetingPlan {
  participants: AgencyParticipant[];
  status: DialogueMeetingStatus;
  heldOn: IsoDate | null;
  employerParticipants: number | null;
  cancellationReason: string | null;
  outcomes: OutcomeDoc[];
  position: string;
}
