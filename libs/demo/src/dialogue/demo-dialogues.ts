import type {
  CriterionAssessment,
  DialogueAudience,
  DialogueEmployer,
  DialogueKind,
  IsoDate,
  SelectedEmployer,
} from '@samverkan/dialogue';
import { demoInspection } from '../supervision';
import { bolag, kommun, region } from '../organisation-numbers';
import { demoEntry, demoKeyed } from '../demo-tables';

/**
 * The dialogue demo: FK and AV select employers per regional collaboration area (ill-health rate,
 * known work environment and rehabilitation challenges, size) and hold targeted dialogues with them,
 * for HR and managers, with both agencies taking part; and the leadership dialogue of autumn 2025,
 * where the directors-general meet the municipal directors of the largest municipalities.
 *
 * Employers are fictional: invented names, organisation numbers built from invented stems with a
 * valid check digit (municipalities 212000-, regions 232100-, limited companies 556). Where an
 * employer is a principal of the joint supervision demo, it is that principal (same number and
 * name), so a topic may cite the demo inspection. No real person is named: the agencies' staff are
 * the dev persons and a few fictional colleagues.
 */

/** Who sends a command: FK's collaboration officer, AV's inspector, or the steering group (FK). */
export type DemoDialogueActor = 'officer' | 'inspector' | 'steering';

export interface DemoSelectedEmployer {
  employer: SelectedEmployer;
  /** Why FK and AV select it: the decision's reason. */
  reason: string;
  by: DemoDialogueActor;
}

export interface DemoDeselection {
  organisationNumber: string;
  reason: string;
  by: DemoDialogueActor;
}

/** The employers selected in one area and year; deselections are decided after every selection. */
export interface DemoSelection {
  area: string;
  year: number;
  selected: DemoSelectedEmployer[];
  deselected: DemoDeselection[];
}

export interface DemoDialogueTopic {
  title: string;
  /** The key of a joint supervision demo inspection (`demoInspectionId(key)` is its id). */
  citesInspection?: string;
}

/** One recording of participants: the sender takes part (includeMe), with fictional colleagues of the same agency. */
export interface DemoParticipation {
  by: DemoDialogueActor;
  colleagues: string[];
}

export interface DemoDialogueOutcome {
  description: string;
  followUpBy?: IsoDate;
}

export interface DemoDialogueFollowUp {
  /** Index into the meeting's outcomes. */
  outcome: number;
  followedUpOn: IsoDate;
  note: string;
  done: boolean;
}

export type DemoDialogueEnd =
  | { kind: 'PLANNED' }
  | { kind: 'CANCELLED'; reason: string }
  | {
      kind: 'HELD';
      heldOn: IsoDate;
      employerParticipants: number;
      outcomesRecordedOn: IsoDate;
      outcomes: DemoDialogueOutcome[];
      followUps: DemoDialogueFollowUp[];
    };

export interface DemoDialogueMeeting {
  /** Stable demo key: the command ids, and so the meeting and outcome ids, derive from it. */
  key: string;
  area: string;
  kind: DialogueKind;
  /** Who plans, holds and records outcomes and follow-ups. */
  by: DemoDialogueActor;
  employers: DialogueEmployer[];
  plannedOn: IsoDate;
  audiences: DialogueAudience[];
  topics: DemoDialogueTopic[];
  participations: DemoParticipation[];
  end: DemoDialogueEnd;
}

// ── employers ───────────────────────────────────────────────────────────────────────────────

/** A principal of the joint supervision demo, as that demo records it. */
const principalOf = (inspectionKey: string): DialogueEmployer => ({ ...demoInspection(inspectionKey).principal });

/** Demo inspections the dialogues cite: the principals are employers selected in the inspection's county. */
const EKBACKA_INSPECTION = 'valfarden:arbetsplats-03';
const BJORKEDAL_PRINCIPAL_INSPECTION = 'valfarden:huvudman-01';
const SJOVIKEN_INSPECTION = 'valfarden:arbetsplats-05';

// Skåne
const EKBACKA = principalOf(EKBACKA_INSPECTION);
const KUSTBYGDEN = kommun('Kustbygdens kommun', '611');
const SYDSLATT = region('Region Sydslätt', '715');
const OMSORGSPARTNER = bolag('Omsorgspartner Syd AB', '904317');
// Västra Götaland
const BJORKEDAL = principalOf(BJORKEDAL_PRINCIPAL_INSPECTION);
const FORSBACKEN = kommun('Forsbackens kommun', '623');
const HAVSBANDET = region('Region Havsbandet', '726');
const VARDKRAFT = bolag('Vårdkraft Väst AB', '917642');
// Stockholm
const SJOVIKEN = principalOf(SJOVIKEN_INSPECTION);
const OMSORGSHUSET = principalOf('valfarden:arbetsplats-02');
const MALARSTRAND = kommun('Mälarstrands kommun', '634');
const SKARGARDSVARD = bolag('Skärgårdsvård Omsorg AB', '928405');
// Norrbotten
const TJARNLIDEN = kommun('Tjärnlidens kommun', '645');
const ISALVEN = kommun('Isälvens kommun', '656');
const NORDKALOTTEN = region('Region Nordkalotten', '737');
const NORRSKENET = bolag('Norrskenets Bemanning AB', '936128');
// Östergötland
const LINDASA = principalOf('valfarden:arbetsplats-06');
const STANGEDALEN = kommun('Stångedalens kommun', '667');
const OSTSLATTEN = region('Region Östslätten', '748');

/** The largest municipalities (fictional), whose municipal directors meet the directors-general. */
const LARGEST_MUNICIPALITIES: DialogueEmployer[] = [
  kommun('Storvikens stad', '701'),
  kommun('Västhamns stad', '702'),
  kommun('Sundborgs stad', '703'),
  kommun('Lärkåsens kommun', '704'),
  kommun('Mälarnäs stad', '705'),
  kommun('Kvarnbergs kommun', '706'),
  kommun('Östslätts kommun', '707'),
];

// ── selections ──────────────────────────────────────────────────────────────────────────────

const ohalsotal = (days: string, rationale: string): CriterionAssessment => ({
  criterion: 'ILL_HEALTH_RATE',
  value: `ohälsotal ${days} dagar`,
  rationale,
});
const utmaning = (value: string, rationale: string): CriterionAssessment => ({
  criterion: 'KNOWN_CHALLENGES',
  value,
  rationale,
});
const storlek = (employees: string, rationale: string): CriterionAssessment => ({
  criterion: 'SIZE',
  value: `${employees} anställda`,
  rationale,
});

const select = (
  employer: DialogueEmployer,
  by: DemoDialogueActor,
  reason: string,
  ...criteria: CriterionAssessment[]
): DemoSelectedEmployer => ({
  employer: { ...employer, criteria },
  reason,
  by,
});

const HOGT_OHALSOTAL = 'Klart över länets genomsnitt; sjukfrånvaron är hög främst i vård- och omsorgsyrkena.';
const STOR = 'En av länets största arbetsgivare: en dialog når många chefer och anställda.';

export const DEMO_SELECTIONS: DemoSelection[] = [
  {
    area: 'Skåne',
    year: 2025,
    selected: [
      select(
        EKBACKA,
        'inspector',
        'Systembrister i hemtjänsten vid den gemensamma tillsynen; dialogen fördjupar fynden med HR och chefer.',
        ohalsotal('16,4', HOGT_OHALSOTAL),
        utmaning(
          'systembrister i arbetsmiljöarbetet i hemtjänsten',
          'Arbetsmiljöverket fann vid tillsyn i maj 2025 brister som återkommer på flera arbetsplatser.',
        ),
      ),
      select(
        KUSTBYGDEN,
        'officer',
        'Högt ohälsotal och kända brister i rehabiliteringsarbetet enligt Försäkringskassans samverkan.',
        ohalsotal('15,8', HOGT_OHALSOTAL),
        utmaning(
          'kända brister i rehabiliteringsarbetet',
          'Sen kontakt med medarbetare som är sjukskrivna och få planer för återgång i arbete.',
        ),
      ),
      select(
        SYDSLATT,
        'officer',
        'Stor arbetsgivare inom vården med hög sjukfrånvaro bland undersköterskor.',
        storlek('11 500', STOR),
        ohalsotal('14,9', HOGT_OHALSOTAL),
      ),
      select(
        OMSORGSPARTNER,
        'inspector',
        'Stor privat utförare av hemtjänst med kända utmaningar i arbetsmiljön.',
        storlek('1 400', 'Den största privata hemtjänstutföraren i länet.'),
        utmaning(
          'hög personalomsättning och ensamarbete i hemtjänsten',
          'Påverkar både arbetsmiljön och möjligheten att anpassa arbetet vid sjukdom.',
        ),
      ),
    ],
    deselected: [],
  },
  {
    area: 'Västra Götaland',
    year: 2025,
    selected: [
      select(
        BJORKEDAL,
        'inspector',
        'Systembrister på huvudmannanivå vid den gemensamma tillsynen; FK och AV följer upp fynden i en dialog.',
        utmaning(
          'systembrister på huvudmannanivå i hemtjänsten',
          'Inspektionen på huvudmannanivå i oktober 2025 bekräftade bristerna från arbetsplatsinspektionerna.',
        ),
        ohalsotal('17,1', HOGT_OHALSOTAL),
        storlek('4 800', STOR),
      ),
      select(
        FORSBACKEN,
        'officer',
        'Högt ohälsotal och få arbetsanpassningar enligt Försäkringskassans ärenden.',
        ohalsotal('15,2', HOGT_OHALSOTAL),
        utmaning(
          'få arbetsanpassningar inför återgång i arbete',
          'Medarbetare återgår sällan på deltid med anpassade uppgifter.',
        ),
      ),
      select(HAVSBANDET, 'officer', 'Stor regional arbetsgivare inom hälso- och sjukvård.', storlek('9 200', STOR)),
      select(
        VARDKRAFT,
        'inspector',
        'Privat vårdgivare med kända brister i det systematiska arbetsmiljöarbetet.',
        utmaning(
          'kända brister i det systematiska arbetsmiljöarbetet',
          'Riskbedömningar saknas vid förändringar i verksamheten.',
        ),
      ),
    ],
    deselected: [],
  },
  {
    area: 'Stockholm',
    year: 2025,
    selected: [
      select(
        SJOVIKEN,
        'inspector',
        'Brister i hemtjänsten vid den gemensamma tillsynen och högt ohälsotal.',
        utmaning(
          'brister i hemtjänstens arbetsmiljöarbete',
          'Arbetsmiljöverket fann vid tillsyn i juni 2025 brister i hur risker bedöms och åtgärdas.',
        ),
        ohalsotal('14,6', HOGT_OHALSOTAL),
      ),
      select(
        OMSORGSHUSET,
        'inspector',
        'Stor utförare av hemtjänst i flera regioner; tillsynen visade brister i styrningen av arbetsmiljöarbetet.',
        storlek('3 200', 'Bolaget har hemtjänst i flera regioner: en dialog påverkar många arbetsplatser.'),
        utmaning(
          'brister i styrningen av arbetsmiljöarbetet',
          'Ledningen följer inte upp arbetsmiljöarbetet i verksamheterna.',
        ),
      ),
      select(
        MALARSTRAND,
        'officer',
        'Högt ohälsotal och kända brister i rehabiliteringsarbetet.',
        ohalsotal('13,9', HOGT_OHALSOTAL),
        utmaning(
          'kända brister i rehabiliteringsarbetet',
          'Rehabiliteringsutredningar görs sent och följs sällan upp.',
        ),
      ),
      select(
        SKARGARDSVARD,
        'officer',
        'Växande privat omsorgsgivare med stigande sjukfrånvaro.',
        storlek('900', 'Snabb tillväxt utan motsvarande stöd för chefernas arbetsmiljöansvar.'),
        ohalsotal('13,1', 'Stigande de senaste två åren, tydligast bland nyanställda.'),
      ),
    ],
    deselected: [],
  },
  {
    area: 'Norrbotten',
    year: 2025,
    selected: [
      select(
        TJARNLIDEN,
        'officer',
        'Högt ohälsotal och långa sjukfall inom äldreomsorgen.',
        ohalsotal('18,3', HOGT_OHALSOTAL),
        utmaning('långa sjukfall inom äldreomsorgen', 'Många sjukfall pågår längre än ett år utan plan för återgång.'),
      ),
      select(
        ISALVEN,
        'inspector',
        'Kända brister i arbetsmiljön vid långa avstånd och ensamarbete.',
        utmaning('ensamarbete och långa resor i hemtjänsten', 'Riskerna vid ensamarbete är inte bedömda.'),
      ),
      select(
        NORDKALOTTEN,
        'officer',
        'Länets största arbetsgivare, med hög sjukfrånvaro i vården.',
        storlek('7 600', STOR),
        ohalsotal('15,4', HOGT_OHALSOTAL),
      ),
      select(
        NORRSKENET,
        'inspector',
        'Bemanningsföretag inom vården med kända brister i arbetsmiljöansvaret för inhyrd personal.',
        utmaning(
          'oklart arbetsmiljöansvar för inhyrd personal',
          'Ansvaret mellan bolaget och kunden är inte fördelat skriftligt.',
        ),
      ),
    ],
    deselected: [
      {
        organisationNumber: NORRSKENET.organisationNumber,
        by: 'inspector',
        reason:
          'Bolaget har avvecklat sin verksamhet i länet och personalen har gått över till kommunerna; urvalet gäller inte längre.',
      },
    ],
  },
  {
    area: 'Östergötland',
    year: 2025,
    selected: [
      select(
        LINDASA,
        'inspector',
        'Brister i hemtjänsten vid den gemensamma tillsynen och högt ohälsotal.',
        ohalsotal('16,0', HOGT_OHALSOTAL),
        utmaning(
          'brister i hemtjänstens arbetsmiljöarbete',
          'Arbetsmiljöverket fann vid tillsyn i juni 2025 brister i den organisatoriska och sociala arbetsmiljön.',
        ),
      ),
      select(
        STANGEDALEN,
        'officer',
        'Kända brister i rehabiliteringsarbetet och hög sjukfrånvaro i förskolan.',
        utmaning(
          'kända brister i rehabiliteringsarbetet',
          'Chefer saknar stöd och rutiner för tidig kontakt vid sjukfrånvaro.',
        ),
        ohalsotal('14,7', HOGT_OHALSOTAL),
      ),
      select(OSTSLATTEN, 'officer', 'Stor regional arbetsgivare inom vården.', storlek('12 100', STOR)),
    ],
    deselected: [],
  },
  {
    area: 'Skåne',
    year: 2026,
    selected: [
      select(
        KUSTBYGDEN,
        'officer',
        'Fortsatt urval 2026: ohälsotalet har inte sjunkit och rehabiliteringsrutinen är inte införd.',
        ohalsotal('15,5', HOGT_OHALSOTAL),
        utmaning('rehabiliteringsrutinen är ännu inte införd', 'Åtagandet från dialogen 2025 är inte genomfört.'),
      ),
      select(
        OMSORGSPARTNER,
        'inspector',
        'Fortsatt urval 2026: bolaget har vuxit och har fortsatt hög personalomsättning.',
        storlek('1 650', 'Den största privata hemtjänstutföraren i länet.'),
      ),
    ],
    deselected: [],
  },
  {
    area: 'Stockholm',
    year: 2026,
    selected: [
      select(
        MALARSTRAND,
        'officer',
        'Fortsatt urval 2026: rehabiliteringsutredningarna görs fortfarande sent.',
        utmaning(
          'sena rehabiliteringsutredningar',
          'Uppföljningen 2026 visar att rutinen bara används i en förvaltning.',
        ),
      ),
      select(
        SKARGARDSVARD,
        'inspector',
        'Fortsatt urval 2026: sjukfrånvaron fortsätter att stiga.',
        ohalsotal('13,8', 'Stigande tre år i följd.'),
        storlek('1 100', 'Snabb tillväxt utan motsvarande stöd för chefernas arbetsmiljöansvar.'),
      ),
    ],
    deselected: [],
  },
  {
    area: 'Östergötland',
    year: 2026,
    selected: [
      select(
        LINDASA,
        'inspector',
        'Fortsatt urval 2026: uppföljning av åtgärderna efter tillsynen och dialogen 2025.',
        utmaning(
          'åtgärder efter tillsynen är ännu inte genomförda',
          'Kommunen behöver stöd i att följa upp åtgärderna i alla hemtjänstgrupper.',
        ),
      ),
      select(
        STANGEDALEN,
        'officer',
        'Fortsatt urval 2026: rutinen för tidig kontakt vid sjukfrånvaro behöver följas upp.',
        ohalsotal('14,2', HOGT_OHALSOTAL),
      ),
    ],
    deselected: [],
  },
];

// ── meetings ────────────────────────────────────────────────────────────────────────────────

const HR_OCH_CHEFER: DialogueAudience[] = ['HR', 'MANAGERS'];
const FK = (...colleagues: string[]): DemoParticipation => ({ by: 'officer', colleagues });
const AV = (...colleagues: string[]): DemoParticipation => ({ by: 'inspector', colleagues });

export const DEMO_DIALOGUE_MEETINGS: DemoDialogueMeeting[] = [
  {
    key: 'stockholm-2025-1',
    area: 'Stockholm',
    kind: 'TARGETED',
    by: 'officer',
    employers: [SJOVIKEN, MALARSTRAND],
    plannedOn: '2025-10-08',
    audiences: HR_OCH_CHEFER,
    topics: [
      { title: 'Riskbedömning och åtgärder i hemtjänsten efter tillsynen', citesInspection: SJOVIKEN_INSPECTION },
      { title: 'Tidig kontakt och plan för återgång i arbete' },
      { title: 'Försäkringskassans stöd till arbetsgivare vid sjukfrånvaro' },
    ],
    participations: [FK('Eva Sandström'), AV()],
    end: {
      kind: 'HELD',
      heldOn: '2025-10-08',
      employerParticipants: 9,
      outcomesRecordedOn: '2025-10-10',
      outcomes: [
        {
          description: 'Sjövikens kommun tar fram en rutin för riskbedömning vid förändringar i hemtjänsten.',
          followUpBy: '2026-03-31',
        },
        {
          description: 'Mälarstrands kommun inför rehabiliteringsutredning senast dag 30 i sjukfallet.',
          followUpBy: '2026-04-30',
        },
      ],
      followUps: [
        {
          outcome: 0,
          followedUpOn: '2026-03-24',
          note: 'Rutinen är beslutad och införd i alla hemtjänstgrupper.',
          done: true,
        },
        {
          outcome: 1,
          followedUpOn: '2026-05-05',
          note: 'Rutinen används i en av tre förvaltningar; ny uppföljning efter sommaren.',
          done: false,
        },
      ],
    },
  },
  {
    key: 'skane-2025-1',
    area: 'Skåne',
    kind: 'TARGETED',
    by: 'inspector',
    employers: [EKBACKA, KUSTBYGDEN, OMSORGSPARTNER],
    plannedOn: '2025-10-21',
    audiences: HR_OCH_CHEFER,
    topics: [
      {
        title: 'Systembrister i hemtjänstens arbetsmiljöarbete: vad tillsynen fann',
        citesInspection: EKBACKA_INSPECTION,
      },
      { title: 'Ensamarbete och personalomsättning i hemtjänsten' },
      { title: 'Rehabiliteringsansvaret och arbetsanpassning' },
    ],
    participations: [FK(), AV('Mikael Strand')],
    end: {
      kind: 'HELD',
      heldOn: '2025-10-21',
      employerParticipants: 12,
      outcomesRecordedOn: '2025-10-23',
      outcomes: [
        {
          description: 'Ekbacka kommun ser över fördelningen av arbetsmiljöuppgifter till hemtjänstens chefer.',
          followUpBy: '2026-02-28',
        },
        {
          description: 'Kustbygdens kommun inför en rutin för tidig kontakt vid sjukfrånvaro.',
          followUpBy: '2026-03-31',
        },
        { description: 'Omsorgspartner Syd AB bedömer riskerna vid ensamarbete i alla hemtjänstgrupper.' },
      ],
      followUps: [
        {
          outcome: 0,
          followedUpOn: '2026-03-10',
          note: 'Uppgiftsfördelningen är skriftlig och chefer har fått utbildning.',
          done: true,
        },
        {
          outcome: 1,
          followedUpOn: '2026-04-14',
          note: 'Rutinen är framtagen men inte införd; följs upp i dialogen 2026.',
          done: false,
        },
      ],
    },
  },
  {
    key: 'leadership-2025',
    area: 'Stockholm',
    kind: 'LEADERSHIP',
    by: 'steering',
    employers: LARGEST_MUNICIPALITIES,
    plannedOn: '2025-11-06',
    audiences: ['SENIOR_MANAGEMENT'],
    topics: [
      { title: 'Myndigheternas samlade bild av arbetsmiljö och rehabilitering i välfärdsyrkena' },
      { title: 'Kommunernas utmaningar som arbetsgivare i vård, omsorg och skola' },
      {
        title: 'Hur de stora offentliga arbetsgivarna tar ägarskap för förebyggande arbetsmiljöarbete och sjukfrånvaro',
      },
    ],
    participations: [{ by: 'steering', colleagues: [] }, FK('Helena Berglund'), AV('Per Åkesson')],
    end: {
      kind: 'HELD',
      heldOn: '2025-11-06',
      employerParticipants: 7,
      outcomesRecordedOn: '2025-11-12',
      outcomes: [
        {
          description: 'Kommundirektörerna tar var för sig fram en plan för att minska sjukfrånvaron i välfärdsyrkena.',
          followUpBy: '2026-06-30',
        },
        {
          description: 'Myndigheterna och kommunerna ses igen hösten 2026 för att följa upp planerna.',
          followUpBy: '2026-10-31',
        },
      ],
      followUps: [
        {
          outcome: 0,
          followedUpOn: '2026-06-23',
          note: 'Sex av sju kommuner har lämnat en plan; en kommun har fått anstånd.',
          done: false,
        },
        { outcome: 1, followedUpOn: '2026-10-15', note: 'Uppföljningsmötet hölls med alla sju kommuner.', done: true },
      ],
    },
  },
  {
    key: 'norrbotten-2025-1',
    area: 'Norrbotten',
    kind: 'TARGETED',
    by: 'officer',
    employers: [TJARNLIDEN, ISALVEN, NORDKALOTTEN],
    plannedOn: '2025-11-13',
    audiences: HR_OCH_CHEFER,
    topics: [
      { title: 'Långa sjukfall och planer för återgång i arbete' },
      { title: 'Risker vid ensamarbete och långa resor i hemtjänsten' },
    ],
    participations: [FK(), AV()],
    end: {
      kind: 'HELD',
      heldOn: '2025-11-13',
      employerParticipants: 8,
      outcomesRecordedOn: '2025-11-14',
      outcomes: [
        {
          description:
            'Tjärnlidens kommun går igenom alla sjukfall längre än ett år tillsammans med företagshälsovården.',
          followUpBy: '2026-05-31',
        },
        {
          description: 'Isälvens kommun bedömer riskerna vid ensamarbete och tar fram rutiner för larm.',
          followUpBy: '2026-04-30',
        },
      ],
      followUps: [
        {
          outcome: 0,
          followedUpOn: '2026-05-19',
          note: 'Genomgången är gjord och varje sjukfall har en plan.',
          done: true,
        },
        {
          outcome: 1,
          followedUpOn: '2026-04-28',
          note: 'Riskbedömningen är gjord och larmrutinen införd.',
          done: true,
        },
      ],
    },
  },
  {
    key: 'vastra-gotaland-2025-1',
    area: 'Västra Götaland',
    kind: 'TARGETED',
    by: 'inspector',
    employers: [BJORKEDAL, FORSBACKEN],
    plannedOn: '2025-11-20',
    audiences: HR_OCH_CHEFER,
    topics: [
      { title: 'Systembrister på huvudmannanivå och hur de åtgärdas', citesInspection: BJORKEDAL_PRINCIPAL_INSPECTION },
      { title: 'Arbetsanpassning inför återgång i arbete' },
    ],
    participations: [FK('Eva Sandström'), AV()],
    end: {
      kind: 'HELD',
      heldOn: '2025-11-20',
      employerParticipants: 10,
      outcomesRecordedOn: '2025-11-24',
      outcomes: [
        {
          description: 'Björkedals kommun inför uppföljning av arbetsmiljöarbetet på förvaltningsnivå.',
          followUpBy: '2026-04-30',
        },
        { description: 'Forsbackens kommun tar fram en rutin för arbetsanpassning.', followUpBy: '2026-06-30' },
        { description: 'FK och AV bjuder in kommunernas chefer till en gemensam utbildning.' },
      ],
      followUps: [
        {
          outcome: 0,
          followedUpOn: '2026-05-12',
          note: 'Uppföljningen är införd och redovisas till nämnden varje kvartal.',
          done: true,
        },
        {
          outcome: 1,
          followedUpOn: '2026-07-07',
          note: 'Rutinen är på remiss hos de fackliga organisationerna.',
          done: false,
        },
        { outcome: 2, followedUpOn: '2026-02-10', note: 'Utbildningen hölls i februari med 34 chefer.', done: true },
      ],
    },
  },
  {
    key: 'vastra-gotaland-2025-2',
    area: 'Västra Götaland',
    kind: 'TARGETED',
    by: 'officer',
    employers: [HAVSBANDET, VARDKRAFT],
    plannedOn: '2025-12-04',
    audiences: HR_OCH_CHEFER,
    topics: [{ title: 'Sjukfrånvaron bland undersköterskor och sjuksköterskor' }],
    participations: [FK()],
    end: {
      kind: 'CANCELLED',
      reason:
        'Regionen genomför en omorganisation av vården under december; dialogen tas upp igen när den nya organisationen är på plats.',
    },
  },
  {
    key: 'ostergotland-2025-1',
    area: 'Östergötland',
    kind: 'TARGETED',
    by: 'officer',
    employers: [LINDASA, STANGEDALEN, OSTSLATTEN],
    plannedOn: '2025-12-03',
    audiences: ['HR', 'MANAGERS'],
    topics: [
      { title: 'Organisatorisk och social arbetsmiljö i hemtjänsten' },
      { title: 'Chefernas stöd vid tidig kontakt och rehabilitering' },
    ],
    participations: [FK(), AV('Mikael Strand')],
    end: {
      kind: 'HELD',
      heldOn: '2025-12-03',
      employerParticipants: 11,
      outcomesRecordedOn: '2025-12-05',
      outcomes: [
        { description: 'Lindåsa kommun ser över arbetsbelastningen i hemtjänstgrupperna.', followUpBy: '2026-03-31' },
        {
          description: 'Stångedalens kommun ger förskolans chefer stöd från HR vid sjukfrånvaro.',
          followUpBy: '2026-03-31',
        },
      ],
      followUps: [
        { outcome: 1, followedUpOn: '2026-03-17', note: 'HR-stödet är infört för alla förskolechefer.', done: true },
      ],
    },
  },
  {
    key: 'ostergotland-2026-1',
    area: 'Östergötland',
    kind: 'TARGETED',
    by: 'inspector',
    employers: [LINDASA, STANGEDALEN],
    plannedOn: '2026-03-12',
    audiences: HR_OCH_CHEFER,
    topics: [
      { title: 'Uppföljning av åtgärderna efter dialogen 2025' },
      { title: 'Arbetsbelastning och återhämtning' },
    ],
    participations: [AV(), FK()],
    end: {
      kind: 'HELD',
      heldOn: '2026-03-12',
      employerParticipants: 6,
      outcomesRecordedOn: '2026-03-13',
      outcomes: [
        {
          description: 'Lindåsa kommun inför bemanning efter arbetsbelastning i två hemtjänstgrupper som försök.',
          followUpBy: '2026-09-30',
        },
        { description: 'Stångedalens kommun följer upp sjukfrånvaron i förskolan varje kvartal.' },
      ],
      followUps: [
        { outcome: 0, followedUpOn: '2026-09-29', note: 'Försöket pågår; utvärderas vid årsskiftet.', done: false },
      ],
    },
  },
  {
    key: 'skane-2026-1',
    area: 'Skåne',
    kind: 'TARGETED',
    by: 'officer',
    employers: [KUSTBYGDEN, OMSORGSPARTNER],
    plannedOn: '2026-12-08',
    audiences: HR_OCH_CHEFER,
    topics: [
      { title: 'Rutinen för tidig kontakt vid sjukfrånvaro: hur långt har den kommit' },
      { title: 'Personalomsättning och introduktion av nyanställda' },
    ],
    participations: [FK(), AV()],
    end: { kind: 'PLANNED' },
  },
  {
    key: 'stockholm-2026-1',
    area: 'Stockholm',
    kind: 'TARGETED',
    by: 'inspector',
    employers: [MALARSTRAND, SKARGARDSVARD],
    plannedOn: '2026-12-15',
    audiences: ['MANAGERS'],
    topics: [
      { title: 'Chefernas arbetsmiljöansvar i en växande verksamhet' },
      { title: 'Rehabiliteringsutredningar i tid' },
    ],
    participations: [AV()],
    end: { kind: 'PLANNED' },
  },
];

export function demoSelection(area: string, year: number): DemoSelection {
  return demoEntry(DEMO_SELECTIONS, (s) => s.area === area && s.year === year, `selection ${area} ${year}`);
}

export function demoDialogueMeeting(key: string): DemoDialogueMeeting {
  return demoKeyed(DEMO_DIALOGUE_MEETINGS, key, 'dialogue meeting');
}
