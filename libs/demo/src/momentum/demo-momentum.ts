import { ActivityKind, IsoDate, ParticipantCounts } from '@samverkan/momentum';
import { demoForum } from '../forums/demo-forums';
import { demoKeyed } from '../demo-tables';

/**
 * The demo of Momentum's own activities ("Tillsammans för ett hållbart arbetsliv", FK, ESF+,
 * 1 May 2024 – 30 April 2027): the national kick-off conference in the autumn of 2024, the
 * webbutbildningar for first-line managers, a training in health-promoting leadership (as in
 * Mobiliseringsinitiativet), an international study visit to Norway in 2025, a regional
 * conference in the spring of 2026, a cancelled HR training, and the closing conference still
 * ahead in March 2027. Participating employers are the forums demo's fictional employers (valid
 * organisation numbers); agencies by their codes. Named participants are fictional and go to the
 * person directory only. Evaluations are 1–10 averages, as in KUPO (7.2, 8.8, 7.7).
 */

/** An organisation that took part: an employer's organisation number or an agency code, with people by role. */
export interface DemoParticipatingOrganisation {
  organisation: string;
  participants: ParticipantCounts;
}

/** A named participant: fictional, kept in the person directory, never in an event. */
export interface DemoNamedParticipant {
  name: string;
  organisation: string;
  email?: string;
}

export interface DemoParticipants {
  organisations: DemoParticipatingOrganisation[];
  named: DemoNamedParticipant[];
}

export type DemoActivityOutcome =
  | {
      kind: 'HELD';
      heldOn: IsoDate;
      summary: string;
      participants: DemoParticipants;
      /** A later correction of the participants, with its reason. */
      correction?: { participants: DemoParticipants; reason: string };
      evaluation?: { scale: number; respondents: number };
    }
  | { kind: 'CANCELLED'; reason: string }
  | { kind: 'PLANNED' };

export interface DemoProjectActivity {
  /** Stable demo key: the command ids derive from it. */
  key: string;
  kind: ActivityKind;
  title: string;
  organiser: string;
  /** The date it is planned for (after `movedFrom`, if it was moved). */
  date: IsoDate;
  /** The date first planned, when it was rescheduled to `date`. */
  movedFrom?: IsoDate;
  place: string;
  country?: string;
  region?: string;
  expectedParticipants: number;
  outcome: DemoActivityOutcome;
}

const counts = (MANAGER: number, HR: number, OTHER = 0): ParticipantCounts => ({ MANAGER, HR, OTHER });

/** The organisation number of the forums demo's `index`th employer in `forumId`. */
const employer = (forumId: string, index: number) => demoForum(forumId).members[index].employer.organisationNumber;

const employers = (forumId: string, first: number, people: ParticipantCounts[]): DemoParticipatingOrganisation[] =>
  people.map((participants, i) => ({ organisation: employer(forumId, first + i), participants }));

export const DEMO_PROJECT_ACTIVITIES: readonly DemoProjectActivity[] = [
  {
    key: 'uppstart-2024',
    kind: 'CONFERENCE',
    title: 'Nationell uppstartskonferens: Tillsammans för ett hållbart arbetsliv',
    organiser: 'FK',
    date: '2024-10-15',
    place: 'Stockholm',
    expectedParticipants: 200,
    outcome: {
      kind: 'HELD',
      heldOn: '2024-10-15',
      summary:
        'Projektets start: arbetsgivare från de sex regionala forumen, myndigheterna och kunskapsgruppen om psykisk hälsa och hållbara arbetsplatser.',
      participants: {
        organisations: [
          ...employers('norr', 0, [counts(2, 1), counts(1, 1)]),
          ...employers('stockholm', 0, [counts(3, 2), counts(2, 1, 1), counts(1, 1)]),
          ...employers('vast', 0, [counts(2, 2), counts(1, 0, 1)]),
          ...employers('syd', 0, [counts(2, 1)]),
          { organisation: 'FK', participants: counts(2, 0, 9) },
          { organisation: 'AV', participants: counts(1, 0, 5) },
          { organisation: 'FHM', participants: counts(0, 0, 2) },
        ],
        named: [
          { name: 'Helena Strandberg', organisation: 'Folkhälsomyndigheten' },
          { name: 'Johan Ekdahl', organisation: 'Arbetsmiljöverket' },
        ],
      },
      evaluation: { scale: 8.1, respondents: 38 },
    },
  },
  {
    key: 'webb-chefer-1',
    kind: 'WEB_TRAINING',
    title: 'Webbutbildning för chefer, del 1: psykisk hälsa på arbetsplatsen',
    organiser: 'FK',
    date: '2025-04-08',
    place: 'Digitalt',
    expectedParticipants: 120,
    outcome: {
      kind: 'HELD',
      heldOn: '2025-04-08',
      summary: 'Första webbutbildningen för första linjens chefer, med dialogmaterial för ledningsgruppen.',
      participants: {
        organisations: [
          ...employers('mitt', 0, [counts(6, 1), counts(4, 0)]),
          ...employers('ost', 0, [counts(5, 1), counts(3, 1)]),
          ...employers('syd', 1, [counts(7, 2)]),
        ],
        named: [],
      },
      evaluation: { scale: 7.7, respondents: 21 },
    },
  },
  {
    key: 'halsoframjande-ledarskap',
    kind: 'TRAINING',
    title: 'Utbildning i hälsofrämjande ledarskap',
    organiser: 'FK',
    date: '2025-05-20',
    place: 'Göteborg',
    region: 'Västra Götaland',
    expectedParticipants: 40,
    outcome: {
      kind: 'HELD',
      heldOn: '2025-05-20',
      summary: 'Heldag för chefer om organisatoriska förutsättningar och tidiga signaler på stressrelaterad ohälsa.',
      participants: {
        organisations: [
          ...employers('vast', 0, [counts(6, 2), counts(5, 1), counts(4, 1)]),
          { organisation: 'FK', participants: counts(0, 0, 2) },
        ],
        named: [{ name: 'Lena Forsberg', organisation: 'Sveriges Företagshälsor' }],
      },
      evaluation: { scale: 8.8, respondents: 19 },
    },
  },
  {
    key: 'studiebesok-norge',
    kind: 'STUDY_VISIT',
    title: 'Internationellt studiebesök: arbetsinkludering och sjukfrånvaro i Norge',
    organiser: 'FK',
    date: '2025-09-16',
    place: 'Oslo',
    country: 'NO',
    expectedParticipants: 14,
    outcome: {
      kind: 'HELD',
      heldOn: '2025-09-16',
      summary: 'Besök hos norska aktörer om samverkan mellan arbetsgivare, företagshälsa och välfärdsförvaltningen.',
      participants: {
        organisations: [
          { organisation: 'FK', participants: counts(2, 0, 5) },
          { organisation: 'AV', participants: counts(1, 0, 2) },
          { organisation: 'FHM', participants: counts(0, 0, 1) },
          { organisation: 'MYNAK', participants: counts(0, 0, 1) },
        ],
        named: [{ name: 'Ingrid Solheim', organisation: 'NAV (Norge)' }],
      },
      evaluation: { scale: 9.1, respondents: 12 },
    },
  },
  {
    key: 'webb-chefer-2',
    kind: 'WEB_TRAINING',
    title: 'Webbutbildning för chefer, del 2: arbetsanpassning och rehabilitering',
    organiser: 'FK',
    movedFrom: '2025-09-30',
    date: '2025-10-07',
    place: 'Digitalt',
    expectedParticipants: 120,
    outcome: {
      kind: 'HELD',
      heldOn: '2025-10-07',
      summary:
        'Andra webbutbildningen: arbetsgivarens ansvar för arbetsanpassning och rehabilitering, med exempel från forumen.',
      participants: {
        organisations: [
          ...employers('norr', 2, [counts(4, 1), counts(3, 0)]),
          ...employers('stockholm', 3, [counts(5, 2)]),
        ],
        named: [],
      },
      correction: {
        participants: {
          organisations: [
            ...employers('norr', 2, [counts(4, 1), counts(3, 0)]),
            ...employers('stockholm', 3, [counts(5, 2)]),
            ...employers('mitt', 2, [counts(6, 1)]),
          ],
          named: [],
        },
        reason: 'Deltagarlistan från forum Mitt kom in efter registreringen',
      },
      evaluation: { scale: 7.2, respondents: 17 },
    },
  },
  {
    key: 'hr-arbetsanpassning',
    kind: 'TRAINING',
    title: 'Utbildning för HR: arbetsanpassning i praktiken',
    organiser: 'FK',
    date: '2026-02-10',
    place: 'Umeå',
    region: 'Västerbotten',
    expectedParticipants: 30,
    outcome: { kind: 'CANCELLED', reason: 'För få anmälda; innehållet flyttas till webbutbildningen' },
  },
  {
    key: 'konferens-osa-2026',
    kind: 'CONFERENCE',
    title: 'Regional konferens: organisatorisk och social arbetsmiljö',
    organiser: 'AV',
    date: '2026-03-24',
    place: 'Malmö',
    region: 'Skåne',
    expectedParticipants: 80,
    outcome: {
      kind: 'HELD',
      heldOn: '2026-03-24',
      summary: 'Konferens om OSA för arbetsgivarna i forum Syd, med Arbetsmiljöverket och Försäkringskassan.',
      participants: {
        organisations: [
          ...employers('syd', 0, [counts(3, 2), counts(2, 2), counts(4, 1), counts(2, 1)]),
          { organisation: 'AV', participants: counts(0, 0, 3) },
        ],
        named: [{ name: 'Per Lundmark', organisation: 'Arbetsmiljöverket' }],
      },
      evaluation: { scale: 7.9, respondents: 18 },
    },
  },
  {
    key: 'slutkonferens-2027',
    kind: 'CONFERENCE',
    title: 'Slutkonferens: Tillsammans för ett hållbart arbetsliv',
    organiser: 'FK',
    date: '2027-03-18',
    place: 'Stockholm',
    expectedParticipants: 250,
    outcome: { kind: 'PLANNED' },
  },
];

export function demoProjectActivity(key: string): DemoProjectActivity {
  return demoKeyed(DEMO_PROJECT_ACTIVITIES, key, 'project activity');
}
