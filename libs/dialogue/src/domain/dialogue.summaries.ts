export { capitalised, counted, labelled, listOf, oneLine } from '@samverkan/core/domain';
import { Agency, DialogueAudience, DialogueKind, SelectionCriterion } from './dialogue.model';

/** Swedish labels for the dialogue module's codes, for summaries, read models and clients. */

export const selectionCriterionLabel: Record<SelectionCriterion, string> = {
  ILL_HEALTH_RATE: 'ohälsotal',
  KNOWN_CHALLENGES: 'kända utmaningar',
  SIZE: 'omfattning',
};

export const dialogueKindLabel: Record<DialogueKind, string> = {
  TARGETED: 'riktad fördjupad dialog',
  LEADERSHIP: 'ledningsdialog',
};

export const dialogueAudienceLabel: Record<DialogueAudience, string> = {
  HR: 'HR',
  MANAGERS: 'chefer',
  SENIOR_MANAGEMENT: 'högsta ledning',
};

export const agencyLabel: Record<Agency, string> = {
  FK: 'Försäkringskassan',
  AV: 'Arbetsmiljöverket',
};
