import { CodeOf, defineRules } from '@samverkan/core/domain';

/** Every rule code the plan module throws, with what it means; docs/ERRORS.md is generated from it. */
export const PLAN_RULES = defineRules(
  'plan',
  {
    ACTIVITY_ALREADY_EXISTS: 'The plan already has an activity with this id.',
    ACTIVITY_ALREADY_FINISHED: 'The activity is done or cancelled and takes no further changes.',
    ACTIVITY_ID_REQUIRED: 'An activity needs an id.',
    ACTIVITY_NOT_FOUND: 'The plan has no activity with this id.',
    ACTIVITY_TITLE_REQUIRED: 'An activity needs a title.',
    ACTIVITY_UNCHANGED: 'The changes leave the activity exactly as it is.',
    DECISION_ALREADY_RECORDED: 'A steering group decision with this reference is already recorded.',
    DECISION_ID_REQUIRED: 'A decision needs its reference, e.g. SG-2025-03.',
    DECISION_IN_FUTURE: 'A decision is dated after now: it cannot be recorded before it is taken.',
    DECISION_WHAT_REQUIRED: 'A decision must say what was decided.',
    DECISION_WITHOUT_MEMBERS: 'A decision names at least one steering group member who took it.',
    DUE_DATE_BEFORE_PLAN_YEAR: "An activity is due before the plan's year begins.",
    FOLLOW_UP_SUMMARY_REQUIRED: 'A follow-up of the plan needs a summary.',
    INDICATOR_NOT_FOUND: 'A follow-up reports on an indicator the activity does not have.',
    INDICATOR_RESULT_REQUIRED: 'An indicator result is empty.',
    INVALID_DECISION_MEMBER: 'A member of the decision lacks a person id or an organisation, or is listed twice.',
    INVALID_DECISION_TIME: "The decision's decidedAt is not an ISO date-time with an offset.",
    INVALID_DUE_DATE: 'A due date is not a date written YYYY-MM-DD.',
    INVALID_INDICATOR: 'An indicator is blank or repeats another of the activity.',
    INVALID_PLAN_YEAR: 'The plan year is not a whole year from 2000 to 2100.',
    MINUTES_REFERENCE_REQUIRED: 'A decision cites the minutes it was taken in.',
    PLAN_ALREADY_EXISTS: 'A plan for this year already exists.',
    PLAN_CLOSED: 'The plan is closed and takes no further changes.',
    PLAN_HAS_NO_ACTIVITIES: 'A plan is submitted only with at least one activity.',
    PLAN_HAS_OPEN_ACTIVITIES: 'A plan is closed only when every activity is done, or cancelled with a reason.',
    PLAN_NOT_ADOPTED: 'Progress, amendments and follow-ups need an adopted plan.',
    PLAN_NOT_DRAFT: 'Activities are added, changed or submitted only while the plan is a draft.',
    PLAN_NOT_FOLLOWED_UP: 'A plan is closed only once it has been followed up.',
    PLAN_NOT_SUBMITTED: 'A plan is adopted or sent back only once it is submitted.',
    PLAN_TITLE_REQUIRED: 'The plan needs a title.',
    PROGRESS_NOTE_REQUIRED: 'Progress on an activity needs a note on what was done.',
  },
  { Plan: "a year's collaboration plan" },
);

export type PlanRuleCode = CodeOf<typeof PLAN_RULES>;
