import { defineRules } from '@samverkan/core/domain';

/**
 * Every rule code the audit module throws (erasure, ESF seals, monthly participant reports), with
 * what it means; docs/ERRORS.md is generated from it.
 */
export const AUDIT_RULES = defineRules(
  'audit',
  {
    ERASURE_REASON_NAMES_PERSON:
      "An erasure's reason names the person erased, though the trail keeps the reason after the name is gone.",
    MONTH_AFTER_PROJECT: "The month lies after the Momentum project's last reporting month.",
    MONTH_ALREADY_REPORTED: 'The month was reported and its rows have not changed since.',
    MONTH_BEFORE_PROJECT: "The month lies before the Momentum project's first reporting month.",
    MONTH_INVALID: 'A month is not written YYYY-MM.',
    MONTH_NOT_ENDED: 'A month is reported only once it has ended.',
    NOTHING_TO_SEAL: 'The store holds no events, so there is no report to seal.',
    PERIOD_INVALID: 'The report period ends before it starts.',
    PERSON_ALREADY_ERASED: 'The person was erased before.',
    PREVIOUS_MONTH_NEEDS_REREPORT: 'The month before needs reporting again first.',
    PREVIOUS_MONTH_NOT_REPORTED: 'Months are reported in order, and the month before is not reported yet.',
    SEAL_ALREADY_RECORDED: 'A seal with this id was recorded before.',
    SEAL_FROM_ANOTHER_STORE:
      'The seal was made on a store with other positions (before a migration), so its amendments cannot be rebuilt here.',
    TRAIL_BROKEN: 'The audit trail fails verification, and a seal must not bless damage.',
  },
  {
    Entity: 'any stream, when its history is read as of a moment',
    EsfSeal: 'a seal of the ESF report',
    Person: 'a person in the person directory',
  },
);
