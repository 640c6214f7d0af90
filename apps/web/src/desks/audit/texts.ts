import { MODULES } from '../../app/labels';

/** The auditor's desk in Swedish: the ESF report, seals, participants by month, integrity. */
export const T = {
  title: 'Revision',
  tabsLabel: 'Revisionens delar',
  tabs: { report: 'ESF-rapport', seals: 'Förseglingar', months: 'Deltagare per månad', integrity: 'Integritet' },
  loading: 'Hämtar …',
  failed: (what: string, message: string) => `${what} kunde inte hämtas: ${message}`,
  erased: 'raderad',
  timelineLink: (position: string) => `Händelse #${position} i tidslinjen`,
  late: 'efterregistrerad',
  lateTitle: (days: number) => `Registrerad ${days === 1 ? '1 dag' : `${days} dagar`} efter att det hände`,
  recordedOn: (occurred: string, recorded: string) =>
    occurred === recorded ? occurred : `inträffade ${occurred}, registrerat ${recorded}`,
};

export const R = {
  heading: 'ESF-rapport',
  intro:
    'Momentums aktiviteter, deltagare och beslut under en period, räknat efter när de hände. Varje rad leder till händelserna den bygger på.',
  from: 'Från och med',
  to: 'Till och med',
  show: 'Visa rapporten',
  periodInvalid: 'Perioden ska ha två riktiga datum där slutet inte ligger före början.',
  what: 'Rapporten',
  readAt: (position: string | null | undefined) =>
    position ? `Läst ur händelselagret till och med händelse #${position}.` : 'Händelselagret är tomt.',
  downloadCsv: 'Ladda ner CSV',
  downloadJson: 'Ladda ner JSON',
  print: 'Skriv ut',
  summary: 'Sammanfattning',
  byDeliverable: 'Aktiviteter per leverans',
  participantsTotal: 'Deltagare totalt',
  activitiesHeading: 'Aktiviteter',
  noActivities: 'Inga aktiviteter hölls under perioden.',
  activityHeaders: [
    'Datum',
    'Aktivitet',
    'Arrangör',
    'Organisationer',
    'Chefer',
    'HR',
    'Övriga',
    'Namngivna',
    'Totalt',
  ],
  notCounted: 'antal ej registrerat',
  named: 'Namngivna gäster och talare',
  decisionsHeading: 'Beslut',
  noDecisions: 'Inga beslut under perioden.',
  decisionHeaders: ['Datum', 'Beslut', 'Motivering', 'Beslutat av', 'Händelse'],
  eventsHeader: 'Händelser',
  events: (n: number) => `Visa händelser (${n})`,
  eventsCaption: (title: string) => `Händelserna bakom ${title}`,
  eventsWhat: 'Händelserna',
  total: 'Totalt',
};

export const DELIVERABLES: Record<string, string> = {
  KNOWLEDGE_GROUP: 'Nationella kunskapsgruppen',
  REGIONAL_FORUM: 'Regionala forum',
  CONFERENCE: 'Konferenser',
  TRAINING: 'Utbildningar',
  STUDY_VISIT: 'Internationella studiebesök',
};

export const S = {
  heading: 'Förseglade rapporter',
  intro:
    'En försegling låser ESF-rapportens innehåll vid en position i händelselagret. Senare händelser som ändrar perioden visas som ändringar, rad för rad.',
  sealTitle: 'Försegla en period',
  sealIntro: 'Förseglingen är ett beslut i spåret: ange varför, t.ex. vilken utbetalningsansökan den hör till.',
  open: 'Försegla en period',
  submit: 'Försegla',
  fields: { from: 'Från och med', to: 'Till och med', reason: 'Motivering' },
  reasonHelp: 'Skriv inga personnummer.',
  listWhat: 'Förseglingarna',
  none: 'Inga rapporter har förseglats ännu.',
  headers: ['Period', 'Förseglad', 'Av', 'Motivering', 'Aktiviteter', 'Beslut', ''],
  showChanges: 'Visa ändringar sedan',
  back: 'Alla förseglingar',
  changesHeading: (from: string, to: string) => `Ändringar sedan förseglingen av ${from} – ${to}`,
  changesWhat: 'Ändringarna',
  holds: 'Spåret fram till förseglingen är oförändrat: rapporten och integritetsroten stämmer.',
  checking: 'Kontrollerar att spåret fram till förseglingen är oförändrat …',
  checkFailed: (message: string) => `Kontrollen av spåret kunde inte göras: ${message}`,
  broken: 'Spåret fram till förseglingen har ändrats! Kör en integritetskontroll för att hitta var.',
  fingerprint: (hash: string) => `Fingeravtryck ${hash.slice(0, 16)}…`,
  noChanges: 'Inget i rapporten har ändrats sedan förseglingen.',
  amendmentsHeading: 'Ändrade rader',
  change: { ADDED: 'Tillkommen', REMOVED: 'Borttagen', CHANGED: 'Ändrad' } as Record<string, string>,
  section: { ACTIVITY: 'Aktivitet', DECISION: 'Beslut' } as Record<string, string>,
  fieldHeaders: ['Uppgift', 'Förut', 'Nu'],
  causes: 'Orsakad av',
  correction: 'rättelse',
  afterSeal: 'Händelser i perioden registrerade efter förseglingen',
  noneAfter: 'Inga.',
  format1: 'Förseglad med rapportformat 1: skillnader utan orsak kommer av ändrade räkneregler.',
};

export const M = {
  heading: 'Deltagare per månad',
  intro:
    'ESF+ vill ha deltagarna rapporterade månad för månad, i ordning från maj 2024. En rättelse av en rapporterad månad gör att den och alla senare rapporterade månader måste rapporteras om.',
  what: 'Månaderna',
  headers: ['Månad', 'Status', 'Aktiviteter', 'Deltagare', 'Rapporterad', ''],
  status: {
    UNREPORTED: 'Ej rapporterad',
    REPORTED: 'Rapporterad',
    NEEDS_REREPORT: 'Ska rapporteras om',
  } as Record<string, string>,
  notEnded: 'Pågår',
  reported: (at: string, by: string, times: number) => `${at} av ${by}${times > 1 ? ` (${times} gånger)` : ''}`,
  csv: (month: string) => `CSV ${month}`,
  why: 'Varför?',
  reportTitle: 'Rapportera nästa månad',
  reportIntro: 'Månaderna rapporteras i ordning. Rapporten är ett beslut i spåret.',
  open: 'Rapportera nästa månad',
  submit: 'Rapportera',
  fields: { month: 'Månad', reason: 'Motivering' },
  reasonHelp: 'T.ex. vad en omrapportering rättar. Skriv inga personnummer.',
  nothingToReport: 'Ingen avslutad månad väntar på rapportering.',
  whyChanged: (month: string) => `${month} har ändrats sedan den rapporterades, av dessa händelser:`,
  whyEarlier: (month: string) =>
    `En tidigare månad (${month}) har ändrats eller rapporterats om, så den här månaden ska rapporteras om efter den.`,
  whyUnknown: 'Ingen enskild händelse hittades; månaden ändrades genom en tidigare månads omrapportering.',
  changesWhat: 'Händelserna',
};

export const I = {
  heading: 'Integritet',
  intro:
    'Kontrollera att ingen händelse har ändrats eller tagits bort: varje händelse bär ett fingeravtryck som bygger på föregående händelse i samma ström.',
  verify: 'Kontrollera hashkedjorna',
  verifying: 'Kontrollerar …',
  holds: (events: number, streams: number, upTo: string | null | undefined) =>
    `Alla hashkedjor håller: ${events} händelser i ${streams} strömmar, till och med händelse #${upTo ?? '–'}.`,
  broken: (n: number) => `Hashkedjan är bruten (${n} brott totalt). Första brottet:`,
  brokenFields: {
    problem: 'Problem',
    stream: 'Ström',
    revision: 'Version',
    eventId: 'Händelse-id',
    position: 'Position',
  },
  problems: {
    HASH_MISMATCH: 'Händelsens innehåll stämmer inte med fingeravtrycket, eller händelsen före ändrades',
    MISSING_HASH: 'Händelsen saknar fingeravtryck',
    REVISION_GAP: 'En händelse saknas, har lagts till eller ligger i fel ordning',
    RECORDED_AT_MISMATCH: 'Registreringstiden är inte den i fingeravtrycket',
    UNKNOWN_CHAIN_VERSION: 'Händelsen anger ett kedjeformat som inte är känt',
    CHAIN_VERSION_DOWNGRADE: 'Ett äldre kedjeformat följer ett nyare',
    UNREADABLE: 'Händelsen kan inte läsas',
  } as Record<string, string>,
  what: 'Kontrollen',
  digestHeading: 'Signerad sammanfattning',
  digestIntro:
    'En sammanfattning listar varje ströms senaste händelse och är signerad med arbetsytans nyckel. Spara den och den publika nyckeln utanför servern; då kan en senare kontroll visa även ändringar som hashkedjan ensam inte avslöjar.',
  digest: 'Ladda ner signerad sammanfattning',
  digestMade: (events: number, streams: number, position: string) =>
    `Sammanfattningen täcker ${events} händelser i ${streams} strömmar till och med händelse #${position}.`,
  root: 'Rot',
  key: 'Nyckelns fingeravtryck',
  publicKey: 'Ladda ner den publika nyckeln',
  digestWhat: 'Sammanfattningen',
  checkHeading: 'Kontrollera en sparad sammanfattning',
  digestFile: 'Sammanfattningsfil (JSON)',
  keyFile: 'Publik nyckel (PEM), valfri',
  keyHelp: 'Utan nyckel kontrolleras mot arbetsytans egen nyckel.',
  check: 'Kontrollera sammanfattningen',
  chooseFile: 'Välj en sammanfattningsfil först.',
  checkHolds: (n: number, position: string) =>
    `Sammanfattningen håller: ${n} strömmar jämförda, inget till och med händelse #${position} har ändrats.`,
  checkFails: 'Sammanfattningen håller inte:',
  checkWhat: 'Kontrollen av sammanfattningen',
};

export const AUDIT_RULES: Record<string, string> = {
  MONTH_AFTER_PROJECT: 'Månaden ligger efter projektets sista rapporteringsmånad.',
  MONTH_ALREADY_REPORTED: 'Månaden är redan rapporterad och har inte ändrats sedan dess.',
  MONTH_BEFORE_PROJECT: 'Månaden ligger före projektets första rapporteringsmånad (2024-05).',
  MONTH_INVALID: 'Månaden ska skrivas ÅÅÅÅ-MM.',
  MONTH_NOT_ENDED: 'En månad kan rapporteras först när den är slut.',
  NOTHING_TO_SEAL: 'Händelselagret är tomt: det finns ingen rapport att försegla.',
  PERIOD_INVALID: 'Perioden slutar före den börjar.',
  PREVIOUS_MONTH_NEEDS_REREPORT: 'Månaden före ska rapporteras om först.',
  PREVIOUS_MONTH_NOT_REPORTED: 'Månaderna rapporteras i ordning, och månaden före är inte rapporterad.',
  SEAL_ALREADY_RECORDED: 'En försegling med samma id finns redan.',
  SEAL_FROM_ANOTHER_STORE: 'Förseglingen gjordes i ett annat händelselager (före en flytt).',
  TRAIL_BROKEN: 'Spåret klarar inte integritetskontrollen, och en försegling får inte godkänna skador.',
};

export { MODULES };
