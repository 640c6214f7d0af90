import { commandMutation } from './command-mutation';

/** The 2025 plan for active collaboration (AV 2025/005661, FK 2025/002400), as the seeds describe it. */
export const PLAN_FIELDS = `
  year stream revision title status diaryNumbers { av fk }
  activities { activityId title area owner region dueDate indicators status cancellationReason addedByDecision progress { status note } }
  decisions { decisionId decidedAt what minutesReference recordedAs reason decidedBy { personId name organisation } }
  followUps { decisionId summary }`;

export const mutation = (name: string, inputType: string) =>
  commandMutation(name, inputType, `plan { ${PLAN_FIELDS} }`);

export const DRAFT = mutation('draftCollaborationPlan', 'DraftCollaborationPlanInput');
export const ADD_ACTIVITY = mutation('addPlanActivity', 'AddPlanActivityInput');
export const SUBMIT = mutation('submitCollaborationPlan', 'PlanRefInput');
export const ADOPT = mutation('adoptCollaborationPlan', 'PlanDecisionInput');
export const AMEND = mutation('amendCollaborationPlan', 'AmendCollaborationPlanInput');
export const PROGRESS = mutation('recordActivityProgress', 'RecordActivityProgressInput');

export const draft2025 = {
  year: 2025,
  title: 'Plan för aktiv samverkan 2025',
  diaryNumberAv: '2025/005661',
  diaryNumberFk: '2025/002400',
};

export const tipRoutineActivity = {
  activityId: 'tips-2025',
  title: 'Utveckla och följa upp tipsrutinen',
  area: 'TIP_ROUTINES',
  owner: 'JOINT',
  dueDate: '2025-12-31',
  indicators: ['antal tips', 'åtgärder på tips', 'spridning geografi och bransch'],
};

export const communicationActivity = {
  activityId: 'komm-2025',
  title: 'Gemensam kommunikationsinsats om arbetsgivarens ansvar',
  area: 'COMMUNICATION',
  owner: 'JOINT',
  dueDate: '2025-11-30',
  indicators: ['räckvidd kommunikationsinsats'],
};

export function decision(decisionId: string, what: string, decidedAt = '2025-03-20T10:00:00Z') {
  return {
    decisionId,
    decidedAt,
    decidedBy: [
      { name: 'Anna Andersson', organisation: 'FK' },
      { name: 'Bertil Berg', organisation: 'AV' },
    ],
    what,
    minutesReference: `Protokoll styrgruppen ${decidedAt.slice(0, 10)} §4`,
  };
}
