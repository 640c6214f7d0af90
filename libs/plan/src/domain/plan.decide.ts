import { assertValidActivity } from './plan.activity';
import { PlanCommand } from './plan.commands';
import { assertValidDecision } from './plan.decision';
import { PlanEvent } from './plan.events';
import {
  activityOf,
  ADOPTED_STATUSES,
  assertNewActivityId,
  checkedChanges,
  inStatus,
  isSettled,
  unfinishedActivityOf,
} from './plan.guards';
import { Amendment } from './plan.model';
import { ExistingPlan, PlanState } from './plan.state';
import { PLAN_RULES } from './plan.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the plan exist and is it in a status that
// allows the command, is the cited decision valid, then the command's own content.

export function decide(command: PlanCommand, state: PlanState): PlanEvent[] {
  const { year } = command.data;
  switch (command.type) {
    case 'DraftPlan':
      return draftPlan(command, state);
    case 'AddActivity':
      return addActivity(command, inStatus(state, year, ['DRAFT'], 'PLAN_NOT_DRAFT'));
    case 'ChangeActivity':
      return changeActivity(command, inStatus(state, year, ['DRAFT'], 'PLAN_NOT_DRAFT'));
    case 'RemoveActivity': {
      const plan = inStatus(state, year, ['DRAFT'], 'PLAN_NOT_DRAFT');
      const { title } = activityOf(plan, command.data.activityId);
      return [{ type: 'ActivityRemoved', data: { year, activityId: command.data.activityId, title } }];
    }
    case 'SubmitPlan': {
      const plan = inStatus(state, year, ['DRAFT'], 'PLAN_NOT_DRAFT');
      if (plan.activities.size === 0) {
        throw PLAN_RULES.violation('PLAN_HAS_NO_ACTIVITIES', 'A plan needs at least one activity to be submitted', {
          year,
        });
      }
      return [{ type: 'PlanSubmitted', data: { year, activityIds: [...plan.activities.keys()] } }];
    }
    case 'RecordActivityProgress':
      return recordProgress(command, inStatus(state, year, ADOPTED_STATUSES, 'PLAN_NOT_ADOPTED'));
    case 'ReturnPlanToDraft': {
      const plan = inStatus(state, year, ['SUBMITTED'], 'PLAN_NOT_SUBMITTED');
      assertValidDecision(command, plan);
      return [{ type: 'PlanReturnedToDraft', data: { year, decision: command.data.decision } }];
    }
    case 'AdoptPlan': {
      const plan = inStatus(state, year, ['SUBMITTED'], 'PLAN_NOT_SUBMITTED');
      assertValidDecision(command, plan);
      const activityIds = [...plan.activities.keys()];
      return [{ type: 'PlanAdopted', data: { year, decision: command.data.decision, activityIds } }];
    }
    case 'AmendPlan':
      return amendPlan(command, inStatus(state, year, ADOPTED_STATUSES, 'PLAN_NOT_ADOPTED'));
    case 'FollowUpPlan':
      return followUpPlan(command, inStatus(state, year, ADOPTED_STATUSES, 'PLAN_NOT_ADOPTED'));
    case 'ClosePlan': {
      const plan = inStatus(state, year, ['FOLLOWED_UP'], 'PLAN_NOT_FOLLOWED_UP');
      assertValidDecision(command, plan);
      const open = [...plan.activities.values()].filter((a) => !isSettled(a)).map((a) => a.activityId);
      if (open.length > 0) {
        throw PLAN_RULES.violation(
          'PLAN_HAS_OPEN_ACTIVITIES',
          'Every activity must be done, or cancelled with a reason, before the plan is closed',
          { year, activityIds: open },
        );
      }
      return [{ type: 'PlanClosed', data: { year, decision: command.data.decision } }];
    }
    default: {
      const unknown: never = command;
      throw new Error(`Unknown plan command ${(unknown as { type: string }).type}`);
    }
  }
}

function draftPlan(command: PlanCommand<'DraftPlan'>, state: PlanState): PlanEvent[] {
  const { year, title, diaryNumbers } = command.data;
  if (state.status !== 'NONE') {
    throw PLAN_RULES.violation('PLAN_ALREADY_EXISTS', `A plan for ${year} already exists`, { year });
  }
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw PLAN_RULES.violation('INVALID_PLAN_YEAR', 'The plan year must be a whole year, 2000–2100', { year });
  }
  if (!title?.trim()) {
    throw PLAN_RULES.violation('PLAN_TITLE_REQUIRED', 'The plan needs a title', { year });
  }
  return [{ type: 'PlanDrafted', data: { year, title, diaryNumbers: diaryNumbers ?? {} } }];
}

function addActivity(command: PlanCommand<'AddActivity'>, plan: ExistingPlan): PlanEvent[] {
  const { activity } = command.data;
  assertNewActivityId(plan, activity.activityId);
  assertValidActivity(activity, plan.year);
  return [{ type: 'ActivityAdded', data: { year: plan.year, activity } }];
}

function changeActivity(command: PlanCommand<'ChangeActivity'>, plan: ExistingPlan): PlanEvent[] {
  const { activityId } = command.data;
  const changes = checkedChanges(plan, activityOf(plan, activityId), command.data.changes);
  return [{ type: 'ActivityChanged', data: { year: plan.year, activityId, changes } }];
}

function recordProgress(command: PlanCommand<'RecordActivityProgress'>, plan: ExistingPlan): PlanEvent[] {
  const { activityId, status, note } = command.data;
  unfinishedActivityOf(plan, activityId);
  if (!note?.trim()) {
    throw PLAN_RULES.violation('PROGRESS_NOTE_REQUIRED', 'Progress needs a note on what was done', { activityId });
  }
  return [{ type: 'ActivityProgressRecorded', data: { year: plan.year, activityId, status, note } }];
}

function amendPlan(command: PlanCommand<'AmendPlan'>, plan: ExistingPlan): PlanEvent[] {
  const reason = assertValidDecision(command, plan);
  const requested = command.data.amendment;
  let amendment: Amendment;
  switch (requested.kind) {
    case 'ADD_ACTIVITY':
      assertNewActivityId(plan, requested.activity.activityId);
      assertValidActivity(requested.activity, plan.year);
      amendment = requested;
      break;
    case 'CHANGE_ACTIVITY': {
      const activity = unfinishedActivityOf(plan, requested.activityId);
      amendment = { ...requested, changes: checkedChanges(plan, activity, requested.changes) };
      break;
    }
    case 'CANCEL_ACTIVITY':
      unfinishedActivityOf(plan, requested.activityId);
      amendment = { ...requested, reason };
      break;
    default: {
      const unknown: never = requested;
      throw new Error(`Unknown amendment ${(unknown as { kind: string }).kind}`);
    }
  }
  return [{ type: 'PlanAmended', data: { year: plan.year, decision: command.data.decision, amendment } }];
}

function followUpPlan(command: PlanCommand<'FollowUpPlan'>, plan: ExistingPlan): PlanEvent[] {
  assertValidDecision(command, plan);
  const { decision, summary, indicatorResults = [] } = command.data;
  if (!summary?.trim()) {
    throw PLAN_RULES.violation('FOLLOW_UP_SUMMARY_REQUIRED', 'A follow-up needs a summary', { year: plan.year });
  }
  for (const { activityId, indicator, result } of indicatorResults) {
    // An activity may have been added with its indicators left out: it has none to report on.
    if (!activityOf(plan, activityId).indicators?.includes(indicator)) {
      throw PLAN_RULES.violation('INDICATOR_NOT_FOUND', `Activity ${activityId} has no indicator "${indicator}"`, {
        activityId,
        indicator,
      });
    }
    if (!result?.trim()) {
      throw PLAN_RULES.violation('INDICATOR_RESULT_REQUIRED', 'An indicator result cannot be empty', {
        activityId,
        indicator,
      });
    }
  }
  return [{ type: 'PlanFollowedUp', data: { year: plan.year, decision, summary, indicatorResults } }];
}
