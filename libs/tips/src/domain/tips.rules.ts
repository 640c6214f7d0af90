import { defineRules } from '@samverkan/core/domain';

/** Every rule code the tips module throws, with what it means; docs/ERRORS.md is generated from it. */
export const TIPS_RULES = defineRules(
  'tips',
  {
    DATE_BEFORE_RECEIPT: "AV's decision on a tip is dated before AV received the tip.",
    DATE_BEFORE_REPORT: 'An impulse is dismissed on a date before it was reported.',
    DATE_BEFORE_SENT: 'A tip is received on a date before it was sent.',
    DESCRIPTION_REQUIRED: 'An impulse needs a description of the deficiency.',
    DUPLICATE_IMPULSE: 'The same impulse is named twice in one tip.',
    EMPLOYER_NAME_REQUIRED: "An impulse needs the employer's name.",
    IMPULSE_ALREADY_DISMISSED: 'The impulse is already dismissed.',
    IMPULSE_ALREADY_IN_TIP: 'The impulse already belongs to a tip; it must leave that tip first.',
    IMPULSE_ALREADY_REPORTED: 'An impulse with this id is already reported.',
    IMPULSE_DISMISSED: 'The impulse is dismissed and cannot join a tip.',
    IMPULSE_NOT_IN_TIP: 'The impulse is not part of the tip named.',
    INDIRECT_USE_ALREADY_RECORDED: "AV's indirect use of this tip is already recorded.",
    INVALID_INDUSTRY_CODE: 'An industry is not an SNI 2007 code such as 88.101.',
    NO_ACTION_ALREADY_RECORDED: 'AV has already recorded that it takes no action on this tip.',
    OUTCOME_CONFLICT:
      'The outcome contradicts one already recorded: no action excludes actions, and actions exclude no action.',
    REGION_REQUIRED: 'An impulse needs the region it concerns.',
    SUMMARY_REQUIRED: 'A tip needs a summary for AV.',
    TIP_ALREADY_EXISTS: 'A tip with this id already exists.',
    TIP_ALREADY_RECEIVED: 'AV has already registered receipt of the tip.',
    TIP_ALREADY_SENT: 'The tip has been sent and its impulses can no longer change.',
    TIP_EMPLOYER_MISMATCH: 'The impulse concerns another employer than the tip.',
    TIP_NOT_RECEIVED: 'AV has not yet registered the tip, so no outcome can be recorded.',
    TIP_NOT_SENT: 'The tip has not been sent yet.',
    TIP_WITHOUT_IMPULSES: 'A tip holds at least one impulse: it cannot be compiled without one, nor lose its last.',
  },
  {
    Impulse: 'an impulse (a suspected deficiency FK noticed at an employer)',
    Tip: 'a tip to AV compiled from impulses',
  },
);
