export { capitalised, counted, oneLine } from '@samverkan/core/domain';
import { ActivityKind, PARTICIPANT_ROLES, ParticipantCounts } from './momentum.model';

/** Swedish labels for the momentum module's codes, for summaries, read models and clients. */

export const activityKindLabel: Record<ActivityKind, string> = {
  CONFERENCE: 'konferens',
  TRAINING: 'utbildning',
  WEB_TRAINING: 'webbutbildning',
  STUDY_VISIT: 'studiebesök',
};

/** A decimal with a Swedish comma: 7,2. */
export function decimal(value: number): string {
  return value.toFixed(1).replace('.', ',');
}

export function peopleIn(counts: ParticipantCounts): number {
  return PARTICIPANT_ROLES.reduce((sum, role) => sum + counts[role], 0);
}
