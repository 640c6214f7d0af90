/** The tip funnel's counted measures, as the dashboard publishes them (the no-action reasons aside). */
export const FUNNEL_COUNTS = [
  'impulses',
  'dismissedImpulses',
  'tips',
  'directActions',
  'indirectUses',
  'noActions',
  'awaitingOutcome',
] as const;

/** The dialogue coverage's measures of an area. */
export const COVERAGE_MEASURES = [
  'employersSelected',
  'meetingsPlanned',
  'meetingsHeld',
  'meetingsCancelled',
  'outcomes',
  'outcomesFollowedUp',
] as const;
