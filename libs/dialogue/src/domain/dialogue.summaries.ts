export { capitalised, counted, oneLine } from '@samverkan/core/domain';
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

/** A Swedish list: "a", "a och b", "a, b och c". */
export function listOf(items: readonly string[], none = 'inga'): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}` : (items[0] ?? none);
}

/** The labels of `codes`, falling back to the code itself for one a label does not know. */
export function labelled<T extends string>(codes: readonly T[], labels: Record<T, string>): string[] {
  return codes.map((code) => labels[code] ?? code);
}
