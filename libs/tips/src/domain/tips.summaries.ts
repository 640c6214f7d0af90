export { counted, oneLine } from '@samverkan/core/domain';
import { Deficiency, DirectAction, Employer, NoActionReason } from './tips.model';

/** Swedish labels for the tip routine's codes, for summaries, read models and clients. */

export const deficiencyLabel: Record<Deficiency, string> = {
  NO_RETURN_TO_WORK_PLAN: 'ingen plan för återgång i arbete',
  NO_WORK_ADAPTATION: 'ingen arbetsanpassning',
  NO_REHABILITATION_ORGANISATION: 'ingen organisation för rehabiliteringsarbetet',
  WORK_ENVIRONMENT_RISK: 'risk i arbetsmiljön',
  OTHER: 'annan brist',
};

export const directActionLabel: Record<DirectAction, string> = {
  INSPECTION: 'inspektion',
  REQUIREMENT: 'krav (föreläggande)',
  OTHER: 'annan åtgärd',
};

export const noActionReasonLabel: Record<NoActionReason, string> = {
  ALREADY_KNOWN_TO_AV: 'redan känt av Arbetsmiljöverket',
  OUTSIDE_AV_MANDATE: 'utanför Arbetsmiljöverkets uppdrag',
  INSUFFICIENT_INFORMATION: 'otillräckligt underlag',
  PRIORITISED_ELSEWHERE: 'andra prioriteringar',
  EMPLOYER_ALREADY_CORRECTED: 'arbetsgivaren har redan åtgärdat bristen',
  OTHER: 'annat skäl',
};

export function employerPhrase(employer: Employer): string {
  return `${employer.name} (${employer.organisationNumber})`;
}
