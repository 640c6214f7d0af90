import { CORE_RULES, isCalendarDate } from '@samverkan/core/domain';
import { SteeringGroupDecision } from './plan.model';
import { ExistingPlan } from './plan.state';
import { PLAN_RULES } from './plan.rules';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

interface DecisionCommand {
  reason?: string;
  metadata: { now: Date };
  data: { decision: SteeringGroupDecision };
}

/**
 * The rules every steering group decision holds: it says why, who decided (by person id and
 * organisation), what, when (not later than now) and where it is minuted, and is cited only once.
 * Returns the trimmed reason, for events that record it.
 */
export function assertValidDecision(command: DecisionCommand, plan: ExistingPlan): string {
  const reason = command.reason?.trim();
  if (!reason) {
    throw CORE_RULES.violation('REASON_REQUIRED', 'A steering group decision needs a reason');
  }
  const { decision } = command.data;
  const { decisionId } = decision;
  if (!decisionId?.trim()) {
    throw PLAN_RULES.violation('DECISION_ID_REQUIRED', 'The decision needs its reference, e.g. SG-2025-03');
  }
  if (!decision.decidedBy?.length) {
    throw PLAN_RULES.violation('DECISION_WITHOUT_MEMBERS', 'A decision needs at least one member who took it', {
      decisionId,
    });
  }
  assertValidMembers(decision);
  if (!decision.what?.trim()) {
    throw PLAN_RULES.violation('DECISION_WHAT_REQUIRED', 'The decision must say what was decided', { decisionId });
  }
  if (!decision.minutesReference?.trim()) {
    throw PLAN_RULES.violation('MINUTES_REFERENCE_REQUIRED', 'The decision must cite its minutes', {
      decisionId,
    });
  }
  const written = ISO_DATE_TIME.test(decision.decidedAt ?? '') && isCalendarDate(decision.decidedAt.slice(0, 10));
  const decidedAt = written ? Date.parse(decision.decidedAt) : NaN;
  if (Number.isNaN(decidedAt)) {
    throw PLAN_RULES.violation('INVALID_DECISION_TIME', 'decidedAt must be an ISO date-time with offset', {
      decisionId,
      decidedAt: decision.decidedAt,
    });
  }
  if (decidedAt > command.metadata.now.getTime()) {
    throw PLAN_RULES.violation('DECISION_IN_FUTURE', 'A decision cannot be recorded before it is taken', {
      decisionId,
      decidedAt: decision.decidedAt,
      now: command.metadata.now.toISOString(),
    });
  }
  if (plan.decisionIds.includes(decisionId)) {
    throw PLAN_RULES.violation('DECISION_ALREADY_RECORDED', `Decision ${decisionId} is already recorded`, {
      decisionId,
      year: plan.year,
    });
  }
  return reason;
}

function assertValidMembers(decision: SteeringGroupDecision): void {
  const seen = new Set<string>();
  for (const [index, member] of decision.decidedBy.entries()) {
    const problem =
      !member?.personId?.trim() || !member.organisation?.trim()
        ? 'needs a person id and an organisation'
        : seen.has(member.personId)
          ? 'is listed twice'
          : null;
    if (problem) {
      throw PLAN_RULES.violation('INVALID_DECISION_MEMBER', `Member ${index + 1} of the decision ${problem}`, {
        decisionId: decision.decisionId,
        index,
      });
    }
    seen.add(member.personId);
  }
}
