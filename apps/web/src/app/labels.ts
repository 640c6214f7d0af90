/** Swedish words for the API's codes that several desks show. */

/** What an entity page's status line starts with. */
export const STATUS_WORD = 'Status';

export const ACTIVITY_STATUS: Record<string, string> = {
  PLANNED: 'Planerad',
  IN_PROGRESS: 'Pågår',
  DONE: 'Klar',
  CANCELLED: 'Inställd',
};

export const PLAN_STATUS: Record<string, string> = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Inlämnad',
  ADOPTED: 'Fastställd',
  FOLLOWED_UP: 'Uppföljd',
  CLOSED: 'Avslutad',
};

/** The modules as the timeline and the oversight name them. */
export const MODULES: Record<string, string> = {
  plan: 'Samverkansplan',
  tips: 'Tipsrutin',
  forums: 'Regionala forum',
  supervision: 'Gemensam tillsyn',
  dialogue: 'Dialogmöten',
  knowledge: 'Kunskapsgruppen',
  momentum: 'Momentum',
};

/** A knowledge item's kind, on the knowledge desk and where a forum lists what was presented. */
export const KNOWLEDGE_KINDS: Record<string, string> = {
  REPORT: 'Rapport',
  METHOD: 'Metod',
  TOOL: 'Verktyg',
  RESEARCH: 'Forskning',
  RECORDING: 'Inspelning',
};

/** A meeting's status, a forum's and the knowledge group's alike. */
export const MEETING_STATUS: Record<string, string> = { PLANNED: 'Planerat', HELD: 'Hållet', CANCELLED: 'Inställt' };
