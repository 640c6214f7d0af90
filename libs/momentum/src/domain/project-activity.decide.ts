import {
  calendarDate,
  decideByType,
  existingIn,
  onEntity,
  oneOf,
  ORGANISATIONS,
  pastOrToday,
  requiredId,
  requiredReason,
  requiredText,
  requireStatus,
  RuleCode,
  TEXT_LIMITS,
} from '@samverkan/core/domain';
import {
  countryCode,
  evaluationScale,
  expectedParticipants,
  insideProjectPeriod,
  respondentCount,
} from './momentum.guards';
import { ACTIVITY_KINDS, ActivityKind, ActivityStatus, SWEDEN } from './momentum.model';
import { ActivityCommand, ActivityEvent } from './project-activity.commands';
import { participantTotal, recordParticipants } from './project-activity.participants';
import { ActivityState, ExistingActivity } from './project-activity.state';
import { MOMENTUM_RULES } from './momentum.rules';

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// Each command is checked in the same order: does the activity exist and is it in a status that
// allows the command, then the command's own content, then the reason. Planned → held or
// cancelled, never back; participants and the evaluation follow a held activity.

const existingActivity = existingIn<ExistingActivity>('Activity');
const onPlanned = onEntity(plannedActivity, 'activityId');
const onHeld = onEntity(heldActivity, 'activityId');

export const decideActivity = decideByType<ActivityCommand, ActivityState, ActivityEvent>('project activity', {
  PlanActivity: plan,
  RescheduleActivity: onPlanned(reschedule),
  HoldActivity: onPlanned(hold),
  RecordParticipants: onHeld(recordParticipants),
  CancelActivity: onPlanned(cancel),
  ReportEvaluation: onHeld(evaluate),
});

function plan(command: ActivityCommand<'PlanActivity'>, state: ActivityState): ActivityEvent[] {
  const activityId = requiredId(command.data.activityId, 'activityId');
  if (state.status !== 'NONE') {
    throw MOMENTUM_RULES.violation('ACTIVITY_ALREADY_PLANNED', `Activity ${activityId} is already planned`, {
      activityId,
    });
  }
  const details = { activityId };
  const kind = oneOf(command.data.kind, ACTIVITY_KINDS, 'kind', details);
  const title = requiredText(command.data.title, 'title', { details });
  const given = command.data.organiser;
  const organiser = oneOf(
    (typeof given === 'string' ? given.trim() : given) as (typeof ORGANISATIONS)[number],
    ORGANISATIONS,
    'organiser',
    details,
  );
  const date = insideProjectPeriod(calendarDate(command.data.date, 'date', details), 'date', details);
  const place = requiredText(command.data.place, 'place', { details });
  const country = validCountry(kind, command.data.country, details);
  const region =
    command.data.region === undefined ? undefined : requiredText(command.data.region, 'region', { details });
  const expected = expectedParticipants(command.data.expectedParticipants, details);
  return [
    {
      type: 'ActivityPlanned',
      data: {
        activityId,
        kind,
        title,
        organiser,
        date,
        place,
        ...(country !== undefined ? { country } : {}),
        ...(region !== undefined ? { region } : {}),
        expectedParticipants: expected,
      },
    },
  ];
}

function reschedule(command: ActivityCommand<'RescheduleActivity'>, activity: ExistingActivity): ActivityEvent[] {
  const { activityId } = activity;
  const date = insideProjectPeriod(calendarDate(command.data.date, 'date', { activityId }), 'date', { activityId });
  if (date === activity.date) return [];
  return [{ type: 'ActivityRescheduled', data: { activityId, date, previous: activity.date } }];
}

/** Held on a day that has come, inside the project period, with a short account of what happened. */
function hold(command: ActivityCommand<'HoldActivity'>, activity: ExistingActivity): ActivityEvent[] {
  const { activityId } = activity;
  const heldOn = insideProjectPeriod(
    pastOrToday(command.data.heldOn, 'heldOn', command.metadata.now, { activityId }),
    'heldOn',
    { activityId },
  );
  const summary = requiredText(command.data.summary, 'summary', {
    code: MOMENTUM_RULES.code('SUMMARY_REQUIRED'),
    max: TEXT_LIMITS.long,
    details: { activityId },
  });
  return [{ type: 'ActivityHeld', data: { activityId, heldOn, summary } }];
}

/** A decision: only a planned activity is cancelled. */
function cancel(command: ActivityCommand<'CancelActivity'>, activity: ExistingActivity): ActivityEvent[] {
  const { activityId } = activity;
  const reason = requiredReason(command.reason, { activityId });
  return [{ type: 'ActivityCancelled', data: { activityId, reason } }];
}

/**
 * The participants' average on 1–10, from no more respondents than were recorded as taking part.
 * Reporting again replaces it, as a correction with a reason; the same figures change nothing.
 */
function evaluate(command: ActivityCommand<'ReportEvaluation'>, activity: ExistingActivity): ActivityEvent[] {
  const { activityId } = activity;
  const details = { activityId };
  const scale = evaluationScale(command.data.scale, details);
  const respondents = respondentCount(command.data.respondents, details);
  if (activity.participants) {
    const participants = participantTotal(activity.participants);
    if (respondents > participants) {
      throw MOMENTUM_RULES.violation(
        'RESPONDENTS_EXCEED_PARTICIPANTS',
        `${respondents} respondents, but ${participants} took part`,
        {
          ...details,
          respondents,
          participants,
        },
      );
    }
  }
  const previous = activity.evaluation;
  if (!previous) return [{ type: 'ActivityEvaluated', data: { activityId, scale, respondents } }];
  if (previous.scale === scale && previous.respondents === respondents) return [];
  const reason = requiredReason(command.reason, details);
  return [{ type: 'ActivityEvaluated', data: { activityId, scale, respondents, reason } }];
}

// ── guards ──────────────────────────────────────────────────────────────────────────────────

/** Rescheduled, held and cancelled only while planned. */
function plannedActivity(state: ActivityState, activityId: string): ExistingActivity {
  return activityIn(state, activityId, ['PLANNED'], MOMENTUM_RULES.code('ACTIVITY_NOT_PLANNED'));
}

/** Given participants and evaluated only once held. */
function heldActivity(state: ActivityState, activityId: string): ExistingActivity {
  return activityIn(state, activityId, ['HELD'], MOMENTUM_RULES.code('ACTIVITY_NOT_HELD'));
}

function activityIn(
  state: ActivityState,
  activityId: string,
  allowed: ActivityStatus[],
  code: RuleCode,
): ExistingActivity {
  const activity = existingActivity(state, activityId);
  const details = { activityId: activity.activityId };
  return requireStatus(activity, allowed, code, `Activity ${activity.activityId}`, details);
}

/** A study visit goes abroad and names the country; another kind may name one (a conference in Sweden names SE, or none). */
function validCountry(
  kind: ActivityKind,
  value: string | undefined,
  details: Record<string, unknown>,
): string | undefined {
  const given = typeof value === 'string' && value.trim() !== '';
  if (kind !== 'STUDY_VISIT') return value !== undefined ? countryCode(value, details) : undefined;
  if (!given)
    throw MOMENTUM_RULES.violation('COUNTRY_REQUIRED', 'A study visit names the country it goes to', {
      ...details,
      field: 'country',
    });
  const country = countryCode(value, details);
  if (country === SWEDEN) {
    throw MOMENTUM_RULES.violation(
      'STUDY_VISIT_IN_SWEDEN',
      'An international study visit goes to another country than Sweden',
      {
        ...details,
        country,
      },
    );
  }
  return country;
}
