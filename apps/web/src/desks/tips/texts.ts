/** The tip routine's desks in Swedish: impulses, tips, AV's outcomes, and the module's rule codes. */

export const DEFICIENCIES: Record<string, string> = {
  NO_RETURN_TO_WORK_PLAN: 'Ingen plan för återgång i arbete',
  NO_WORK_ADAPTATION: 'Ingen arbetsanpassning',
  NO_REHABILITATION_ORGANISATION: 'Ingen organisation för rehabilitering',
  WORK_ENVIRONMENT_RISK: 'Risk i arbetsmiljön',
  OTHER: 'Annan brist',
};

export const IMPULSE_STATUS: Record<string, string> = {
  OPEN: 'Öppen',
  IN_TIP: 'I ett tips',
  DISMISSED: 'Avskriven',
};

export const TIP_STATUS: Record<string, string> = {
  DRAFT: 'Utkast',
  SENT: 'Skickat till AV',
  RECEIVED: 'Mottaget av AV',
};

export const DIRECT_ACTIONS: Record<string, string> = {
  INSPECTION: 'Inspektion',
  REQUIREMENT: 'Krav på arbetsgivaren',
  OTHER: 'Annan direkt åtgärd',
};

export const NO_ACTION_REASONS: Record<string, string> = {
  ALREADY_KNOWN_TO_AV: 'Redan känt för AV',
  OUTSIDE_AV_MANDATE: 'Utanför AV:s uppdrag',
  INSUFFICIENT_INFORMATION: 'För lite underlag',
  PRIORITISED_ELSEWHERE: 'Annat prioriterades',
  EMPLOYER_ALREADY_CORRECTED: 'Arbetsgivaren har redan rättat bristen',
  OTHER: 'Annat skäl',
};

export const OUTCOME_KINDS: Record<string, string> = {
  DIRECT_ACTION: 'Direkt åtgärd',
  INDIRECT_USE: 'Indirekt användning (underlag för kommande tillsyn)',
  NO_ACTION: 'Ingen åtgärd',
};

/** The tips module's rule codes (docs/ERRORS.md, "tips"), as the forms show them. */
export const TIPS_RULES: Record<string, string> = {
  DATE_BEFORE_RECEIPT: 'Beslutet kan inte dateras före den dag AV tog emot tipset.',
  DATE_BEFORE_REPORT: 'En impuls kan inte skrivas av före den dag den rapporterades.',
  DATE_BEFORE_SENT: 'Tipset kan inte tas emot före den dag det skickades.',
  DESCRIPTION_REQUIRED: 'Beskriv bristen hos arbetsgivaren.',
  DUPLICATE_IMPULSE: 'Samma impuls finns två gånger i tipset.',
  EMPLOYER_NAME_REQUIRED: 'Ange arbetsgivarens namn.',
  IMPULSE_ALREADY_DISMISSED: 'Impulsen är redan avskriven.',
  IMPULSE_ALREADY_IN_TIP:
    'En impuls hann läggas i ett annat tips medan du arbetade. Inget tips skapades och inget ändrades; se vad som hände nedan och välj på nytt.',
  IMPULSE_ALREADY_REPORTED: 'Impulsen är redan rapporterad.',
  IMPULSE_DISMISSED: 'En impuls hann skrivas av medan du arbetade och kan inte ingå i ett tips. Inget tips skapades.',
  IMPULSE_NOT_IN_TIP: 'Impulsen ingår inte (längre) i tipset.',
  INDIRECT_USE_ALREADY_RECORDED: 'AV:s indirekta användning av tipset är redan registrerad.',
  INVALID_INDUSTRY_CODE: 'Branschen ska vara en kod i SNI 2007, till exempel 88.101.',
  NO_ACTION_ALREADY_RECORDED: 'AV har redan registrerat att tipset inte leder till någon åtgärd.',
  OUTCOME_CONFLICT:
    'Utfallet motsäger ett redan registrerat: ingen åtgärd utesluter åtgärder, och åtgärder utesluter ingen åtgärd.',
  REGION_REQUIRED: 'Välj region.',
  SUMMARY_REQUIRED: 'Skriv en sammanfattning till AV.',
  TIP_ALREADY_EXISTS: 'Tipset finns redan.',
  TIP_ALREADY_RECEIVED: 'AV har redan registrerat att tipset tagits emot.',
  TIP_ALREADY_SENT: 'Tipset är skickat: dess impulser kan inte längre ändras.',
  TIP_EMPLOYER_MISMATCH: 'Impulsen gäller en annan arbetsgivare än tipset.',
  TIP_NOT_RECEIVED: 'AV har inte registrerat tipset som mottaget, så inget utfall kan registreras än.',
  TIP_NOT_SENT: 'Tipset är inte skickat än.',
  TIP_WITHOUT_IMPULSES: 'Ett tips har minst en impuls: det kan inte skapas utan, och inte bli av med sin sista.',
};

export const F = {
  choose: 'Välj …',
  organisationNumber: 'Arbetsgivarens organisationsnummer',
  organisationNumberHelp: '10 siffror, NNNNNN-NNNN. Kontrolleras medan du skriver.',
  orgShape: 'Organisationsnumret ska ha 10 siffror (NNNNNN-NNNN).',
  orgCheckDigit: 'Organisationsnumret har fel kontrollsiffra: kontrollera att det är rätt skrivet.',
  orgPerson:
    'Numret är ett personnummer (enskild firma). En impuls gäller en juridisk person, aldrig en enskild människa.',
  employerName: 'Arbetsgivarens namn',
  employerNameHelp: 'Föreslås när organisationsnumret är känt i arbetsytan sedan tidigare.',
  region: 'Region',
  industry: 'Bransch (SNI-kod)',
  industryHelp: 'Kod i SNI 2007, till exempel 88.101. Välj en avdelning i listan nedan om du inte har koden.',
  industryInvalid: 'Koden finns inte i SNI 2007: skriv två till fem siffror, till exempel 88.101.',
  industrySection: (letter: string, name: string) => `Avdelning ${letter}: ${name}`,
  sniPicker: 'Välj bransch efter avdelning i SNI 2007',
  sniPickerHelp: 'Fyller i koden ovan med näringsgrenens tvåsiffriga kod.',
  sniDivision: (division: string, section: string) => `${division} (avdelning ${section})`,
  deficiency: 'Typ av brist',
  description: 'Beskrivning',
  descriptionHelp:
    'Om arbetsgivaren, aldrig om den sjukskrivna: skriv inga personnummer, samordningsnummer eller namn på enskilda.',
  reportedOn: 'Dag för kontakten',
  pin: 'Texten ser ut att innehålla ett personnummer eller samordningsnummer. Ta bort det: spåret kan inte glömma det.',
  summary: 'Sammanfattning till AV',
  summaryHelp: 'Det AV behöver veta, på några rader.',
  reason: 'Skäl',
  dismissReasonHelp: 'Varför impulsen inte leder till ett tips.',
  dismissedOn: 'Avskriven den',
  impulse: 'Impuls',
  sentOn: 'Skickat den',
  receivedOn: 'Mottaget den',
  avDiaryNumber: 'AV:s diarienummer',
  action: 'Åtgärd',
  noActionReason: 'Skäl (kod)',
  noActionText: 'Motivering',
  note: 'Anteckning',
  decidedOn: 'Beslutat den',
};

export const T = {
  impulsesTitle: 'Impulser',
  impulsesIntro:
    'Rapportera en impuls när du i kontakten med en arbetsgivare ser brister i arbetsmiljö-, rehabiliterings- eller arbetsanpassningsansvaret. En impuls gäller arbetsgivaren, aldrig den sjukskrivna.',
  report: 'Rapportera impuls',
  reported: 'Impulsen är rapporterad.',
  mine: 'Mina impulser',
  noneOfMine: 'Du har inte rapporterat några impulser ännu.',
  loadFailed: (message: string) => `Det gick inte att hämta: ${message}`,
  loading: 'Hämtar …',
  columns: {
    reportedOn: 'Rapporterad',
    employer: 'Arbetsgivare',
    region: 'Region',
    deficiency: 'Brist',
    status: 'Status',
  },
  inTip: 'Ingår i ett tips till AV',
  dismissed: (reason: string) => `Avskriven: ${reason}`,
};

export const TT = {
  title: 'Tips till AV',
  intro:
    'Samverkansansvariga sammanställer impulser om samma arbetsgivare till ett tips och skickar det till Arbetsmiljöverket; AV registrerar mottagandet och vad tipset ledde till.',
  inbox: 'Impulser som inte ingår i något tips',
  inboxIntro:
    'Kryssa i impulser om en arbetsgivare och sammanställ dem till ett tips, eller skriv av en impuls med ett skäl.',
  inboxEmpty: 'Inga öppna impulser.',
  employer: (name: string, number: string) => `${name} (${number})`,
  impulses: (n: number) => (n === 1 ? '1 impuls' : `${n} impulser`),
  tick: (day: string, deficiency: string, region: string) => `${day}: ${deficiency}, ${region}`,
  compile: 'Sammanställ tips',
  compileOf: (n: number, employer: string) =>
    `Sammanställ tips av ${n === 1 ? '1 markerad impuls' : `${n} markerade impulser`} om ${employer}`,
  compileIntro:
    'Tipset skapas med de markerade impulserna i ett enda steg: går något fel skapas inget tips och ingen impuls ändras.',
  dismiss: 'Skriv av impulsen',
  lostHeading: 'Det här hände medan du arbetade',
  lostInTip: 'ligger nu i ett annat tips',
  lostDismissed: (reason: string) => `är avskriven (${reason})`,
  lostOpenTip: 'Öppna det tipset',
  lostImpulse: (day: string, deficiency: string) => `Impulsen från ${day} (${deficiency})`,
  tipsHeading: 'Tips',
  noTips: 'Inga tips ännu.',
  byStatus: { DRAFT: 'Utkast', SENT: 'Skickade, väntar på att AV tar emot dem', RECEIVED: 'Mottagna av AV' } as Record<
    string,
    string
  >,
  openTip: (employer: string) => `Öppna tipset om ${employer}`,
  sent: (day: string) => `skickat ${day}`,
  received: (day: string) => `mottaget ${day}`,
  outcomes: (n: number) => (n === 1 ? '1 utfall' : `${n} utfall`),
};

export const TP = {
  back: 'Alla tips',
  heading: (employer: string) => `Tips om ${employer}`,
  status: 'Status',
  organisationNumber: 'Organisationsnummer',
  region: 'Region',
  industry: 'Bransch',
  industryValue: (code: string, section: string, name: string) => `${code} (avdelning ${section}: ${name})`,
  avDiary: 'AV:s diarienummer',
  summary: 'Sammanfattning',
  impulsesHeading: 'Impulser i tipset',
  impulsesHidden: (n: number) =>
    `Tipset bygger på ${n === 1 ? '1 impuls' : `${n} impulser`} från Försäkringskassan. AV läser tipset, inte impulserna bakom det.`,
  remove: 'Ta bort ur tipset',
  outcomesHeading: 'Vad tipset ledde till',
  noOutcomes: 'AV har inte registrerat något utfall ännu.',
  historyHeading: 'Historik',
  compiled: (day: string, by: string) => `${day}: sammanställt av ${by}`,
  sent: (day: string) => `${day}: skickat till AV`,
  received: (day: string, diary?: string | null) => `${day}: mottaget av AV${diary ? `, diarienummer ${diary}` : ''}`,
  outcome: (day: string, what: string, by: string) => `${day}: ${what} (registrerat av ${by})`,
  someone: 'okänd (raderad)',
  timelineLink: 'Tipsets alla händelser, med vem, när och varför, i tidslinjen',
  reload: 'Hämta tipset på nytt',
  loading: 'Hämtar tipset …',
  loadFailed: (message: string) => `Tipset kunde inte hämtas: ${message}`,
  commands: {
    add: 'Lägg till impuls',
    send: 'Skicka till AV',
    receive: 'Registrera mottagande',
    direct: 'Registrera direkt åtgärd',
    indirect: 'Registrera indirekt användning',
    none: 'Registrera ingen åtgärd',
  },
};
