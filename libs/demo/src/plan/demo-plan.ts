import {
  ActivityChanges,
  DiaryNumbers,
  IndicatorResult,
  PlanActivity,
  PlanStatus,
  ProgressStatus,
  RequestedAmendment,
} from '@samverkan/plan';
import { demoEntry, demoKeyed } from '../demo-tables';

/**
 * The plans for active collaboration (plan för aktiv samverkan) between Arbetsmiljöverket and
 * Försäkringskassan as demo data, one per year, seen from 2026-11-23:
 *
 * - 2024: a small plan, adopted, amended twice (a cancellation and a later due date), followed up
 *   at the turn of the year with the 2024 tip figures FK reported (113 impulses → 25 tips → 5
 *   direct actions, as the tips demo has them) and closed in March 2025.
 * - 2025 (AV 2025/005661, FK 2025/002400): the activities the agencies' joint report of 3 June 2025
 *   (FK 2025/000537, AV 2025/005661) tells of: the revised tip routine, AV's new follow-up of tips,
 *   the rehabilitation specialists, the internal and external knowledge webinars, the broad
 *   communication campaign, the targeted dialogues and the directors-general's dialogue, the two
 *   joint supervision campaigns and the report itself. Adopted in March 2025, amended after the
 *   report with the film for FK's caseworkers, followed up in September 2025 and February 2026.
 *   Still open: "Ett hälsosamt arbetsliv" waits for its last inspections (as the supervision demo
 *   has it), the targeted dialogues for their follow-ups.
 * - 2026: submitted in December 2025, returned to draft in January 2026 to take in the confirmed
 *   2026 sectors of "Ett hälsosamt arbetsliv", adopted in February 2026 and under way.
 *
 * The steering group's members are fictional; their names go to the person directory through the
 * same path the GraphQL resolver uses, never into an event. Results are illustrative, but the tip
 * figures match the tips demo, and the campaign and dialogue dates match those demos.
 */

export type IsoDate = string;

/** A fictional member of the national steering group (styrgruppen), by a stable demo key. */
export interface DemoSteeringMember {
  key: string;
  name: string;
  organisation: 'FK' | 'AV';
}

export const DEMO_STEERING_GROUP: readonly DemoSteeringMember[] = [
  { key: 'fk-sjukforsakring', name: 'Cecilia Rydén', organisation: 'FK' },
  { key: 'fk-samverkan', name: 'Tomas Hallberg', organisation: 'FK' },
  { key: 'av-tillsyn', name: 'Ingrid Falk', organisation: 'AV' },
  { key: 'av-analys', name: 'Magnus Östlund', organisation: 'AV' },
  // Took over FK's collaboration seat at the turn of 2025/2026.
  { key: 'fk-samverkan-2026', name: 'Lina Bergqvist', organisation: 'FK' },
];

/** A steering group decision as the minutes record it, with the members present by demo key. */
export interface DemoDecision {
  decisionId: string;
  /** ISO date-time with its Swedish offset. */
  decidedAt: string;
  members: readonly string[];
  what: string;
  minutesReference: string;
  /** Why: every decision needs one. */
  reason: string;
}

/** One step of a plan's life, in order; `on` is the day it belongs to (for a decision: the day it was taken). */
export type DemoPlanStep =
  | { kind: 'ADD'; on: IsoDate; activity: PlanActivity }
  | { kind: 'CHANGE'; on: IsoDate; activityId: string; changes: ActivityChanges }
  | { kind: 'REMOVE'; on: IsoDate; activityId: string }
  | { kind: 'SUBMIT'; on: IsoDate }
  | { kind: 'RETURN_TO_DRAFT'; on: IsoDate; decision: DemoDecision }
  | { kind: 'ADOPT'; on: IsoDate; decision: DemoDecision }
  | { kind: 'AMEND'; on: IsoDate; decision: DemoDecision; amendment: RequestedAmendment }
  | { kind: 'PROGRESS'; on: IsoDate; activityId: string; status: ProgressStatus; note: string }
  | { kind: 'FOLLOW_UP'; on: IsoDate; decision: DemoDecision; summary: string; indicatorResults: IndicatorResult[] }
  | { kind: 'CLOSE'; on: IsoDate; decision: DemoDecision };

export interface DemoPlan {
  year: number;
  title: string;
  diaryNumbers: DiaryNumbers;
  draftedOn: IsoDate;
  steps: readonly DemoPlanStep[];
}

const FK1 = 'fk-sjukforsakring';
const FK2 = 'fk-samverkan';
const FK2_2026 = 'fk-samverkan-2026';
const AV1 = 'av-tillsyn';
const AV2 = 'av-analys';

const minutes = (date: IsoDate, paragraph: number) => `Protokoll styrgruppen ${date} § ${paragraph}`;
/** 10:00 Swedish time: +01:00 in winter, +02:00 from the last Sunday of March to the last Sunday of October (close enough for the demo's dates). */
const at = (date: IsoDate) => {
  const month = Number(date.slice(5, 7));
  return `${date}T10:00:00${month >= 4 && month <= 10 ? '+02:00' : '+01:00'}`;
};
const decision = (
  decisionId: string,
  date: IsoDate,
  paragraph: number,
  members: string[],
  what: string,
  reason: string,
): DemoDecision => ({
  decisionId,
  decidedAt: at(date),
  members,
  what,
  minutesReference: minutes(date, paragraph),
  reason,
});
const add = (on: IsoDate, activity: PlanActivity): DemoPlanStep => ({ kind: 'ADD', on, activity });
const progress = (on: IsoDate, activityId: string, status: ProgressStatus, note: string): DemoPlanStep => ({
  kind: 'PROGRESS',
  on,
  activityId,
  status,
  note,
});

// ── 2024 ─────────────────────────────────────────────────────────────────────────────────────

const PLAN_2024: DemoPlan = {
  year: 2024,
  title: 'Plan för aktiv samverkan 2024',
  diaryNumbers: {},
  draftedOn: '2024-01-16',
  steps: [
    add('2024-01-16', {
      activityId: 'tips-2024',
      title: 'Följa upp tipsrutinen: impulser, tips till Arbetsmiljöverket och vad tipsen ledde till',
      area: 'TIP_ROUTINES',
      owner: 'JOINT',
      dueDate: '2024-12-31',
      indicators: ['antal impulser', 'antal tips', 'åtgärder på tips'],
    }),
    add('2024-01-16', {
      activityId: 'overenskommelse-2024',
      title: 'Revidera överenskommelsen om samverkan och rutinen när Försäkringskassan lämnar tips',
      area: 'OTHER',
      owner: 'JOINT',
      dueDate: '2024-12-31',
      indicators: [],
    }),
    add('2024-01-16', {
      activityId: 'regional-samverkan-2024',
      title: 'Regionala samverkansforum identifierar behov av och planerar gemensamma insatser',
      area: 'DIALOGUE',
      owner: 'JOINT',
      dueDate: '2024-12-31',
      indicators: ['antal regionala samverkansmöten'],
    }),
    add('2024-01-23', {
      activityId: 'momentum-forum-2024',
      title: 'Arbetsmiljöverket medverkar i Momentums regionala forum för arbetsgivare med fler än 250 anställda',
      area: 'KNOWLEDGE',
      owner: 'FK',
      dueDate: '2024-12-31',
      indicators: ['antal forum med medverkan från Arbetsmiljöverket'],
    }),
    add('2024-01-23', {
      activityId: 'informationstraff-vg-2024',
      title: 'Gemensam informationsträff för arbetsgivare om rehabiliterings- och arbetsanpassningsansvaret',
      area: 'COMMUNICATION',
      owner: 'JOINT',
      region: 'Västra Götaland',
      dueDate: '2024-11-30',
      indicators: ['antal deltagande arbetsgivare'],
    }),
    { kind: 'SUBMIT', on: '2024-02-06' },
    {
      kind: 'ADOPT',
      on: '2024-02-20',
      decision: decision(
        'SG-2024-01',
        '2024-02-20',
        3,
        [FK1, FK2, AV1, AV2],
        'Styrgruppen antar plan för aktiv samverkan 2024 med fem aktiviteter.',
        'Planen är förankrad i båda myndigheternas ledningar och följer överenskommelsens syfte och mål.',
      ),
    },
    progress(
      '2024-06-11',
      'tips-2024',
      'IN_PROGRESS',
      'Första halvåret: impulser och tips följs upp månadsvis av de samverkansansvariga.',
    ),
    progress(
      '2024-06-11',
      'regional-samverkan-2024',
      'IN_PROGRESS',
      'Samtliga regionala samverkansforum har haft sitt vårmöte.',
    ),
    {
      kind: 'AMEND',
      on: '2024-10-15',
      decision: decision(
        'SG-2024-05',
        '2024-10-15',
        4,
        [FK1, FK2, AV1],
        'Informationsträffen i Västra Götaland ställs in.',
        'Arbetsgivarna i regionen nås i stället genom Momentums regionala forum hösten 2024, där Arbetsmiljöverket medverkar.',
      ),
      amendment: { kind: 'CANCEL_ACTIVITY', activityId: 'informationstraff-vg-2024' },
    },
    {
      kind: 'AMEND',
      on: '2024-12-10',
      decision: decision(
        'SG-2024-07',
        '2024-12-10',
        2,
        [FK1, FK2, AV1, AV2],
        'Revideringen av överenskommelsen och tipsrutinen ska vara klar senast den 31 mars 2025.',
        'Överenskommelsen och rutinen för tips revideras tillsammans och beslutas av båda myndigheterna i mars 2025.',
      ),
      amendment: { kind: 'CHANGE_ACTIVITY', activityId: 'overenskommelse-2024', changes: { dueDate: '2025-03-31' } },
    },
    progress(
      '2024-12-17',
      'momentum-forum-2024',
      'DONE',
      'Arbetsmiljöverket medverkade vid de regionala forumens första träffar hösten 2024.',
    ),
    progress(
      '2024-12-17',
      'regional-samverkan-2024',
      'DONE',
      'Behoven sammanställdes; flera av dem tas med i planen för 2025.',
    ),
    progress(
      '2025-01-21',
      'tips-2024',
      'DONE',
      'År 2024: 113 impulser, 25 tips till Arbetsmiljöverket, 5 direkta åtgärder.',
    ),
    {
      kind: 'FOLLOW_UP',
      on: '2025-02-18',
      decision: decision(
        'SG-2025-02',
        '2025-02-18',
        3,
        [FK1, FK2, AV1, AV2],
        'Styrgruppen godkänner uppföljningen av 2024 års plan.',
        'Årsuppföljning enligt överenskommelsen.',
      ),
      summary:
        'Antalet tips ökade jämfört med 2023. Tipsen kan också användas indirekt, för att planera kommande inspektioner, ' +
        'vilket inte syns i uppföljningen. Revideringen av överenskommelsen pågår och beslutas i mars 2025.',
      indicatorResults: [
        { activityId: 'tips-2024', indicator: 'antal impulser', result: '113 impulser till de samverkansansvariga' },
        { activityId: 'tips-2024', indicator: 'antal tips', result: '25 tips till Arbetsmiljöverket' },
        {
          activityId: 'tips-2024',
          indicator: 'åtgärder på tips',
          result: '5 direkta åtgärder, 8 tips användes indirekt, 12 utan åtgärd',
        },
        {
          activityId: 'momentum-forum-2024',
          indicator: 'antal forum med medverkan från Arbetsmiljöverket',
          result: 'Samtliga sex forum',
        },
      ],
    },
    progress(
      '2025-03-18',
      'overenskommelse-2024',
      'DONE',
      'Överenskommelsen om samverkan beslutades i mars 2025 och gäller tills vidare (AV 2025/005661, FK 2024/026704); rutinen för tips reviderades (FK 2024/026668).',
    ),
    {
      kind: 'CLOSE',
      on: '2025-03-25',
      decision: decision(
        'SG-2025-05',
        '2025-03-25',
        2,
        [FK1, FK2, AV1, AV2],
        'Plan för aktiv samverkan 2024 avslutas.',
        'Alla aktiviteter är genomförda eller inställda med skäl, och planen är uppföljd.',
      ),
    },
  ],
};

// ── 2025 ─────────────────────────────────────────────────────────────────────────────────────

const PLAN_2025: DemoPlan = {
  year: 2025,
  title: 'Plan för aktiv samverkan 2025',
  diaryNumbers: { av: '2025/005661', fk: '2025/002400' },
  draftedOn: '2025-01-14',
  steps: [
    add('2025-01-14', {
      activityId: 'tips-rutin-2025',
      title:
        'Revidera Försäkringskassans rutin- och stöddokument för tips: en brist behöver inte vara systematisk för att ett tips ska lämnas',
      area: 'TIP_ROUTINES',
      owner: 'FK',
      dueDate: '2025-06-30',
      indicators: ['antal impulser', 'antal tips'],
    }),
    add('2025-01-14', {
      activityId: 'tips-uppfoljning-2025',
      title:
        'Ny uppföljningsstruktur för tips: vilken åtgärd tipset ledde till, eller varför ingen åtgärd bedömdes aktuell',
      area: 'TIP_ROUTINES',
      owner: 'AV',
      dueDate: '2025-12-31',
      indicators: ['antal tips', 'åtgärder på tips', 'spridning geografi och bransch'],
    }),
    add('2025-01-14', {
      activityId: 'rehabspecialister-2025',
      title:
        'Pilot med arbetslivsinriktade rehabiliteringsspecialister som stöd till handläggare och mindre arbetsgivare',
      area: 'TIP_ROUTINES',
      owner: 'FK',
      dueDate: '2025-12-31',
      indicators: ['antal tips'],
    }),
    add('2025-01-14', {
      activityId: 'internt-webbinarium-2025',
      title: 'Gemensamt internt kunskapswebbinarium för medarbetare vid båda myndigheterna',
      area: 'KNOWLEDGE',
      owner: 'JOINT',
      dueDate: '2025-05-31',
      indicators: ['antal deltagande medarbetare'],
    }),
    add('2025-01-14', {
      activityId: 'externt-webbinarium-2025',
      title: 'Digitalt kunskapswebbinarium för arbetsgivare, i första hand samtliga kommuner och regioner',
      area: 'COMMUNICATION',
      owner: 'JOINT',
      dueDate: '2025-12-31',
      indicators: ['antal deltagande arbetsgivare'],
    }),
    add('2025-01-14', {
      activityId: 'kommunikationsinsats-2025',
      title:
        'Bred extern kommunikationsinsats till offentliga och privata arbetsgivare om arbetsmiljö- och rehabiliteringsansvaret',
      area: 'COMMUNICATION',
      owner: 'JOINT',
      dueDate: '2025-12-31',
      indicators: ['räckvidd kommunikationsinsats'],
    }),
    add('2025-01-28', {
      activityId: 'fordjupad-dialog-2025',
      title: 'Riktad fördjupad dialog med utvalda arbetsgivare i varje regionalt samverkansområde',
      area: 'DIALOGUE',
      owner: 'JOINT',
      dueDate: '2025-12-31',
      indicators: ['antal arbetsgivare i dialog', 'spridning geografi och bransch'],
    }),
    add('2025-01-28', {
      activityId: 'gd-dialog-2025',
      title: 'Dialogmöte mellan generaldirektörerna och kommundirektörerna i landets största kommuner',
      area: 'DIALOGUE',
      owner: 'JOINT',
      dueDate: '2025-12-31',
      indicators: ['antal deltagande kommuner'],
    }),
    add('2025-01-28', {
      activityId: 'tillsyn-valfarden-2025',
      title: 'Ett hållbart arbetsliv i välfärden: gemensam tillsyn av hemtjänsten, maj 2025 – maj 2026',
      area: 'JOINT_SUPERVISION',
      owner: 'AV',
      dueDate: '2026-06-30',
      indicators: ['antal inspektioner på huvudmannanivå med Försäkringskassan'],
    }),
    add('2025-01-28', {
      activityId: 'tillsyn-halsosamt-2025',
      title:
        'Ett hälsosamt arbetsliv: tillsyn av arbetsanpassning, augusti 2025 – augusti 2026, med gemensam kommunikation vid start och avslut',
      area: 'JOINT_SUPERVISION',
      owner: 'AV',
      dueDate: '2026-08-31',
      indicators: ['antal inspektioner', 'kommunikation till parterna vid start och avslut'],
    }),
    add('2025-02-11', {
      activityId: 'regeringsuppdrag-2025',
      title:
        'Gemensam redovisning av uppdraget om utvecklad samverkan till Regeringskansliet (Socialdepartementet) senast den 16 juni 2025',
      area: 'OTHER',
      owner: 'JOINT',
      dueDate: '2025-06-16',
      indicators: [],
    }),
    { kind: 'SUBMIT', on: '2025-03-11' },
    {
      kind: 'ADOPT',
      on: '2025-03-25',
      decision: decision(
        'SG-2025-06',
        '2025-03-25',
        3,
        [FK1, FK2, AV1, AV2],
        'Styrgruppen antar plan för aktiv samverkan 2025 (AV 2025/005661, FK 2025/002400).',
        'Planen svarar mot det likalydande uppdraget i myndigheternas regleringsbrev för 2025 och mot den nya överenskommelsen.',
      ),
    },
    progress(
      '2025-04-15',
      'tips-uppfoljning-2025',
      'IN_PROGRESS',
      'Arbetsmiljöverket följer från 2025 upp tipsen med en ny uppföljningsmall.',
    ),
    progress(
      '2025-04-15',
      'rehabspecialister-2025',
      'IN_PROGRESS',
      'Rekryteringen av de första rehabiliteringsspecialisterna i piloten pågår.',
    ),
    progress(
      '2025-05-27',
      'internt-webbinarium-2025',
      'DONE',
      'Webbinariet hölls i maj 2025 för medarbetare vid båda myndigheterna, med delar av planen för 2025.',
    ),
    progress(
      '2025-05-27',
      'tips-rutin-2025',
      'DONE',
      'Rutin- och stöddokumenten uppdaterades under våren (FK 2025/002814, FK 2025/003239); dialog i samtliga ledningsgrupper på områdesnivå.',
    ),
    progress(
      '2025-06-03',
      'regeringsuppdrag-2025',
      'DONE',
      'Redovisningen beslutades den 3 juni 2025 av båda generaldirektörerna (FK 2025/000537, AV 2025/005661).',
    ),
    {
      kind: 'AMEND',
      on: '2025-06-12',
      decision: decision(
        'SG-2025-09',
        '2025-06-12',
        2,
        [FK1, AV1, AV2],
        'En kort film för Försäkringskassans handläggare läggs till i planen.',
        'Filmen planeras i redovisningen till Regeringskansliet den 3 juni 2025 och stödjer de reviderade rutinerna för tips.',
      ),
      amendment: {
        kind: 'ADD_ACTIVITY',
        activity: {
          activityId: 'film-handlaggare-2025',
          title:
            'Kort film för Försäkringskassans handläggare: Arbetsmiljöverket om vad ett tips kan leda till och hur en inspektion går till',
          area: 'KNOWLEDGE',
          owner: 'JOINT',
          dueDate: '2025-12-31',
          indicators: ['antal visningar på intranätet'],
        },
      },
    },
    progress(
      '2025-06-17',
      'tillsyn-valfarden-2025',
      'IN_PROGRESS',
      'Tillsynen av hemtjänsten pågår sedan maj; Försäkringskassan deltog i partsmötet före starten.',
    ),
    progress(
      '2025-08-26',
      'tillsyn-halsosamt-2025',
      'IN_PROGRESS',
      'Gemensam uppstart den 19 augusti 2025 med kommunikation till partnerråd och fackliga nätverk.',
    ),
    progress(
      '2025-09-09',
      'fordjupad-dialog-2025',
      'IN_PROGRESS',
      'Arbetsgivarna är utvalda i flera samverkansområden efter ohälsotal, kända utmaningar och storlek.',
    ),
    {
      kind: 'FOLLOW_UP',
      on: '2025-09-16',
      decision: decision(
        'SG-2025-12',
        '2025-09-16',
        3,
        [FK1, FK2, AV1, AV2],
        'Styrgruppen godkänner halvårsuppföljningen av 2025 års plan.',
        'Halvårsuppföljning enligt överenskommelsen.',
      ),
      summary:
        'Rutinerna för tips är reviderade och det interna webbinariet är genomfört. Redovisningen till Regeringskansliet är lämnad. ' +
        'Båda tillsynsaktiviteterna har startat. De externa kommunikationsinsatserna genomförs under hösten.',
      indicatorResults: [
        {
          activityId: 'internt-webbinarium-2025',
          indicator: 'antal deltagande medarbetare',
          result: 'Cirka 600 medarbetare från båda myndigheterna',
        },
      ],
    },
    progress(
      '2025-10-14',
      'externt-webbinarium-2025',
      'DONE',
      'Webbinariet för arbetsgivare hölls i oktober; inbjudan gick till samtliga kommuner och regioner.',
    ),
    progress(
      '2025-11-11',
      'gd-dialog-2025',
      'DONE',
      'Dialogmötet hölls den 6 november 2025 i Stockholm med kommundirektörerna i de största kommunerna.',
    ),
    progress(
      '2025-11-25',
      'kommunikationsinsats-2025',
      'IN_PROGRESS',
      'Materialet sprids i egna kanaler och på köpta platser i media under hösten.',
    ),
    progress(
      '2025-12-09',
      'film-handlaggare-2025',
      'DONE',
      'Filmen finns på Försäkringskassans intranät sedan december.',
    ),
    progress(
      '2025-12-16',
      'kommunikationsinsats-2025',
      'DONE',
      'Kampanjperioden avslutades i december; materialet finns kvar att använda.',
    ),
    progress(
      '2026-01-13',
      'tips-uppfoljning-2025',
      'DONE',
      'Alla tips 2025 är uppföljda med den nya mallen, per region och bransch.',
    ),
    {
      kind: 'FOLLOW_UP',
      on: '2026-02-17',
      decision: decision(
        'SG-2026-02',
        '2026-02-17',
        3,
        [FK1, FK2_2026, AV1, AV2],
        'Styrgruppen godkänner årsuppföljningen av 2025 års plan.',
        'Årsuppföljning enligt överenskommelsen; tillsynsaktiviteterna och de fördjupade dialogerna fortsätter 2026.',
      ),
      summary:
        'Antalet tips ökade från 25 till 29. De externa kommunikationsinsatserna och dialogen med kommundirektörerna är genomförda. ' +
        'Piloten med rehabiliteringsspecialister utvärderas i planen för 2026.',
      indicatorResults: [
        { activityId: 'tips-rutin-2025', indicator: 'antal impulser', result: '131 impulser (113 år 2024)' },
        { activityId: 'tips-uppfoljning-2025', indicator: 'antal tips', result: '29 tips (25 år 2024)' },
        {
          activityId: 'tips-uppfoljning-2025',
          indicator: 'åtgärder på tips',
          result: '7 direkta åtgärder, 9 tips användes indirekt, 10 utan åtgärd, 3 inväntar besked',
        },
        {
          activityId: 'tips-uppfoljning-2025',
          indicator: 'spridning geografi och bransch',
          result:
            'Tips från de flesta regioner; flest inom vård och omsorg. Fördelningen visas i tipstrattens instrumentpanel.',
        },
        {
          activityId: 'kommunikationsinsats-2025',
          indicator: 'räckvidd kommunikationsinsats',
          result: 'Cirka 1,2 miljoner visningar i egna och köpta kanaler',
        },
        { activityId: 'gd-dialog-2025', indicator: 'antal deltagande kommuner', result: '7 kommuner' },
      ],
    },
    progress(
      '2026-02-24',
      'rehabspecialister-2025',
      'DONE',
      'Piloten är följd upp; specialisterna stödjer handläggarna och vissa mindre arbetsgivare.',
    ),
    progress(
      '2026-06-23',
      'tillsyn-valfarden-2025',
      'DONE',
      'Tillsynen avslutades den 16 juni 2026 med gemensam avslutande kommunikation.',
    ),
    progress(
      '2026-09-08',
      'fordjupad-dialog-2025',
      'IN_PROGRESS',
      'Dialogerna är hållna; uppföljningen av arbetsgivarnas åtgärder pågår.',
    ),
    progress(
      '2026-09-08',
      'tillsyn-halsosamt-2025',
      'IN_PROGRESS',
      'Tillsynsperioden är slut; några inspektioner väntar på uppföljning av sina krav innan tillsynen avslutas.',
    ),
  ],
};

// ── 2026 ─────────────────────────────────────────────────────────────────────────────────────

const PLAN_2026: DemoPlan = {
  year: 2026,
  title: 'Plan för aktiv samverkan 2026',
  diaryNumbers: {},
  draftedOn: '2025-11-18',
  steps: [
    add('2025-11-18', {
      activityId: 'tips-2026',
      title: 'Följa upp tipsen per region och bransch och rikta insatser dit utmaningarna är störst',
      area: 'TIP_ROUTINES',
      owner: 'JOINT',
      dueDate: '2026-12-31',
      indicators: ['antal tips', 'åtgärder på tips', 'spridning geografi och bransch'],
    }),
    add('2025-11-18', {
      activityId: 'rehabspecialister-2026',
      title: 'Utvärdera piloten med arbetslivsinriktade rehabiliteringsspecialister',
      area: 'TIP_ROUTINES',
      owner: 'FK',
      dueDate: '2026-06-30',
      indicators: ['antal tips'],
    }),
    add('2025-11-18', {
      activityId: 'dialog-uppfoljning-2026',
      title: 'Följa upp kommundirektörernas planer efter dialogen med generaldirektörerna',
      area: 'DIALOGUE',
      owner: 'JOINT',
      dueDate: '2026-10-31',
      indicators: ['antal kommuner med plan'],
    }),
    add('2025-11-18', {
      activityId: 'kommunikation-material-2026',
      title: 'Hålla kommunikationsmaterialet om arbetsgivarens ansvar aktuellt efter regeringsuppdraget',
      area: 'COMMUNICATION',
      owner: 'JOINT',
      dueDate: '2026-12-31',
      indicators: ['räckvidd kommunikationsinsats'],
    }),
    { kind: 'SUBMIT', on: '2025-12-02' },
    {
      kind: 'RETURN_TO_DRAFT',
      on: '2026-01-20',
      decision: decision(
        'SG-2026-01',
        '2026-01-20',
        4,
        [FK1, FK2_2026, AV1, AV2],
        'Utkastet till plan för 2026 återremitteras.',
        'Planen ska ta med den gemensamma tillsynen inom industri och bygg 2026, som fastställdes i december 2025.',
      ),
    },
    add('2026-01-27', {
      activityId: 'tillsyn-halsosamt-2026',
      title:
        'Ett hälsosamt arbetsliv 2026: tillsyn av arbetsanpassning inom industri och bygg, och gemensam avslutande kommunikation',
      area: 'JOINT_SUPERVISION',
      owner: 'AV',
      dueDate: '2026-12-31',
      indicators: ['antal inspektioner', 'kommunikation till parterna vid start och avslut'],
    }),
    {
      kind: 'CHANGE',
      on: '2026-01-27',
      activityId: 'dialog-uppfoljning-2026',
      changes: { dueDate: '2026-11-30', indicators: ['antal kommuner med plan', 'antal uppföljningsmöten'] },
    },
    { kind: 'SUBMIT', on: '2026-02-03' },
    {
      kind: 'ADOPT',
      on: '2026-02-17',
      decision: decision(
        'SG-2026-03',
        '2026-02-17',
        4,
        [FK1, FK2_2026, AV1, AV2],
        'Styrgruppen antar plan för aktiv samverkan 2026 med fem aktiviteter.',
        'Planen bygger vidare på 2025 års insatser och tar med tillsynen inom industri och bygg.',
      ),
    },
    progress('2026-03-17', 'tips-2026', 'IN_PROGRESS', 'Tipsen följs upp kvartalsvis per region och bransch.'),
    progress(
      '2026-03-17',
      'tillsyn-halsosamt-2026',
      'IN_PROGRESS',
      'Inspektionerna inom industri och bygg har börjat.',
    ),
    progress(
      '2026-06-23',
      'rehabspecialister-2026',
      'DONE',
      'Utvärderingen är klar; rehabiliteringsspecialisterna blir en del av ordinarie verksamhet.',
    ),
    progress(
      '2026-06-23',
      'dialog-uppfoljning-2026',
      'IN_PROGRESS',
      'Sex av sju kommuner har lämnat en plan; en kommun har fått anstånd.',
    ),
  ],
};

export const DEMO_PLANS: readonly DemoPlan[] = [PLAN_2024, PLAN_2025, PLAN_2026];

export function demoPlan(year: number): DemoPlan {
  return demoEntry(DEMO_PLANS, (p) => p.year === year, `plan for ${year}`);
}

export function demoSteeringMember(key: string): DemoSteeringMember {
  return demoKeyed(DEMO_STEERING_GROUP, key, 'steering group member');
}

/** The decisions a plan's steps cite, in order. */
export function demoDecisions(plan: DemoPlan): DemoDecision[] {
  return plan.steps.flatMap((s) => ('decision' in s ? [s.decision] : []));
}

/** Where a demo plan ends up: its status and how many activities it has (cancelled ones included), for the seed's report. */
export function demoPlanOutcome(plan: DemoPlan): { status: PlanStatus; activities: number } {
  let status: PlanStatus = 'DRAFT';
  let activities = 0;
  for (const step of plan.steps) {
    if (step.kind === 'ADD' || (step.kind === 'AMEND' && step.amendment.kind === 'ADD_ACTIVITY')) activities += 1;
    if (step.kind === 'REMOVE') activities -= 1;
    if (step.kind === 'SUBMIT') status = 'SUBMITTED';
    if (step.kind === 'RETURN_TO_DRAFT') status = 'DRAFT';
    if (step.kind === 'ADOPT') status = 'ADOPTED';
    if (step.kind === 'FOLLOW_UP') status = 'FOLLOWED_UP';
    if (step.kind === 'CLOSE') status = 'CLOSED';
  }
  return { status, activities };
}
