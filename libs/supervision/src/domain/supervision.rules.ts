import { CodeOf, defineRules } from '@samverkan/core/domain';

/** Every rule code the supervision module throws, with what it means; docs/ERRORS.md is generated from it. */
export const SUPERVISION_RULES = defineRules(
  'supervision',
  {
    BEFORE_INSPECTION: 'A date of work on an inspection lies before the inspection itself.',
    CAMPAIGN_ALREADY_PLANNED: 'A campaign with this id is already planned.',
    CAMPAIGN_CLOSED: 'The campaign is concluded or evaluated and takes no further changes or inspections.',
    CAMPAIGN_HAS_OPEN_INSPECTIONS:
      'A campaign is concluded only when each of its inspections is closed or carried over.',
    CAMPAIGN_NOT_CONCLUDED: 'A campaign is evaluated only once it is concluded, and only once.',
    CAMPAIGN_NOT_LAUNCHED: 'The campaign is not launched: it cannot yet be concluded or take inspections.',
    CAMPAIGN_NOT_PLANNED: 'A campaign is launched only from planned, and only once.',
    COMMUNICATION_REQUIRED: 'A launch or conclusion names its audiences and a summary of what they were told.',
    CONCLUDED_BEFORE_LAUNCH: 'A campaign is concluded on a date before it was launched.',
    DUE_BEFORE_ISSUED: 'A requirement is due before the date it was issued.',
    EVALUATED_BEFORE_CONCLUSION: 'A campaign is evaluated on a date before it was concluded.',
    FINDINGS_REQUIRED: 'At least one finding is recorded at a time.',
    FK_PARTICIPATION_REQUIRED: 'A principal-level inspection is closed only once FK participation is recorded.',
    INSPECTION_ALREADY_RECORDED: 'An inspection with this id is already recorded.',
    INSPECTION_CLOSED: 'The inspection is closed or carried over and takes no further changes.',
    INSPECTION_OUTSIDE_PERIOD: "The inspection date lies outside the campaign's period.",
    INSPECTORS_REQUIRED: 'An inspection names at least one inspector.',
    INVALID_FINDING: 'A finding lacks its area or description.',
    INVALID_PERIOD: 'A period does not run from one real date to the same or a later one.',
    INVALID_SECTORS: 'A campaign year names no sectors, an unknown sector, or one twice, or the plan has no year.',
    INVALID_SECTOR_YEAR: "A year of sectors lies outside the campaign's period or is planned twice.",
    LAUNCH_AFTER_PERIOD: 'A campaign is launched after its period has ended.',
    PARTICIPANTS_REQUIRED: 'FK participation names at least one participant.',
    PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES:
      'A principal-level inspection builds on an earlier workplace inspection of the same campaign and principal that found system deficiencies.',
    REQUIREMENTS_NOT_FOLLOWED_UP: 'An inspection is closed only once a follow-up found every requirement met.',
    REQUIREMENT_ALREADY_ISSUED: 'A requirement with this id is already issued in the inspection.',
    SECTOR_NOT_IN_CAMPAIGN: 'The campaign does not aim at the sector in the year of the inspection.',
    WORKPLACE_REQUIRED: 'A workplace-level inspection names its workplace.',
  },
  { Campaign: 'a joint supervision campaign', Inspection: 'an inspection in a campaign' },
);

export type SupervisionRuleCode = CodeOf<typeof SUPERVISION_RULES>;
