import type { IsoDate, ItemEvent, MemberOrganisation, ReviewVerdict, Term } from '@samverkan/knowledge';
import { demoKeyed } from '../demo-tables';

/**
 * The demo of the national knowledge group (nationella kunskapsgruppen) in projekt Momentum:
 * Arbetsmiljöverket, Folkhälsomyndigheten, Myndigheten för arbetsmiljökunskap, Socialstyrelsen and
 * Sveriges Företagshälsor, hosted by Försäkringskassan. First meetings in the autumn of 2024, twice
 * per term, going on after the project. The items are the material the project's newsletters point
 * to; where they were presented refers to the regional forums' demo meetings (seed forums first).
 * No person is named anywhere: the demo's people are the dev-token roles and one fictional
 * "Demo kunskapsgruppen (<code>)" person per proposing organisation.
 */

/** A member organisation and the day it joined (the founding members join on the founding day). */
export interface DemoKnowledgeMember extends MemberOrganisation {
  joinedOn: IsoDate;
}

export type DemoGroupMeetingEnd =
  { kind: 'HELD'; heldOn: IsoDate; present: string[] } | { kind: 'CANCELLED'; reason: string } | { kind: 'PLANNED' };

export interface DemoGroupMeeting {
  /** Stable demo key, e.g. `ht2024-1`: the command ids derive from it. */
  key: string;
  term: Term;
  year: number;
  date: IsoDate;
  agenda: string[];
  end: DemoGroupMeetingEnd;
}

export interface DemoItemReview {
  /** The key of the held group meeting it was reviewed at. */
  meeting: string;
  verdict: ReviewVerdict;
  note: string;
  reason: string;
}

/** What the item's proposal says, but for its id, which the seed derives from the key. */
type DemoProposal = Omit<ItemEvent<'ItemProposed'>['data'], 'itemId'>;

export interface DemoKnowledgeItem extends DemoProposal {
  /** Stable demo key: the command ids derive from it. */
  key: string;
  review?: DemoItemReview;
  publishedOn?: IsoDate;
  retired?: { retiredOn: IsoDate; reason: string };
  /** Keys of the forums demo meetings (`<forumId>:<series>`) where it was presented. */
  presentedAt: string[];
}

export const DEMO_KNOWLEDGE_HOST: MemberOrganisation = { code: 'FK', name: 'Försäkringskassan' };
export const DEMO_KNOWLEDGE_FOUNDED_ON: IsoDate = '2024-09-01';

/** The members besides the host, in the order they joined: Sveriges Företagshälsor joined in January 2025. */
export const DEMO_KNOWLEDGE_MEMBERS: readonly DemoKnowledgeMember[] = [
  { code: 'AV', name: 'Arbetsmiljöverket', joinedOn: '2024-09-01' },
  { code: 'FHM', name: 'Folkhälsomyndigheten', joinedOn: '2024-09-01' },
  { code: 'MYNAK', name: 'Myndigheten för arbetsmiljökunskap', joinedOn: '2024-09-01' },
  { code: 'SOS', name: 'Socialstyrelsen', joinedOn: '2024-09-01' },
  { code: 'SFH', name: 'Sveriges Företagshälsor', joinedOn: '2025-01-15' },
];

const FOUNDERS = ['FK', 'AV', 'FHM', 'MYNAK', 'SOS'];
const ALL = [...FOUNDERS, 'SFH'];
const without = (codes: string[], ...absent: string[]) => codes.filter((c) => !absent.includes(c));

/** Twice per term from the autumn of 2024; one spring 2026 meeting cancelled, the last one still ahead. */
export const DEMO_GROUP_MEETINGS: readonly DemoGroupMeeting[] = [
  {
    key: 'ht2024-1',
    term: 'HT',
    year: 2024,
    date: '2024-10-08',
    agenda: [
      'Gruppens uppdrag: samla och systematisera kunskap om ett hållbart arbetsliv',
      'Arbetsformer och mötesplan för läsåret',
      'Första förslagen till kunskapsunderlag',
    ],
    end: { kind: 'HELD', heldOn: '2024-10-08', present: FOUNDERS },
  },
  {
    key: 'ht2024-2',
    term: 'HT',
    year: 2024,
    date: '2024-12-03',
    agenda: ['Återkoppling från de regionala forumens första träffar', 'Underlag inför forumens vårträffar 2025'],
    end: { kind: 'HELD', heldOn: '2024-12-03', present: without(FOUNDERS, 'SOS') },
  },
  {
    key: 'vt2025-1',
    term: 'VT',
    year: 2025,
    date: '2025-03-11',
    agenda: [
      'Välkommen till Sveriges Företagshälsor',
      'Erfarenheter från forumens träffar om implementering',
      'Planering av vårens webbinarier',
    ],
    end: { kind: 'HELD', heldOn: '2025-03-11', present: ALL },
  },
  {
    key: 'vt2025-2',
    term: 'VT',
    year: 2025,
    date: '2025-04-29',
    agenda: [
      'Granskning av nya förslag om organisatorisk och social arbetsmiljö',
      'Underlag inför forumens träffar om OSA i maj',
    ],
    end: { kind: 'HELD', heldOn: '2025-04-29', present: without(ALL, 'MYNAK') },
  },
  {
    key: 'ht2025-1',
    term: 'HT',
    year: 2025,
    date: '2025-09-09',
    agenda: [
      'Granskning av förslag från sommaren',
      'Material till den digitala plattformen',
      'Arbetsanpassning och återgång i arbete',
    ],
    end: { kind: 'HELD', heldOn: '2025-09-09', present: ALL },
  },
  {
    key: 'ht2025-2',
    term: 'HT',
    year: 2025,
    date: '2025-11-25',
    agenda: ['Hur kunskapsunderlagen har nått forumen', 'Gruppens arbete efter projektets slut'],
    end: { kind: 'HELD', heldOn: '2025-11-25', present: without(ALL, 'SFH') },
  },
  {
    key: 'vt2026-1',
    term: 'VT',
    year: 2026,
    date: '2026-02-10',
    agenda: ['Granskning av nya förslag', 'Urval av underlag till projektets slutrapport'],
    end: { kind: 'HELD', heldOn: '2026-02-10', present: ALL },
  },
  {
    key: 'vt2026-2',
    term: 'VT',
    year: 2026,
    date: '2026-05-19',
    agenda: ['Uppföljning av publicerade underlag', 'Planering av hösten 2026'],
    end: {
      kind: 'CANCELLED',
      reason: 'För få medlemsorganisationer kunde delta. Punkterna tas upp vid höstens första möte.',
    },
  },
  {
    key: 'ht2026-1',
    term: 'HT',
    year: 2026,
    date: '2026-09-15',
    agenda: [
      'Uppföljning av publicerade underlag (flyttad från våren)',
      'Granskning av nya förslag',
      'Underlag som behöver uppdateras',
    ],
    end: { kind: 'HELD', heldOn: '2026-09-15', present: without(ALL, 'AV') },
  },
  {
    key: 'ht2026-2',
    term: 'HT',
    year: 2026,
    date: '2026-12-08',
    agenda: ['Granskning av nya förslag', 'Gruppens arbete efter projektets slut 2027'],
    end: { kind: 'PLANNED' },
  },
];

/** Every lifecycle state appears: published, retired, rejected, approved but not yet published, still proposed. */
export const DEMO_KNOWLEDGE_ITEMS: readonly DemoKnowledgeItem[] = [
  {
    key: 'fhm-checklista',
    kind: 'TOOL',
    title: 'Checklista för implementering med kvalitet – Från nyhet till vardagsnytta',
    sourceOrganisation: 'Folkhälsomyndigheten',
    link: 'https://www.folkhalsomyndigheten.se/publikationer-och-material/publikationsarkiv/c/checklista-for-implementering-med-kvalitet/',
    topics: ['implementering', 'ledning', 'kvalitet'],
    proposedBy: 'FHM',
    proposedOn: '2024-09-24',
    review: {
      meeting: 'ht2024-1',
      verdict: 'APPROVED',
      note: 'Ett konkret stöd för att föra in nya arbetssätt i verksamheten; passar forumens vårträffar.',
      reason: 'Checklistan bygger på implementeringsforskning och är fritt tillgänglig för arbetsgivare.',
    },
    publishedOn: '2024-10-15',
    presentedAt: [
      'norr:vt2025-fohm',
      'mitt:vt2025-fohm',
      'stockholm:vt2025-fohm',
      'vast:vt2025-fohm',
      'ost:vt2025-fohm',
      'syd:vt2025-fohm',
    ],
  },
  {
    key: 'fk-lagesrapport-2024-1',
    kind: 'REPORT',
    title: 'Psykisk ohälsa i dagens arbetsliv (Försäkringskassans lägesrapport 2024:1)',
    sourceOrganisation: 'Försäkringskassan',
    link: 'https://www.forsakringskassan.se/statistik-och-analys/lagesrapporter/psykisk-ohalsa-i-dagens-arbetsliv',
    topics: ['psykisk ohälsa', 'sjukfrånvaro', 'statistik'],
    proposedBy: 'FK',
    proposedOn: '2024-09-24',
    review: {
      meeting: 'ht2024-1',
      verdict: 'APPROVED',
      note: 'Ger en gemensam bild av sjukfrånvaron på grund av psykisk ohälsa att utgå från i forumen.',
      reason: 'Aktuell statistik från Försäkringskassan som alla medlemmar kan hänvisa till.',
    },
    publishedOn: '2024-10-15',
    retired: {
      retiredOn: '2026-09-15',
      reason:
        'Ersatt av en nyare lägesrapport från Försäkringskassan med uppdaterad statistik; gruppen hänvisar till den senaste versionen.',
    },
    presentedAt: ['stockholm:ht2024-2', 'ost:ht2024-2'],
  },
  {
    key: 'ism-hinder-osa',
    kind: 'REPORT',
    title: 'Hinder för verksamma åtgärder för organisatorisk och social arbetsmiljö',
    sourceOrganisation: 'Institutet för stressmedicin',
    link: 'https://www.vgregion.se/halsa-och-vard/vardgivarwebben/amnesomraden/institutet-for-stressmedicin/rapporter/',
    topics: ['organisatorisk och social arbetsmiljö', 'stressrelaterad ohälsa', 'arbetsgivarens åtgärder'],
    proposedBy: 'MYNAK',
    proposedOn: '2025-04-03',
    review: {
      meeting: 'vt2025-2',
      verdict: 'APPROVED',
      note: 'Belyser de hinder arbetsgivare möter; ett bra underlag till forumens träffar om OSA i maj.',
      reason: 'Rapporten sammanfattar aktuell kunskap och ger arbetsgivare stöd att välja verksamma åtgärder.',
    },
    publishedOn: '2025-05-06',
    presentedAt: ['norr:vt2025-osa', 'mitt:vt2025-osa', 'stockholm:vt2025-osa', 'vast:vt2025-osa', 'syd:vt2025-osa'],
  },
  {
    key: 'av-fler-anmaler',
    kind: 'REPORT',
    title: 'Fler anmäler att de blir sjuka av jobbet',
    sourceOrganisation: 'Arbetsmiljöverket',
    link: 'https://www.av.se/arbetsmiljoarbete-och-inspektioner/publikationer/rapporter/',
    topics: ['arbetssjukdomar', 'statistik', 'stressrelaterad ohälsa'],
    proposedBy: 'AV',
    proposedOn: '2025-06-12',
    review: {
      meeting: 'ht2025-1',
      verdict: 'APPROVED',
      note: 'Rapporten från den 11 juni 2025 visar att anmälningarna om arbetssjukdom ökar, särskilt för organisatoriska och sociala orsaker.',
      reason: 'Officiell statistik från Arbetsmiljöverket som stärker forumens samtal om förebyggande arbete.',
    },
    publishedOn: '2025-09-12',
    presentedAt: ['ost:ht2025-2', 'mitt:ht2025-2', 'vast:ht2025-2'],
  },
  {
    key: 'kupo-chefsutbildning',
    kind: 'METHOD',
    title:
      'KUPO – kompetensutveckling inom psykisk ohälsa för offentliga arbetsgivare: utbildningsmaterial för första linjens chefer',
    sourceOrganisation: 'Försäkringskassan och Region Värmland',
    link: 'https://www.forsakringskassan.se/samverkan/kupo-kompetensutveckling-inom-psykisk-ohalsa',
    topics: ['psykisk ohälsa', 'chefers förutsättningar', 'tjänstedesign'],
    proposedBy: 'FK',
    proposedOn: '2025-08-25',
    review: {
      meeting: 'ht2025-1',
      verdict: 'APPROVED',
      note: 'Materialet togs fram tillsammans med offentliga arbetsgivare i Värmland och är prövat av chefer i första linjen.',
      reason: 'En utvärderad metod som går att använda hos fler offentliga arbetsgivare.',
    },
    publishedOn: '2025-09-19',
    presentedAt: ['stockholm:ht2025-1', 'vast:ht2025-1', 'syd:ht2025-1'],
  },
  {
    key: 'webbinarium-vt2025-inspelning',
    kind: 'RECORDING',
    title: 'Inspelning: webbinarium om chefers förutsättningar och stressrelaterad ohälsa (våren 2025)',
    sourceOrganisation: 'Försäkringskassan (projekt Momentum)',
    link: 'https://www.forsakringskassan.se/samverkan/momentum/webbinarium-chefers-forutsattningar',
    topics: ['chefers förutsättningar', 'stressrelaterad ohälsa', 'ledningsgrupper'],
    proposedBy: 'FK',
    proposedOn: '2025-09-01',
    review: {
      meeting: 'ht2025-1',
      verdict: 'APPROVED',
      note: 'Forskarföreläsningen från vårens webbinarium, att använda tillsammans med dialogmaterialet i ledningsgrupper.',
      reason: 'Uppskattad föreläsning med forskningsbaserat innehåll; inspelningen är fri att dela.',
    },
    publishedOn: '2025-09-10',
    presentedAt: ['stockholm:ht2025-2'],
  },
  {
    key: 'sfh-friskvard-sammanstallning',
    kind: 'RESEARCH',
    title: 'Sammanställning om friskvårdsinsatsers effekt på sjukfrånvaro',
    sourceOrganisation: 'Sveriges Företagshälsor',
    link: 'https://www.foretagshalsor.se/kunskap/',
    topics: ['friskvård', 'sjukfrånvaro'],
    proposedBy: 'SFH',
    proposedOn: '2026-01-20',
    review: {
      meeting: 'vt2026-1',
      verdict: 'REJECTED',
      note: 'Sammanställningen är ett arbetsmaterial som ännu inte har granskats externt.',
      reason:
        'Gruppen samlar underlag med granskad vetenskaplig grund; förslaget kan lämnas in på nytt när en granskad version finns.',
    },
    presentedAt: [],
  },
  {
    key: 'sos-forsakringsmedicinskt-beslutsstod',
    kind: 'TOOL',
    title: 'Försäkringsmedicinskt beslutsstöd',
    sourceOrganisation: 'Socialstyrelsen',
    link: 'https://forsakringsmedicin.socialstyrelsen.se/',
    topics: ['sjukskrivning', 'arbetsförmåga', 'återgång i arbete'],
    proposedBy: 'SOS',
    proposedOn: '2026-08-20',
    review: {
      meeting: 'ht2026-1',
      verdict: 'APPROVED',
      note: 'Stöd för hälso- och sjukvården i sjukskrivningsprocessen; publiceras med en introduktion för arbetsgivare.',
      reason: 'Nationellt kunskapsstöd som arbetsgivare och företagshälsovård möter i återgången i arbete.',
    },
    presentedAt: [],
  },
  {
    key: 'mynak-kunskapssammanstallningar',
    kind: 'RESEARCH',
    title: 'Kunskapssammanställningar om organisatorisk och social arbetsmiljö',
    sourceOrganisation: 'Myndigheten för arbetsmiljökunskap',
    link: 'https://mynak.se/publikationer/',
    topics: ['organisatorisk och social arbetsmiljö', 'forskningsöversikter'],
    proposedBy: 'MYNAK',
    proposedOn: '2026-10-20',
    presentedAt: [],
  },
];

export function demoGroupMeeting(key: string): DemoGroupMeeting {
  return demoKeyed(DEMO_GROUP_MEETINGS, key, 'group meeting');
}

export function demoKnowledgeItem(key: string): DemoKnowledgeItem {
  return demoKeyed(DEMO_KNOWLEDGE_ITEMS, key, 'knowledge item');
}

/** The member organisations (host included) on a day: joined on or before it. */
export function knowledgeMembersOn(date: IsoDate): string[] {
  return [DEMO_KNOWLEDGE_HOST.code, ...DEMO_KNOWLEDGE_MEMBERS.filter((m) => m.joinedOn <= date).map((m) => m.code)];
}
