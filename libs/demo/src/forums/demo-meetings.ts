import {
  AgendaItem,
  IsoDate,
  MeetingFormat,
  MemberAttendance,
  ParticipantCounts,
  PlanActivityLink,
  Term,
} from '@samverkan/forums';
import { DEMO_FORUM_IDS, DEMO_FORUMS, demoName, DemoForum, membersOn } from './demo-forums';
import { demoKeyed } from '../demo-tables';

/**
 * The forums' meetings and joint actions, autumn 2024 to autumn 2026, after what Momentum has
 * told about them: two meetings each in HT 2024; on 5 February 2025 Folkhälsomyndigheten on
 * implementation ("Från nyhet till vardagsnytta"); on 13 March 2025 the director general's webinar
 * for senior managers (a WEBINAR meeting of every forum, since the invitation went to the
 * employers of all six); in spring 2025 a webinar with a researcher from Karolinska Institutet
 * (hosted by Forum Stockholm); in May 2025 OSA with Arbetsmiljöverket; two meetings each in
 * HT 2025 (two cancelled, one moved); and one meeting each planned for December 2026.
 * Speakers appear as organisations; the named guests are fictional people.
 */

type ForumId = (typeof DEMO_FORUM_IDS)[number];

/** A named guest at a held meeting: the name goes to the person directory. */
export interface DemoGuest {
  name: string;
  organisation: string;
}

export type DemoMeetingOutcome =
  | { kind: 'HELD'; heldOn: IsoDate; minutes: string; members: MemberAttendance[]; guests: DemoGuest[] }
  | { kind: 'CANCELLED'; reason: string }
  | { kind: 'PLANNED' };

export interface DemoMeeting {
  /** Stable demo key, `<forumId>:<series>`: the command ids derive from it. */
  key: string;
  forumId: string;
  title: string;
  format: MeetingFormat;
  term: Term;
  year: number;
  /** The date the meeting was first planned for. */
  plannedDate: IsoDate;
  /** The date after any rescheduling (the day it was held, when it was). */
  date: IsoDate;
  agenda: AgendaItem[];
  outcome: DemoMeetingOutcome;
}

export type DemoJointActionOutcome =
  { kind: 'DONE'; doneOn: IsoDate; note?: string } | { kind: 'DROPPED'; droppedOn: IsoDate; reason: string };

export interface DemoJointAction {
  key: string;
  forumId: string;
  /** The key of the held meeting of the same forum it was agreed at. */
  meetingKey: string;
  title: string;
  description: string;
  /** Why the forum agreed it: a joint action is a decision. */
  reason: string;
  /** An organisation, and optionally a (fictional) named person there. */
  owner: { organisation: string; name?: string };
  dueDate: IsoDate;
  planActivity?: PlanActivityLink;
  progress: { note: string; recordedOn: IsoDate }[];
  /** Absent: still open (overdue once its due date has passed). */
  outcome?: DemoJointActionOutcome;
}

const FK = 'Försäkringskassan';
const AV = 'Arbetsmiljöverket';
const FOHM = 'Folkhälsomyndigheten';

/** Who came: most members' people are a mix of managers and HR; a webinar for senior managers draws managers. */
type Audience = 'MIXED' | 'SENIOR_MANAGERS';

interface Series {
  key: string;
  title: string;
  format: MeetingFormat;
  term: Term;
  year: number;
  dates: Partial<Record<ForumId, IsoDate>>;
  agenda: AgendaItem[];
  /** The organisation of the named guest speaker. */
  guestOrganisation: string;
  /** One speaker for every forum (a joint broadcast, a speaker touring the forums), or one per forum. */
  touring: boolean;
  audience: Audience;
  /** Share of the members that come. */
  turnout: number;
  minutes?: (forum: DemoForum) => string;
  /** Left out: a meeting still planned. */
  planned?: true;
}

const SERIES: Series[] = [
  {
    key: 'ht2024-1',
    title: 'Uppstart: forumets syfte och arbetsformer',
    format: 'EXPERIENCE_EXCHANGE',
    term: 'HT',
    year: 2024,
    dates: {
      norr: '2024-09-17',
      mitt: '2024-09-19',
      stockholm: '2024-09-24',
      vast: '2024-09-26',
      ost: '2024-10-01',
      syd: '2024-10-03',
    },
    agenda: [
      { topic: 'Momentum: syfte, arbetsformer och forumets roll', speakerOrganisation: FK },
      { topic: 'Psykisk ohälsa i dagens arbetsliv: lägesrapport 2024', speakerOrganisation: FK },
      { topic: 'Erfarenhetsutbyte: var står vi i arbetet mot stressrelaterad ohälsa?', speakerOrganisation: FK },
    ],
    guestOrganisation: FK,
    touring: false,
    audience: 'MIXED',
    turnout: 0.85,
    minutes: (forum) =>
      `${forum.name} höll sin första träff. Försäkringskassan presenterade Momentum och lägesrapporten om psykisk ohälsa i arbetslivet. ` +
      'Medlemmarna beskrev sina största utmaningar: hög arbetsbelastning för chefer i första linjen, svårt att fånga tidiga signaler ' +
      'och ojämn uppföljning av korta sjukfrånvarotillfällen. Forumet ska träffas två gånger per termin.',
  },
  {
    key: 'ht2024-2',
    title: 'Stöd tillbaka i arbete: arbetsgivarens roll',
    format: 'WORKSHOP',
    term: 'HT',
    year: 2024,
    dates: {
      norr: '2024-11-12',
      mitt: '2024-11-14',
      stockholm: '2024-11-19',
      vast: '2024-11-21',
      ost: '2024-11-26',
      syd: '2024-11-28',
    },
    agenda: [
      { topic: 'Stöd tillbaka i arbete: sjukskrivnas upplevelser av stöd från arbetsgivaren', speakerOrganisation: FK },
      { topic: 'Företagshälsans roll i tidiga insatser', speakerOrganisation: 'Sveriges Företagshälsor' },
    ],
    guestOrganisation: 'Sveriges Företagshälsor',
    touring: false,
    audience: 'MIXED',
    turnout: 0.75,
    minutes: () =>
      'Workshop om arbetsgivarens stöd vid sjukskrivning och återgång i arbete. Försäkringskassan redovisade enkätresultat om ' +
      'sjukskrivnas upplevelser av stöd; Sveriges Företagshälsor beskrev hur tidiga insatser kan beställas. Grupperna tog fram ' +
      'exempel på rutiner för tidig kontakt och för planen för återgång i arbete.',
  },
  {
    key: 'vt2025-fohm',
    title: 'Från nyhet till vardagsnytta: implementering med kvalitet',
    format: 'SEMINAR',
    term: 'VT',
    year: 2025,
    dates: {
      norr: '2025-02-05',
      mitt: '2025-02-05',
      stockholm: '2025-02-05',
      vast: '2025-02-05',
      ost: '2025-02-05',
      syd: '2025-02-05',
    },
    agenda: [
      {
        topic:
          'Från nyhet till vardagsnytta: en metod för implementering och checklistan för implementering med kvalitet',
        speakerOrganisation: FOHM,
      },
      { topic: 'Samtal i grupp: vilket stöd från ledningen behöver ett nytt arbetssätt?', speakerOrganisation: FK },
    ],
    guestOrganisation: FOHM,
    touring: true,
    audience: 'MIXED',
    turnout: 0.8,
    minutes: () =>
      'Årets första forumträff. Folkhälsomyndigheten presenterade en metod för implementering och checklistan för implementering ' +
      'med kvalitet (Från nyhet till vardagsnytta). Föreläsningen sändes gemensamt till de sex forumen; därefter samtalade ' +
      'forumets deltagare i egen grupp om vad som får ett nytt arbetssätt att bli vardag. Stöd från ledningen lyftes som avgörande.',
  },
  {
    key: 'vt2025-gd',
    title: 'Webbinarium: ledningens stöd för psykisk hälsa och hållbara arbetsplatser',
    format: 'WEBINAR',
    term: 'VT',
    year: 2025,
    dates: {
      norr: '2025-03-13',
      mitt: '2025-03-13',
      stockholm: '2025-03-13',
      vast: '2025-03-13',
      ost: '2025-03-13',
      syd: '2025-03-13',
    },
    agenda: [
      {
        topic: 'Generaldirektörens inbjudan: ledningens roll för psykisk hälsa och hållbara arbetsplatser',
        speakerOrganisation: FK,
      },
      { topic: 'Frågor och fortsatt dialog hos de medverkande arbetsgivarna', speakerOrganisation: FK },
    ],
    guestOrganisation: FK,
    touring: true,
    audience: 'SENIOR_MANAGERS',
    turnout: 0.55,
    minutes: () =>
      'Försäkringskassans generaldirektör bjöd in högre chefer hos forumens arbetsgivare till ett gemensamt webbinarium om ' +
      'ledningens stöd när nya arbetssätt ska införas. Webbinariet lade grunden för fortsatt dialog i arbetsgivarnas ' +
      'ledningsgrupper om hur psykisk hälsa kan främjas. Frågorna handlade om prioritering och uppföljning.',
  },
  {
    key: 'vt2025-ki',
    title: 'Webbinarium: chefers förutsättningar och stressrelaterad ohälsa',
    format: 'WEBINAR',
    term: 'VT',
    year: 2025,
    dates: { stockholm: '2025-04-09' },
    agenda: [
      {
        topic: 'Forskning om chefers förutsättningar och om att förebygga stressrelaterad ohälsa',
        speakerOrganisation: 'Karolinska Institutet',
      },
    ],
    guestOrganisation: 'Karolinska Institutet',
    touring: true,
    audience: 'MIXED',
    turnout: 0.6,
    minutes: () =>
      'Webbinarium med en forskare från Karolinska Institutet om chefers förutsättningar och om vad forskningen säger om att ' +
      'förebygga stressrelaterad ohälsa. Föreläsningen var mycket uppskattad. En inspelning publiceras på projektsidan i slutet ' +
      'av augusti, tillsammans med dialogmaterial för fortsatta samtal i ledningsgrupper.',
  },
  {
    key: 'vt2025-osa',
    title: 'Utmaningar i arbetet med OSA',
    format: 'WORKSHOP',
    term: 'VT',
    year: 2025,
    dates: {
      norr: '2025-05-13',
      mitt: '2025-05-15',
      stockholm: '2025-05-20',
      vast: '2025-05-22',
      ost: '2025-05-27',
      syd: '2025-05-28',
    },
    agenda: [
      { topic: 'Utmaningar i arbetet med organisatorisk och social arbetsmiljö (OSA)', speakerOrganisation: AV },
      { topic: 'Arbete i grupp: hinder och möjligheter i den egna verksamheten', speakerOrganisation: FK },
    ],
    guestOrganisation: AV,
    touring: true,
    audience: 'MIXED',
    turnout: 0.8,
    minutes: (forum) =>
      'Arbetsmiljöverket talade om utmaningar i arbetet med organisatorisk och social arbetsmiljö (OSA): arbetsbelastning, ' +
      'kränkande särbehandling och chefers förutsättningar. ' +
      (forum.forumId === 'vast'
        ? 'Institutet för stressmedicin redovisade sin rapport om hinder för verksamma OSA-åtgärder. '
        : '') +
      'I grupparbetet beskrev medlemmarna hinder för verksamma åtgärder och hur riskbedömningar kan följas upp.',
  },
  {
    key: 'ht2025-1',
    title: 'Arbetsanpassning och återgång i arbete',
    format: 'EXPERIENCE_EXCHANGE',
    term: 'HT',
    year: 2025,
    dates: {
      norr: '2025-09-16',
      mitt: '2025-09-18',
      stockholm: '2025-09-23',
      vast: '2025-09-25',
      ost: '2025-09-30',
      syd: '2025-10-07',
    },
    agenda: [
      { topic: 'Tillsynsinsatsen Ett hälsosamt arbetsliv: arbetsanpassning', speakerOrganisation: AV },
      { topic: 'Försäkringskassans stöd till arbetsgivare för att förebygga sjukfrånvaro', speakerOrganisation: FK },
    ],
    guestOrganisation: AV,
    touring: false,
    audience: 'MIXED',
    turnout: 0.7,
    minutes: () =>
      'Erfarenhetsutbyte om arbetsanpassning. Arbetsmiljöverket beskrev tillsynsinsatsen Ett hälsosamt arbetsliv, som i år riktas ' +
      'mot förskola och primärvård, och vad inspektörerna tittar efter. Försäkringskassan berättade om sitt stöd till arbetsgivare. ' +
      'Medlemmarna delade rutiner för anpassning och omplacering.',
  },
  {
    key: 'ht2025-2',
    title: 'Kunskap som håller: insatser mot stressrelaterad ohälsa',
    format: 'SEMINAR',
    term: 'HT',
    year: 2025,
    dates: {
      norr: '2025-11-18',
      mitt: '2025-11-13',
      stockholm: '2025-11-25',
      vast: '2025-11-20',
      ost: '2025-11-11',
      syd: '2025-11-27',
    },
    agenda: [
      {
        topic: 'Vad säger kunskapsläget om insatser för organisatorisk och social arbetsmiljö?',
        speakerOrganisation: 'Myndigheten för arbetsmiljökunskap',
      },
      { topic: 'Forumets gemensamma åtgärder: uppföljning', speakerOrganisation: FK },
    ],
    guestOrganisation: 'Myndigheten för arbetsmiljökunskap',
    touring: false,
    audience: 'MIXED',
    turnout: 0.7,
    minutes: () =>
      'Myndigheten för arbetsmiljökunskap presenterade kunskapsläget om insatser för organisatorisk och social arbetsmiljö. ' +
      'Forumet följde upp sina gemensamma åtgärder och diskuterade vilka ämnen som ska prioriteras under 2026.',
  },
  {
    key: 'ht2026-1',
    title: 'Två år av forum: erfarenheter och fortsättning',
    format: 'EXPERIENCE_EXCHANGE',
    term: 'HT',
    year: 2026,
    dates: {
      norr: '2026-12-01',
      mitt: '2026-12-02',
      stockholm: '2026-12-03',
      vast: '2026-12-08',
      ost: '2026-12-09',
      syd: '2026-12-10',
    },
    agenda: [
      { topic: 'Erfarenheter från forumets två första år', speakerOrganisation: FK },
      { topic: 'Forumets fortsättning och ämnen för 2027', speakerOrganisation: FK },
    ],
    guestOrganisation: FK,
    touring: false,
    audience: 'MIXED',
    turnout: 0,
    planned: true,
  },
];

/** Meetings that did not take place, with the coordinator's reason. */
const CANCELLED: Record<string, string> = {
  'ost:ht2025-1':
    'Föreläsaren från Arbetsmiljöverket fick förhinder med kort varsel och ingen ersättare kunde ordnas. Erfarenhetsutbytet tas upp vid nästa träff.',
  'norr:ht2025-2':
    'För få anmälda: träffen krockade med flera medlemmars budgetarbete. Innehållet flyttas till vårterminens första träff.',
};

/** Meetings moved within their term: the date they were first planned for. */
const MOVED_FROM: Record<string, IsoDate> = {
  'syd:ht2025-2': '2025-11-20',
};

/** Agenda items and guests a single forum added to a series. */
const EXTRA: Record<string, { agenda: AgendaItem[]; guests: DemoGuest[] }> = {
  'vast:vt2025-osa': {
    agenda: [
      {
        topic: 'Hinder för verksamma åtgärder för organisatorisk och social arbetsmiljö',
        speakerOrganisation: 'Institutet för stressmedicin',
      },
    ],
    guests: [{ name: demoName(795), organisation: 'Institutet för stressmedicin' }],
  },
};

// ── attendance ──────────────────────────────────────────────────────────────────────────────

/** A small deterministic generator (mulberry32), seeded from a demo key. */
function random(key: string): () => number {
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  let state = hash >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, values: readonly T[]): T => values[Math.floor(next() * values.length)];

function participants(next: () => number, audience: Audience): ParticipantCounts {
  if (audience === 'SENIOR_MANAGERS') return { MANAGER: pick(next, [1, 1, 1, 2]), HR: 0, OTHER: 0 };
  const counts = {
    MANAGER: pick(next, [0, 1, 1, 1, 2]),
    HR: pick(next, [0, 1, 1, 2]),
    OTHER: pick(next, [0, 0, 0, 1]),
  };
  return counts.MANAGER + counts.HR + counts.OTHER === 0 ? { ...counts, MANAGER: 1 } : counts;
}

/** A realistic subset of the members on the day (at least six), with their people by role. */
function attendingMembers(forum: DemoForum, date: IsoDate, key: string, series: Series): MemberAttendance[] {
  const next = random(key);
  const members = membersOn(forum, date);
  const present = members.filter(() => next() < series.turnout);
  const chosen = present.length >= 6 ? present : members.slice(0, 6);
  return chosen.map((member) => ({
    organisationNumber: member.employer.organisationNumber,
    participants: participants(next, series.audience),
  }));
}

// ── meetings ────────────────────────────────────────────────────────────────────────────────

function meetingsOf(series: Series, seriesIndex: number): DemoMeeting[] {
  return DEMO_FORUMS.flatMap((forum, forumIndex) => {
    const date = series.dates[forum.forumId as ForumId];
    if (!date) return [];
    const key = `${forum.forumId}:${series.key}`;
    const extra = EXTRA[key];
    const guestSeed = 700 + seriesIndex * 10 + (series.touring ? 0 : forumIndex + 1);
    const outcome: DemoMeetingOutcome = series.planned
      ? { kind: 'PLANNED' }
      : CANCELLED[key]
        ? { kind: 'CANCELLED', reason: CANCELLED[key] }
        : {
            kind: 'HELD',
            heldOn: date,
            minutes: series.minutes!(forum),
            members: attendingMembers(forum, date, key, series),
            guests: [{ name: demoName(guestSeed), organisation: series.guestOrganisation }, ...(extra?.guests ?? [])],
          };
    return [
      {
        key,
        forumId: forum.forumId,
        title: series.title,
        format: series.format,
        term: series.term,
        year: series.year,
        plannedDate: MOVED_FROM[key] ?? date,
        date,
        agenda: [...series.agenda, ...(extra?.agenda ?? [])],
        outcome,
      },
    ];
  });
}

/** Every demo meeting, in date order. */
export const DEMO_MEETINGS: readonly DemoMeeting[] = SERIES.flatMap(meetingsOf).sort(
  (a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key),
);

// ── joint actions ───────────────────────────────────────────────────────────────────────────

export const DEMO_JOINT_ACTIONS: readonly DemoJointAction[] = [
  {
    key: 'norr:checklista',
    forumId: 'norr',
    meetingKey: 'norr:vt2025-fohm',
    title: 'Pröva checklistan för implementering i två förvaltningar',
    description:
      'Älvbyns kommun prövar Folkhälsomyndighetens checklista för implementering med kvalitet när ett nytt arbetssätt för att ' +
      'fånga tidiga signaler införs i äldreomsorgen och i tekniska förvaltningen, och delar erfarenheterna med forumet.',
    reason: 'Medlemmarna ville se hur checklistan fungerar i ett verkligt införande innan fler använder den.',
    owner: { organisation: 'Älvbyns kommun', name: demoName(900) },
    dueDate: '2025-06-30',
    progress: [
      {
        note: 'Checklistan används i båda förvaltningarna; ledningsgrupperna har gått igenom den.',
        recordedOn: '2025-04-14',
      },
    ],
    outcome: { kind: 'DONE', doneOn: '2025-06-12', note: 'Erfarenheterna delas vid höstens första träff.' },
  },
  {
    key: 'norr:osa-enkat',
    forumId: 'norr',
    meetingKey: 'norr:vt2025-osa',
    title: 'Gemensam enkät om OSA för chefer i första linjen',
    description:
      'Försäkringskassan tar fram en gemensam enkät om organisatorisk och social arbetsmiljö som medlemmarna kan skicka till ' +
      'sina chefer i första linjen.',
    reason: 'Forumet ville kunna jämföra chefers förutsättningar mellan sektorer.',
    owner: { organisation: FK },
    dueDate: '2025-12-15',
    progress: [],
    outcome: {
      kind: 'DROPPED',
      droppedOn: '2025-10-02',
      reason:
        'De flesta medlemmar har redan egna medarbetarenkäter med frågor om OSA; en gemensam enkät skulle bli dubbelarbete. ' +
        'Forumet jämför i stället befintliga resultat.',
    },
  },
  {
    key: 'mitt:arbetsbelastning',
    forumId: 'mitt',
    meetingKey: 'mitt:vt2025-osa',
    title: 'Samtalsstöd för chefers dialog om arbetsbelastning',
    description:
      'Region Mellandal tar fram ett samtalsstöd för chefers dialog med medarbetare om arbetsbelastning och prioriteringar, ' +
      'och erbjuder det till övriga medlemmar.',
    reason: 'Arbetsbelastning var den utmaning flest medlemmar lyfte i arbetet med OSA.',
    owner: { organisation: 'Region Mellandal', name: demoName(901) },
    dueDate: '2026-03-31',
    progress: [{ note: 'Ett första utkast har prövats i två vårdenheter.', recordedOn: '2025-11-05' }],
    outcome: { kind: 'DONE', doneOn: '2026-03-20', note: 'Samtalsstödet finns för forumets medlemmar.' },
  },
  {
    key: 'mitt:hr-natverk',
    forumId: 'mitt',
    meetingKey: 'mitt:ht2025-1',
    title: 'Nätverk för HR om arbetsanpassning',
    description:
      'Dalvindens Bemanning AB samordnar ett nätverk där medlemmarnas HR-funktioner delar rutiner för arbetsanpassning och omplacering.',
    reason: 'Flera medlemmar saknar rutiner för arbetsanpassning och ville lära av varandra mellan träffarna.',
    owner: { organisation: 'Dalvindens Bemanning AB' },
    dueDate: '2026-06-30',
    progress: [{ note: 'Två nätverksträffar har hållits digitalt.', recordedOn: '2026-02-10' }],
  },
  {
    key: 'stockholm:inspelning',
    forumId: 'stockholm',
    meetingKey: 'stockholm:vt2025-ki',
    title: 'Sprida inspelningen och dialogmaterialet till ledningsgrupperna',
    description:
      'Försäkringskassan publicerar inspelningen av webbinariet med Karolinska Institutet och skickar den med dialogmaterialet ' +
      'till medlemmarnas ledningsgrupper.',
    reason: 'Deltagarna ville att fler chefer ska kunna ta del av föreläsningen.',
    owner: { organisation: FK },
    dueDate: '2025-09-30',
    planActivity: { year: 2025, activityId: 'komm-2025' },
    progress: [],
    outcome: {
      kind: 'DONE',
      doneOn: '2025-09-01',
      note: 'Inspelningen publicerades på projektsidan i slutet av augusti.',
    },
  },
  {
    key: 'stockholm:korta-sjukfall',
    forumId: 'stockholm',
    meetingKey: 'stockholm:ht2025-2',
    title: 'Kartlägga uppföljningen av korta sjukfrånvarotillfällen',
    description:
      'Sjöstadens kommun sammanställer hur medlemmarna följer upp upprepad korttidsfrånvaro och vilka signaler som leder till samtal.',
    reason: 'Medlemmarna följer upp korttidsfrånvaro på mycket olika sätt och vill veta vad som fungerar.',
    owner: { organisation: 'Sjöstadens kommun', name: demoName(902) },
    dueDate: '2027-02-26',
    progress: [{ note: 'Frågor har skickats till alla medlemmar; elva har svarat.', recordedOn: '2026-09-15' }],
  },
  {
    key: 'vast:osa-pilot',
    forumId: 'vast',
    meetingKey: 'vast:vt2025-osa',
    title: 'Pilot med verksamma OSA-åtgärder i tre verksamheter',
    description:
      'Region Västerhav prövar i tre verksamheter de åtgärder som rapporten om hinder för verksamma OSA-åtgärder pekar ut, och ' +
      'redovisar resultatet för forumet.',
    reason: 'Forumet ville se om rapportens slutsatser håller i medlemmarnas egna verksamheter.',
    owner: { organisation: 'Region Västerhav', name: demoName(903) },
    dueDate: '2026-05-29',
    progress: [
      { note: 'Två av tre verksamheter har kommit igång; den tredje väntar på en ny chef.', recordedOn: '2025-12-03' },
    ],
  },
  {
    key: 'vast:exempel',
    forumId: 'vast',
    meetingKey: 'vast:ht2025-1',
    title: 'Samla exempel på arbetsanpassning till den digitala plattformen',
    description:
      'Försäkringskassan samlar medlemmarnas exempel på lyckad arbetsanpassning och publicerar dem på projektets digitala plattform.',
    reason: 'Exemplen från erfarenhetsutbytet är användbara även för arbetsgivare utanför forumet.',
    owner: { organisation: FK },
    dueDate: '2026-01-30',
    progress: [],
    outcome: { kind: 'DONE', doneOn: '2026-01-28' },
  },
  {
    key: 'ost:ledningsdialog',
    forumId: 'ost',
    meetingKey: 'ost:vt2025-gd',
    title: 'Ledningsgruppsdialog om psykisk hälsa',
    description:
      'Försäkringskassan stöttar minst fem medlemmar att föra dialogen från webbinariet vidare i sina ledningsgrupper med ' +
      'projektets dialogmaterial.',
    reason:
      'Webbinariet skulle lägga grunden för fortsatt dialog hos arbetsgivarna; forumet ville följa att den blir av.',
    owner: { organisation: FK },
    dueDate: '2025-12-31',
    progress: [{ note: 'Tre medlemmar har haft dialogen i sin ledningsgrupp.', recordedOn: '2025-10-20' }],
    outcome: { kind: 'DONE', doneOn: '2025-12-10', note: 'Sex medlemmar har genomfört dialogen.' },
  },
  {
    key: 'ost:tips-info',
    forumId: 'ost',
    meetingKey: 'ost:ht2025-2',
    title: 'Information om tips från Försäkringskassan till Arbetsmiljöverket',
    description:
      'Arbetsmiljöverket och Försäkringskassan informerar medlemmarna om när och hur Försäkringskassan lämnar tips till ' +
      'Arbetsmiljöverket om brister i arbetsgivarens arbete med anpassning och rehabilitering.',
    reason: 'Medlemmarna frågade vad ett tips innebär för arbetsgivaren.',
    owner: { organisation: AV },
    dueDate: '2026-09-30',
    planActivity: { year: 2025, activityId: 'tips-2025' },
    progress: [],
  },
  {
    key: 'syd:mall-atergang',
    forumId: 'syd',
    meetingKey: 'syd:ht2024-2',
    title: 'Gemensam mall för plan för återgång i arbete',
    description:
      'Sydkustens Bemanning AB tar fram en mall för arbetsgivarens plan för återgång i arbete som medlemmarna kan anpassa.',
    reason: 'Flera medlemmar saknade en mall och ville inte ta fram varsin.',
    owner: { organisation: 'Sydkustens Bemanning AB', name: demoName(904) },
    dueDate: '2025-04-30',
    progress: [{ note: 'Utkast skickat på remiss till medlemmarnas HR-funktioner.', recordedOn: '2025-02-17' }],
    outcome: { kind: 'DONE', doneOn: '2025-04-22', note: 'Mallen har skickats till alla medlemmar.' },
  },
  {
    key: 'syd:osa-ronder',
    forumId: 'syd',
    meetingKey: 'syd:vt2025-osa',
    title: 'Erfarenhetsutbyte om skyddsronder för OSA',
    description:
      'Sundvikens kommun bjuder in medlemmarnas HR-chefer till ett utbyte om hur skyddsronder kan fånga organisatorisk och social arbetsmiljö.',
    reason: 'Skyddsronderna fångar sällan den organisatoriska och sociala arbetsmiljön, enligt flera medlemmar.',
    owner: { organisation: 'Sundvikens kommun' },
    dueDate: '2026-10-30',
    progress: [{ note: 'Första utbytet hölls i mars; nästa är inte bokat.', recordedOn: '2026-03-24' }],
  },
  {
    key: 'syd:plan-2027',
    forumId: 'syd',
    meetingKey: 'syd:ht2025-2',
    title: 'Underlag för forumets ämnen 2027',
    description: 'Försäkringskassan sammanställer medlemmarnas önskemål om ämnen och format för forumets träffar 2027.',
    reason: 'Forumet vill att programmet för 2027 bygger på medlemmarnas behov.',
    owner: { organisation: FK },
    dueDate: '2027-01-29',
    progress: [],
  },
];

export function demoMeeting(key: string): DemoMeeting {
  return demoKeyed(DEMO_MEETINGS, key, 'meeting');
}
