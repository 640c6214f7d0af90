import { demoOrganisationNumber } from './organisation-numbers';

/**
 * Fictional employers for demo data: invented names, organisation numbers with valid check digits
 * built from invented stems. Municipalities and regions (group 2), companies (group 5),
 * associations (group 8): the sectors the routine meets most.
 */
export interface DemoEmployer {
  name: string;
  organisationNumber: string;
  /** SNI 2007 code. */
  industry: string;
}

const EMPLOYERS: [name: string, stem: string, industry: string][] = [
  ['Norrfjärdens kommun', '212001003', '84.110'],
  ['Solbacka Omsorg AB', '556901234', '88.101'],
  ['Hemtjänst i Ådalen AB', '556902345', '88.101'],
  ['Byggstommen Väst AB', '556903456', '41.200'],
  ['Fjällvinds Vårdcentral AB', '556904567', '86.211'],
  ['Region Västerdal', '232001004', '86.101'],
  ['Lillåns förskolor ekonomisk förening', '769001235', '85.100'],
  ['Kustlinjen Åkeri AB', '556905678', '49.410'],
  ['Mälarbygdens Städservice AB', '556906789', '81.210'],
  ['Granhöjdens kommun', '212002005', '88.102'],
  ['Stenbrottets Verkstäder AB', '556907890', '25.620'],
  ['Sjöviks Livsmedelsbutiker AB', '556908901', '47.111'],
  ['Ljungby Trähus AB', '556909012', '16.231'],
  ['Omsorgshuset Linnéa AB', '556910123', '87.301'],
  ['Älvdalens Restauranger AB', '556911234', '56.100'],
  ['Kronobergs Lager och Logistik AB', '556912345', '52.100'],
  ['Tallbackens kommun', '212003006', '85.201'],
  ['Vidinge Personlig Assistans AB', '556913456', '88.102'],
  ['Östkustens Elinstallationer AB', '556914567', '43.210'],
  ['Skogsbrynets Äldreboende AB', '556915678', '87.301'],
  ['Hamnstadens Bussar AB', '556916789', '49.310'],
  ['Brofästets Tandvård AB', '556917890', '86.230'],
  ['Lindåsens Skolor AB', '556918901', '85.201'],
  ['Rönnbärets Hotell AB', '556919012', '55.101'],
  ['Havsörnens Fiskförädling AB', '556920123', '10.200'],
  ['Bergslagens Gjuteri AB', '556921234', '24.510'],
  ['Vindåsens kommun', '212004007', '88.101'],
  ['Tornets Bemanning AB', '556922345', '78.200'],
  ['Ekbackens Vård och Omsorg AB', '556923456', '88.101'],
  ['Sandvikens Betong AB', '556924567', '23.630'],
  ['Klockarbergets Handelsträdgård AB', '556925678', '01.190'],
  ['Norrskenets Callcenter AB', '556926789', '82.200'],
];

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = EMPLOYERS.map(([name, stem, industry]) => ({
  name,
  organisationNumber: demoOrganisationNumber(stem),
  industry,
}));
