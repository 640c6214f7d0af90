/** The overview's Swedish texts and the words for the API's codes it shows. */
export const T = {
  title: 'Översikt',
  year: 'År',
  loading: 'Hämtar …',
  showFigures: 'Visa siffror',
  suppressedNote: 'Små tal (1–4) visas som ”färre än 5” och saknas i diagrammet.',
  suppressedNoteCharts: 'Små tal (1–4) visas som ”färre än 5” och saknas i diagrammen.',
  forbidden: (what: string) => `${what} är inte tillgänglig för din roll.`,
  failed: (what: string, message: string) => `${what} kunde inte hämtas: ${message}`,
  total: 'Totalt',
  funnel: {
    title: 'Tipsrutinen: från impuls till åtgärd',
    intro:
      'Impulser som FK rapporterat, tips som skickats till AV och tips som ledde till direkta åtgärder, per region.',
    what: 'Tipsrutinens siffror',
    chart: (year: number) =>
      `Stapeldiagram: impulser, tips och direkta åtgärder per region ${year}. Siffrorna finns i tabellen under.`,
    caption: (year: number) => `Tipsrutinen ${year} per region`,
    headers: ['Region', 'Impulser', 'Tips', 'Direkta åtgärder'],
    impulses: ' impulser → ',
    tips: ' tips → ',
    actions: ' ledde till direkta åtgärder',
  },
  plan: {
    title: 'Samverkansplanens aktiviteter',
    intro: 'Aktiviteterna i årets plan för aktiv samverkan, efter status.',
    what: 'Samverkansplanen',
    empty: (year: number) => `Det finns ingen samverkansplan för ${year} ännu.`,
    chart: (year: number) =>
      `Stapeldiagram: planens aktiviteter ${year} efter status. Siffrorna finns i tabellen under.`,
    caption: (year: number) => `Aktiviteter ${year} efter status`,
    headers: ['Status', 'Antal'],
    activitiesCaption: 'Aktiviteterna',
    activityHeaders: ['Aktivitet', 'Ansvar', 'Klar senast', 'Status'],
    headline: (status: string, n: string) => ` – ${status}, ${n} aktiviteter`,
    axis: 'Antal aktiviteter',
    dataset: 'Aktiviteter',
  },
  cadence: {
    title: 'Regionala forum: möten per termin',
    intro: 'Hållna möten mot de två som förväntas per forum och termin (VT: januari–juni, HT: juli–december).',
    what: 'Forumens mötesfrekvens',
    empty: (year: number) => `Inga forum hade möten ${year}.`,
    chart: (year: number) =>
      `Stapeldiagram: hållna och förväntade möten per forum och termin ${year}. Siffrorna finns i tabellen under.`,
    caption: (year: number) => `Möten per forum och termin ${year} (VT: jan–jun, HT: jul–dec)`,
    headers: ['Forum och termin', 'Hållna', 'Förväntade', 'Planerade', 'Inställda', 'I fas'],
    heldOnTrack: 'Hållna, i fas',
    heldBehind: 'Hållna, färre än förväntat',
    expected: 'Förväntade',
    axis: 'Möten',
    yes: 'Ja',
    no: 'Nej',
  },
  supervision: {
    title: 'Gemensam tillsyn',
    intro: 'Inspektioner i en tillsynskampanj, efter nivå och sektor.',
    listWhat: 'Listan över tillsynskampanjer',
    what: 'Tillsynens siffror',
    byIdWhat: 'Kampanjens siffror',
    empty: 'Det finns inga tillsynskampanjer ännu.',
    campaign: 'Kampanj',
    campaignId: 'Kampanjens id',
    show: 'Visa',
    byId: 'Listan över tillsynskampanjer är inte tillgänglig för din roll, men du kan se en kampanjs sammanställda siffror om du anger dess id.',
    // Around the three numbers of the headline: "12 inspektioner, varav 9 på arbetsställen (4 med systembrister)".
    headline: [' inspektioner, varav ', ' på arbetsställen (', ' med systembrister)'],
    byLevel: 'Efter nivå',
    bySector: 'Efter sektor',
    levelChart: 'Stapeldiagram: inspektioner efter nivå. Siffrorna finns i tabellen under.',
    sectorChart: 'Stapeldiagram: inspektioner efter sektor. Siffrorna finns i tabellen under.',
    levelCaption: 'Inspektioner efter nivå',
    sectorCaption: 'Inspektioner efter sektor',
    levelHeaders: ['Nivå', 'Antal'],
    sectorHeaders: ['Sektor', 'Antal'],
    dataset: 'Inspektioner',
    axis: 'Antal',
  },
};

export const LEVELS: Record<string, string> = { PRINCIPAL: 'Huvudmannanivå', WORKPLACE: 'Arbetsställenivå' };
export const SECTORS: Record<string, string> = {
  CONSTRUCTION: 'Bygg',
  ELDERLY_CARE: 'Äldreomsorg',
  HOME_CARE: 'Hemtjänst',
  INDUSTRY: 'Industri',
  OTHER: 'Övrigt',
  PRESCHOOL: 'Förskola',
  PRIMARY_CARE: 'Primärvård',
  SCHOOL: 'Skola',
};
export const CAMPAIGN_STATUS: Record<string, string> = {
  PLANNED: 'Planerad',
  LAUNCHED: 'Startad',
  EVALUATED: 'Utvärderad',
  CONCLUDED: 'Avslutad',
};

export { ACTIVITY_STATUS, PLAN_STATUS } from '../../app/labels';
