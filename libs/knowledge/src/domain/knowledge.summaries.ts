export { capitalised, counted, listOf, oneLine } from '@samverkan/core/domain';
import { ItemKind, ReviewVerdict, Term } from './knowledge.model';

/** Swedish labels for the knowledge module's codes, for summaries, read models and clients. */

export const itemKindLabel: Record<ItemKind, string> = {
  REPORT: 'rapport',
  METHOD: 'metod',
  TOOL: 'verktyg',
  RESEARCH: 'forskning',
  RECORDING: 'inspelning',
};

export const reviewVerdictLabel: Record<ReviewVerdict, string> = {
  APPROVED: 'godkänt',
  REJECTED: 'avslaget',
};

export const termLabel: Record<Term, string> = {
  VT: 'vårterminen',
  HT: 'höstterminen',
};
