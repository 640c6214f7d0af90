import { defineRules } from '@samverkan/core/domain';

/** Every rule code the momentum module throws, with what it means; docs/ERRORS.md is generated from it. */
export const MOMENTUM_RULES = defineRules(
  'momentum',
  {
    ACTIVITY_ALREADY_PLANNED: 'An activity with this id is already planned.',
    ACTIVITY_NOT_HELD: 'Participants and evaluations are recorded only for an activity that has been held.',
    ACTIVITY_NOT_PLANNED:
      'The activity is held or cancelled, and only a planned one can be rescheduled, held or cancelled.',
    COUNTRY_REQUIRED: 'An international study visit names the country it goes to.',
    DUPLICATE_ORGANISATION: 'The same organisation is named twice among the participants.',
    DUPLICATE_PARTICIPANT: 'The same person is named twice among the named participants.',
    INVALID_COUNTRY: 'A country is not an ISO 3166 alpha-2 code in capitals.',
    INVALID_EVALUATION_SCALE: 'An evaluation is not an average within the scale with at most one decimal.',
    INVALID_EXPECTED_PARTICIPANTS: 'Expected participants are not a whole number within the allowed range.',
    INVALID_ORGANISATION: 'An organisation is neither an agency code (FK, AV, …) nor an organisation number.',
    INVALID_PARTICIPANTS: 'Participant counts are not whole numbers of zero or more.',
    INVALID_RESPONDENTS: 'Respondents are not a whole number of one or more.',
    NO_PARTICIPANTS: 'Participants name nobody, or an organisation that took part sent no one.',
    OUTSIDE_PROJECT_PERIOD: "A date lies outside the Momentum project's period.",
    RESPONDENTS_EXCEED_PARTICIPANTS: 'An evaluation has more respondents than the activity had participants.',
    STUDY_VISIT_IN_SWEDEN: 'An international study visit goes to a country other than Sweden.',
    SUMMARY_REQUIRED: 'A held activity needs a summary.',
    UNNAMED_PARTICIPANT: 'A named participant lacks a person id or an organisation.',
  },
  { Activity: 'a Momentum project activity' },
);
