/** Joint supervision (gemensamma tillsynsaktiviteter): AV's campaigns and inspections, with FK taking part. */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The sectors campaigns aim at, as the agreement names them. */
export const SUPERVISION_SECTORS = [
  'HOME_CARE',
  'PRESCHOOL',
  'PRIMARY_CARE',
  'INDUSTRY',
  'CONSTRUCTION',
  'ELDERLY_CARE',
  'SCHOOL',
  'OTHER',
] as const;
export type SupervisionSector = (typeof SUPERVISION_SECTORS)[number];

/** The sectors of one calendar year of a campaign; a preliminary plan may still change (by decision). */
export interface YearSectors {
  year: number;
  sectors: SupervisionSector[];
  preliminary: boolean;
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** A communication to the social partners (arbetsmarknadens parter) at launch or close. */
export interface Communication {
  /** e.g. "partnerråd", "fackliga nätverk", "berörda arbetsgivare". */
  audiences: string[];
  summary: string;
}

/** AV leads; FK takes part (in communication and at principal-level inspections). */
export const CAMPAIGN_LEAD = 'AV';
export const CAMPAIGN_PARTNER = 'FK';

export const INSPECTION_LEVELS = ['WORKPLACE', 'PRINCIPAL'] as const;
/** Arbetsplatsnivå, or huvudmannanivå (the employer's central management, e.g. the municipality). */
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

/** The principal (huvudman): the legal person responsible for the workplaces. */
export interface Principal {
  /** Normalised `NNNNNN-NNNN`. */
  organisationNumber: string;
  name: string;
}

/** What was inspected, where and when: the command, its event, the state and the demo share it. */
export interface InspectionSubject {
  level: InspectionLevel;
  principal: Principal;
  /** The workplace's name (a home care unit, a preschool); required at workplace level. */
  workplace?: string;
  sector: SupervisionSector;
  /** A county of the campaign's regions. */
  region: string;
  inspectedOn: IsoDate;
}

/** One observation of an inspection; a system deficiency (systembrist) points at the principal's systems. */
export interface Finding {
  area: string;
  description: string;
  systemDeficiency: boolean;
}
