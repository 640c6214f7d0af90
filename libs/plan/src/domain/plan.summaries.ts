import { counted } from '@samverkan/core/domain';
export { capitalised, counted } from '@samverkan/core/domain';
import {
  ActivityArea,
  ActivityChanges,
  ActivityOwner,
  DiaryNumbers,
  PlanActivity,
  ProgressStatus,
  SteeringGroupDecision,
} from './plan.model';

/** Swedish building blocks for the audit timeline's one-line summaries. */

const areaLabel: Record<ActivityArea, string> = {
  TIP_ROUTINES: 'tipsrutiner',
  COMMUNICATION: 'kommunikation',
  JOINT_SUPERVISION: 'gemensam tillsyn',
  DIALOGUE: 'dialog',
  KNOWLEDGE: 'kunskap',
  OTHER: 'övrigt',
};

const ownerLabel: Record<ActivityOwner, string> = {
  FK: 'Försäkringskassan',
  AV: 'Arbetsmiljöverket',
  JOINT: 'gemensamt',
};

const fieldLabel: Record<keyof ActivityChanges, string> = {
  title: 'titel',
  area: 'område',
  owner: 'ansvar',
  region: 'region',
  dueDate: 'slutdatum',
  indicators: 'indikatorer',
};

export const progressLabel: Record<ProgressStatus, string> = {
  IN_PROGRESS: 'pågående',
  DONE: 'genomförd',
};

export function planName(year: number): string {
  return `plan för aktiv samverkan ${year}`;
}

export function diaryPhrase(diaryNumbers: DiaryNumbers): string {
  const numbers = [
    diaryNumbers.av ? `AV ${diaryNumbers.av}` : null,
    diaryNumbers.fk ? `FK ${diaryNumbers.fk}` : null,
  ].filter((n): n is string => n !== null);
  return numbers.length > 0 ? ` (dnr ${numbers.join(', ')})` : '';
}

export function activityPhrase(activity: PlanActivity): string {
  const region = activity.region ? `, region ${activity.region}` : '';
  return (
    `aktiviteten "${activity.title}" (område ${areaLabel[activity.area]}, ansvar ${ownerLabel[activity.owner]}` +
    `${region}, klar senast ${activity.dueDate})`
  );
}

export function changedFields(changes: ActivityChanges): string {
  return (Object.keys(changes) as (keyof ActivityChanges)[]).map((field) => fieldLabel[field]).join(', ');
}

/** Counts members per organisation: who decided is by organisation here, never by name. */
export function decisionPhrase(decision: SteeringGroupDecision): string {
  const perOrganisation = new Map<string, number>();
  for (const member of decision.decidedBy) {
    perOrganisation.set(member.organisation, (perOrganisation.get(member.organisation) ?? 0) + 1);
  }
  const members = [...perOrganisation].map(([organisation, count]) => `${count} ${organisation}`).join(', ');
  const total = counted(decision.decidedBy.length, 'ledamot', 'ledamöter');
  return `(beslut ${decision.decisionId}, protokoll ${decision.minutesReference}; ${total}: ${members})`;
}
