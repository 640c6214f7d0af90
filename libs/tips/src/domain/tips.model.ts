/** The tip routine's vocabulary (tipshantering): impulses from FK staff, tips to AV, AV's outcomes. */

/** An employer is a legal person: never a sole trader, whose number is a personal identity number. */
export interface Employer {
  /** Normalised `NNNNNN-NNNN`, checksum verified. */
  organisationNumber: string;
  name: string;
}

export const DEFICIENCIES = [
  'NO_RETURN_TO_WORK_PLAN',
  'NO_WORK_ADAPTATION',
  'NO_REHABILITATION_ORGANISATION',
  'WORK_ENVIRONMENT_RISK',
  'OTHER',
] as const;
export type Deficiency = (typeof DEFICIENCIES)[number];

export const DIRECT_ACTIONS = ['INSPECTION', 'REQUIREMENT', 'OTHER'] as const;
/** What AV did directly on a tip: an inspection, a requirement (föreläggande/krav), or another action. */
export type DirectAction = (typeof DIRECT_ACTIONS)[number];

export const NO_ACTION_REASONS = [
  'ALREADY_KNOWN_TO_AV',
  'OUTSIDE_AV_MANDATE',
  'INSUFFICIENT_INFORMATION',
  'PRIORITISED_ELSEWHERE',
  'EMPLOYER_ALREADY_CORRECTED',
  'OTHER',
] as const;
/** Why AV took no action, as a code the funnel can count; the free-text reason says more. */
export type NoActionReason = (typeof NO_ACTION_REASONS)[number];

/** A calendar date, `YYYY-MM-DD`: when something happened, which may be before it was registered. */
export type IsoDate = string;
