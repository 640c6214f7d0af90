import { ActivityKind, PARTICIPANT_ROLES, ParticipantCounts } from './momentum.model';

/** Swedish labels for the momentum module's codes, for summaries, read models and clients. */

export const activityKindLabel: Record<ActivityKind, string> = {
  CONFERENCE: 'konferens',
  TRAINING: 'utbildning',
  WEB_TRAINING: 'webbutbildning',
  STUDY_VISIT: 'studiebesök',
};

export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Free text in a one-line summary: line breaks become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A decimal with a Swedish comma: 7,2. */
export function decimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

export function peopleIn(counts: ParticipantCounts): number {
  return PARTICIPANT_ROLES.reduce((sum, role) => sum + counts[role], 0);
}
