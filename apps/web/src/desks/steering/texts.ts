import { MODULES } from '../../app/labels';

/** The steering group's desk in Swedish: the plan, its activities, decisions and every plan command. */
export const T = {
  title: 'Styrgruppen',
  intro:
    'Planen för aktiv samverkan år för år: utkast, inlämning, fastställande genom styrgruppens beslut, ändringar, uppföljning och avslut.',
  plansHeading: 'Planer per år',
  noPlans: 'Det finns inga planer ännu.',
  activities: (n: number) => (n === 1 ? '1 aktivitet' : `${n} aktiviteter`),
  open: (year: number) => `Öppna planen för ${year}`,
  back: 'Alla planer',
  loading: 'Hämtar …',
  loadFailed: (message: string) => `Planen kunde inte hämtas: ${message}`,
  diary: (av?: string | null, fk?: string | null) =>
    [av ? `AV ${av}` : null, fk ? `FK ${fk}` : null].filter(Boolean).join(', ') || 'Diarienummer saknas',
  status: 'Status',
  activitiesHeading: 'Aktiviteter',
  noActivities: 'Planen har inga aktiviteter ännu.',
  owner: 'Ansvar',
  region: 'Region',
  wholeCountry: 'Hela landet',
  due: 'Klar senast',
  indicators: 'Indikatorer',
  noIndicators: 'Inga indikatorer',
  progress: 'Lägesrapporter',
  addedBy: (decision: string) => `Tillagd genom ändringsbeslut ${decision}`,
  amendedBy: (kind: string, decision: string) =>
    kind === 'CANCEL_ACTIVITY'
      ? `Inställd genom ändringsbeslut ${decision}`
      : `Ändrad genom ändringsbeslut ${decision}`,
  cancelled: (reason: string) => `Inställd: ${reason}`,
  decisionsHeading: 'Beslut',
  noDecisions: 'Inga beslut ännu.',
  decidedBy: 'Beslutat av',
  decidedAt: 'Beslutsdatum',
  minutes: 'Protokoll',
  reason: 'Motivering',
  erased: 'raderad',
  followUpsHeading: 'Uppföljningar',
  noFollowUps: 'Inga uppföljningar ännu.',
  timelineLink: 'Planens alla händelser, med vem, när och varför, i tidslinjen',
  reload: 'Hämta planen på nytt',
  progressItem: (status: string, note: string, date: string) => `${date} ${status}: ${note}`,
  commands: {
    draft: 'Påbörja en plan',
    add: 'Lägg till aktivitet',
    change: 'Ändra aktiviteten',
    remove: 'Ta bort aktiviteten',
    submit: 'Lämna in planen',
    returnToDraft: 'Skicka tillbaka till utkast',
    adopt: 'Fastställ planen',
    amendAdd: 'Ändringsbeslut: ny aktivitet',
    amendChange: 'Ändringsbeslut: ändra aktiviteten',
    amendCancel: 'Ändringsbeslut: ställ in aktiviteten',
    progress: 'Rapportera läget',
    followUp: 'Följ upp planen',
    close: 'Avsluta planen',
  },
  fields: {
    year: 'År',
    planTitle: 'Planens titel',
    diaryAv: 'Diarienummer hos AV',
    diaryFk: 'Diarienummer hos FK',
    activityTitle: 'Aktivitet',
    area: 'Område',
    owner: 'Ansvarig',
    region: 'Region',
    regionHelp: 'Lämna tomt för en nationell aktivitet.',
    dueDate: 'Klar senast',
    dueHelp: 'I planens år eller senare.',
    indicators: 'Indikatorer',
    indicatorsHelp: 'En indikator per rad, t.ex. ”antal tips”.',
    decisionId: 'Beslutets referens',
    decisionIdHelp: 'T.ex. SG-2027-01.',
    decidedAt: 'Beslutsdatum och tid',
    decidedAtHelp: 'När styrgruppen fattade beslutet (inte i framtiden).',
    what: 'Vad som beslutades',
    minutes: 'Protokollsreferens',
    minutesHelp: 'Protokollet där beslutet står, t.ex. Protokoll 2027-02-14 §4.',
    members: 'Ledamöter som beslutade',
    membersHelp: 'En per rad: namn, organisation (t.ex. ”Anna Berg, FK”).',
    membersInvalid:
      'Skriv varje ledamot som ”namn, organisation” med organisation FK, AV, FHM, MYNAK, SOS, SFH eller OTHER.',
    reason: 'Motivering',
    reasonHelp: 'Varför beslutet fattades. Skriv aldrig personnummer.',
    progressStatus: 'Läge',
    note: 'Vad som har gjorts',
    summary: 'Sammanfattning',
    indicatorResult: (indicator: string, activity: string) => `Resultat för ”${indicator}” (${activity})`,
  },
  reasonDefaults: {
    cancel: 'Skäl till att aktiviteten ställs in',
  },
};

export const AREAS: Record<string, string> = {
  TIP_ROUTINES: 'Tipsrutiner',
  COMMUNICATION: 'Kommunikation',
  JOINT_SUPERVISION: 'Gemensam tillsyn',
  DIALOGUE: 'Dialog',
  KNOWLEDGE: 'Kunskap',
  OTHER: 'Övrigt',
};

export const OWNERS: Record<string, string> = { FK: 'FK', AV: 'AV', JOINT: 'FK och AV gemensamt' };

/** The plan module's rule codes (docs/ERRORS.md, "plan") in Swedish. */
export const PLAN_RULES: Record<string, string> = {
  ACTIVITY_ALREADY_EXISTS: 'Planen har redan en aktivitet med den identiteten.',
  ACTIVITY_ALREADY_FINISHED: 'Aktiviteten är klar eller inställd och kan inte ändras mer.',
  ACTIVITY_ID_REQUIRED: 'En aktivitet behöver en identitet.',
  ACTIVITY_NOT_FOUND: 'Planen har ingen sådan aktivitet.',
  ACTIVITY_TITLE_REQUIRED: 'En aktivitet behöver en titel.',
  ACTIVITY_UNCHANGED: 'Ändringen lämnar aktiviteten precis som den är.',
  DECISION_ALREADY_RECORDED: 'Ett styrgruppsbeslut med den referensen finns redan.',
  DECISION_ID_REQUIRED: 'Beslutet behöver en referens, t.ex. SG-2027-01.',
  DECISION_IN_FUTURE: 'Beslutet är daterat efter nu: det kan inte registreras innan det är fattat.',
  DECISION_WHAT_REQUIRED: 'Beslutet måste säga vad som beslutades.',
  DECISION_WITHOUT_MEMBERS: 'Beslutet måste ange minst en ledamot som fattade det.',
  DUE_DATE_BEFORE_PLAN_YEAR: 'Aktiviteten ska vara klar före planens år: välj ett datum i planens år eller senare.',
  FOLLOW_UP_SUMMARY_REQUIRED: 'Uppföljningen behöver en sammanfattning.',
  INDICATOR_NOT_FOUND: 'Uppföljningen gäller en indikator som aktiviteten inte har.',
  INDICATOR_RESULT_REQUIRED: 'Ett indikatorresultat är tomt.',
  INVALID_DECISION_MEMBER: 'En ledamot saknar namn eller organisation, eller står med två gånger.',
  INVALID_DECISION_TIME: 'Beslutstiden är inte en giltig tidpunkt.',
  INVALID_DUE_DATE: 'Datumet ska skrivas ÅÅÅÅ-MM-DD.',
  INVALID_INDICATOR: 'En indikator är tom eller upprepar en annan.',
  INVALID_PLAN_YEAR: 'Planens år ska vara ett helt år mellan 2000 och 2100.',
  MINUTES_REFERENCE_REQUIRED: 'Beslutet måste hänvisa till protokollet där det står.',
  PLAN_ALREADY_EXISTS: 'Det finns redan en plan för det året.',
  PLAN_CLOSED: 'Planen är avslutad och kan inte ändras.',
  PLAN_HAS_NO_ACTIVITIES: 'En plan lämnas in först när den har minst en aktivitet.',
  PLAN_HAS_OPEN_ACTIVITIES: 'Planen avslutas först när varje aktivitet är klar eller inställd med skäl.',
  PLAN_NOT_ADOPTED: 'Lägesrapporter, ändringar och uppföljningar kräver en fastställd plan.',
  PLAN_NOT_DRAFT: 'Aktiviteter läggs till, ändras och lämnas in bara medan planen är ett utkast.',
  PLAN_NOT_FOLLOWED_UP: 'Planen avslutas först när den har följts upp.',
  PLAN_NOT_SUBMITTED: 'Planen fastställs eller skickas tillbaka först när den är inlämnad.',
  PLAN_TITLE_REQUIRED: 'Planen behöver en titel.',
  PROGRESS_NOTE_REQUIRED: 'En lägesrapport behöver en anteckning om vad som har gjorts.',
  PLAN_NOT_FOUND: 'Det finns ingen plan för det året.',
};

/** Oversight on the desk: obligations and the plan against what happened. */
export const O = {
  tabs: { plans: 'Planer', obligations: 'Åtaganden', actual: 'Plan mot utfall' },
  tabsLabel: 'Styrgruppens delar',
  obligationsTitle: 'Åtaganden',
  obligationsIntro: 'Allt som någon är skyldig att göra, det som ska vara klart först överst.',
  filters: 'Filter',
  owner: 'Ansvarig',
  anyOwner: 'Alla',
  module: 'Modul',
  anyModule: 'Alla moduler',
  overdueOnly: 'Bara försenade',
  none: 'Inga åtaganden matchar filtret.',
  more: 'Visa fler',
  columns: ['Åtagande', 'Modul', 'Ansvarig', 'Sedan', 'Klart senast', 'Läge'],
  overdue: (days: number) => (days === 1 ? 'försenat 1 dag' : `försenat ${days} dagar`),
  inTime: 'i tid',
  actualTitle: (year: number) => `Plan mot utfall ${year}`,
  actualIntro:
    'Varje förväntan för året: möten per termin i forum och kunskapsgruppen, tillsynskampanjernas start och slut, och den fastställda planens aktiviteter.',
  year: 'År',
  tally: (t: { met: number; onTrack: number; atRisk: number; missed: number }) =>
    `${t.met} uppfyllda, ${t.onTrack} i fas, ${t.atRisk} i riskzonen, ${t.missed} missade`,
  expectationColumns: ['Förväntan', 'Klart senast', 'Utfall', 'Status', 'Underlag i tidslinjen'],
  evidence: (type: string, position: string) => `${type} #${position}`,
  noEvidence: 'Inget ännu',
  noExpectations: 'Inga förväntningar för året.',
  loadFailed: (message: string) => `Kunde inte hämtas: ${message}`,
};

/** The modules obligations arise in. */
export const OBLIGATION_MODULES: Record<string, string> = Object.fromEntries(
  ['plan', 'tips', 'forums', 'dialogue'].map((module) => [module, MODULES[module]]),
);

export const EXPECTATION_STATUS: Record<string, string> = {
  MET: 'Uppfylld',
  ON_TRACK: 'I fas',
  AT_RISK: 'I riskzonen',
  MISSED: 'Missad',
};

export const EXPECTATION_KINDS: Record<string, string> = {
  FORUM_MEETINGS: 'Forummöten',
  KNOWLEDGE_GROUP_MEETINGS: 'Kunskapsgruppens möten',
  CAMPAIGN_LAUNCH: 'Kampanjstart',
  CAMPAIGN_CONCLUSION: 'Kampanjavslut',
  PLAN_ACTIVITY: 'Planens aktivitet',
};

export { ACTIVITY_STATUS, PLAN_STATUS } from '../../app/labels';
