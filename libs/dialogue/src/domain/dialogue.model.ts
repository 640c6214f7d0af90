/** Dialogue meetings (riktad fördjupad dialog) with employers FK and AV select together. */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Why an employer is selected: ill-health rate (ohälsotal), known work environment and rehabilitation challenges, size. */
export const SELECTION_CRITERIA = ['ILL_HEALTH_RATE', 'KNOWN_CHALLENGES', 'SIZE'] as const;
export type SelectionCriterion = (typeof SELECTION_CRITERIA)[number];

/** One criterion as applied to one employer: the value seen and why it matters. */
export interface CriterionAssessment {
  criterion: SelectionCriterion;
  /** e.g. "ohälsotal 14,2 dagar", "2 300 anställda". */
  value: string;
  rationale: string;
}

/** An employer (a legal person) with its organisation number normalised `NNNNNN-NNNN`. */
export interface DialogueEmployer {
  organisationNumber: string;
  name: string;
}

export interface SelectedEmployer extends DialogueEmployer {
  criteria: CriterionAssessment[];
}

/** A targeted dialogue with selected employers, or a leadership dialogue (the directors-general with municipal directors). */
export const DIALOGUE_KINDS = ['TARGETED', 'LEADERSHIP'] as const;
export type DialogueKind = (typeof DIALOGUE_KINDS)[number];

/** Who the dialogue is for: mainly HR staff and managers. */
export const DIALOGUE_AUDIENCES = ['HR', 'MANAGERS', 'SENIOR_MANAGEMENT'] as const;
export type DialogueAudience = (typeof DIALOGUE_AUDIENCES)[number];

/** What the application read of a joint supervision inspection a topic cites. */
export interface CitedInspection {
  inspectionId: string;
  exists: boolean;
  principalOrganisationNumber: string;
}

/** A topic: deficiencies and openings, optionally citing an earlier joint supervision inspection. */
export interface DialogueTopic {
  title: string;
  citedInspectionId?: string;
}

/** What is planned for a dialogue meeting: the command, its event and the document share it. */
export interface DialogueMeetingPlan {
  meetingId: string;
  area: string;
  kind: DialogueKind;
  employers: DialogueEmployer[];
  plannedOn: IsoDate;
  audiences: DialogueAudience[];
  topics: DialogueTopic[];
}

/** The agencies that take part; a meeting is held only with both present. */
export const AGENCIES = ['FK', 'AV'] as const;
export type Agency = (typeof AGENCIES)[number];

export interface AgencyParticipant {
  personId: string;
  agency: Agency;
}

/** What the employer and the agencies agreed or found, to be followed up. */
export interface DialogueOutcome {
  outcomeId: string;
  description: string;
  followUpBy?: IsoDate;
}
