import {
  DEFAULT_FORUM_CAPACITY,
  EmployerSize,
  IsoDate,
  MemberEmployer,
  RepresentativeRole,
  Sector,
} from '@samverkan/forums';
import { demoOrganisationNumber } from '../organisation-numbers';
import { demoEntry } from '../demo-tables';

/**
 * The six regional forums of Momentum as demo data: fictional employers (invented names, with
 * organisation numbers built from invented stems and a valid check digit) and fictional
 * representatives. Forum ids are the ones the dev FORUM_COORDINATOR token grants.
 */

export interface DemoRepresentative {
  /** Fictional; goes to the person directory, never into an event. */
  name: string;
  role: RepresentativeRole;
}

export interface DemoMember {
  employer: MemberEmployer;
  joinedOn: IsoDate;
  representatives: DemoRepresentative[];
  /** An employer that left the forum again (seeded after every meeting, so earlier attendance stands). */
  resigned?: { leftOn: IsoDate; reason: string };
}

export interface DemoForum {
  forumId: string;
  name: string;
  /** A county from the default region list (DEFAULT_REGIONS). */
  region: string;
  capacity: number;
  establishedOn: IsoDate;
  members: DemoMember[];
}

/** The forum ids, in the order the forums are seeded (north to south). */
export const DEMO_FORUM_IDS = ['norr', 'mitt', 'stockholm', 'vast', 'ost', 'syd'] as const;

/** The steering group founded the forums soon after Momentum started (May 2024). */
const ESTABLISHED_ON = '2024-06-11';

/**
 * Kind of organisation: municipality (kommun), region, kommunalförbund, state agency or
 * university, limited company (AB), foundation (stiftelse), economic association (ekonomisk
 * förening). It gives the sector and the legal-form group of the organisation number.
 */
type Kind = 'kommun' | 'region' | 'forbund' | 'stat' | 'ab' | 'stiftelse' | 'forening';

const KINDS: Record<Kind, { prefix: string; sector: Sector }> = {
  kommun: { prefix: '212', sector: 'PUBLIC' },
  region: { prefix: '232', sector: 'PUBLIC' },
  forbund: { prefix: '222', sector: 'PUBLIC' },
  stat: { prefix: '202', sector: 'PUBLIC' },
  ab: { prefix: '556', sector: 'PRIVATE' },
  stiftelse: { prefix: '802', sector: 'PRIVATE' },
  forening: { prefix: '769', sector: 'PRIVATE' },
};

const SIZE: Record<'S' | 'M' | 'L' | 'XL', EmployerSize> = {
  S: 'FROM_250_TO_499',
  M: 'FROM_500_TO_999',
  L: 'FROM_1000_TO_4999',
  XL: 'FROM_5000',
};

/** Name, kind, SNI 2007 code, size band; `late`: joined in January 2025 rather than at the start. */
type EmployerRow = [name: string, kind: Kind, industry: string, size: keyof typeof SIZE, late?: 'late'];

interface ForumRows {
  forumId: (typeof DEMO_FORUM_IDS)[number];
  name: string;
  region: string;
  /** The days the first members joined, autumn 2024, before the forum's first meeting. */
  joinedOn: IsoDate[];
  employers: EmployerRow[];
  resigned?: { index: number; leftOn: IsoDate; reason: string };
}

const FORUMS: ForumRows[] = [
  {
    forumId: 'norr',
    name: 'Forum Norr',
    region: 'Västerbotten',
    joinedOn: ['2024-08-26', '2024-09-02', '2024-09-09'],
    employers: [
      ['Älvbyns kommun', 'kommun', '84.110', 'L'],
      ['Storvikens kommun', 'kommun', '84.110', 'L'],
      ['Björkfjälls kommun', 'kommun', '84.110', 'M'],
      ['Tallmyra kommun', 'kommun', '84.110', 'M'],
      ['Region Nordanälv', 'region', '86.101', 'XL'],
      ['Högskolan i Nordanälv', 'stat', '85.422', 'L'],
      ['Räddningstjänsten Älvbygd kommunalförbund', 'forbund', '84.250', 'S'],
      ['Norrlands Trävaror AB', 'ab', '16.101', 'M'],
      ['Fjällgruvan Mineral AB', 'ab', '07.290', 'L'],
      ['Kustbanans Åkeri AB', 'ab', '49.410', 'S'],
      ['Vindelforsens Kraft AB', 'ab', '35.110', 'S'],
      ['Nordanvind Vård och Omsorg AB', 'ab', '87.301', 'M'],
      ['Björkstadens Byggentreprenad AB', 'ab', '41.200', 'M'],
      ['Polarljusets Livsmedel AB', 'ab', '10.110', 'S'],
      ['Norrbyns Hotell och Konferens AB', 'ab', '55.101', 'S'],
      ['Sälgvikens Verkstäder AB', 'ab', '28.220', 'M'],
      ['Norrkustens Energi AB', 'ab', '35.300', 'S'],
      ['Lappmarkens IT-tjänster AB', 'ab', '62.010', 'M'],
      ['Tjärnbackens Skolor AB', 'ab', '85.201', 'S'],
      ['Rönnholmens Logistik AB', 'ab', '52.100', 'M'],
      ['Stiftelsen Norrgårdens Vård', 'stiftelse', '87.301', 'S', 'late'],
      ['Myrlandets Hemtjänst AB', 'ab', '88.101', 'S', 'late'],
    ],
  },
  {
    forumId: 'mitt',
    name: 'Forum Mitt',
    region: 'Dalarna',
    joinedOn: ['2024-08-27', '2024-09-03', '2024-09-10'],
    employers: [
      ['Gruvdalens kommun', 'kommun', '84.110', 'L'],
      ['Myrbackens kommun', 'kommun', '84.110', 'M'],
      ['Tuvhedens kommun', 'kommun', '84.110', 'M'],
      ['Malmåsens kommun', 'kommun', '84.110', 'L'],
      ['Region Mellandal', 'region', '86.101', 'XL'],
      ['Högskolan i Mellandal', 'stat', '85.422', 'M'],
      ['Dalbergslagens räddningstjänstförbund', 'forbund', '84.250', 'S'],
      ['Bergslagsstål i Mellandal AB', 'ab', '24.100', 'L'],
      ['Falkbo Papper AB', 'ab', '17.120', 'M'],
      ['Hyttbackens Gjuteri AB', 'ab', '24.510', 'S'],
      ['Mellandalens Vård AB', 'ab', '86.211', 'S'],
      ['Timmerflottens Sågverk AB', 'ab', '16.101', 'S'],
      ['Dalkarlens Bygg AB', 'ab', '41.200', 'M'],
      ['Kvarnforsens Energi AB', 'ab', '35.110', 'S'],
      ['Vallbo Transport AB', 'ab', '49.410', 'M'],
      ['Kornbackens Omsorg AB', 'ab', '88.101', 'M'],
      ['Siljebyns Turism och Fritid AB', 'ab', '93.290', 'S'],
      ['Järnbärarnas Verkstäder AB', 'ab', '28.990', 'M'],
      ['Fäbodvallens Livsmedel AB', 'ab', '10.510', 'S'],
      ['Mellandalens Lärcentrum AB', 'ab', '85.590', 'S'],
      ['Stenbacka Elteknik AB', 'ab', '43.210', 'S'],
      ['Brukshyttans ekonomiska förening', 'forening', '47.111', 'S'],
      ['Dalvindens Bemanning AB', 'ab', '78.200', 'M', 'late'],
    ],
    resigned: {
      index: 16,
      leftOn: '2025-08-29',
      reason: 'Verksamheten har sålts och omorganiseras; den nya ägaren tar ställning till fortsatt deltagande senare.',
    },
  },
  {
    forumId: 'stockholm',
    name: 'Forum Stockholm',
    region: 'Stockholm',
    joinedOn: ['2024-08-28', '2024-09-04', '2024-09-11'],
    employers: [
      ['Sjöstadens kommun', 'kommun', '84.110', 'XL'],
      ['Ekholmens kommun', 'kommun', '84.110', 'L'],
      ['Vassholmens kommun', 'kommun', '84.110', 'L'],
      ['Skärgårdsvikens kommun', 'kommun', '84.110', 'M'],
      ['Region Mälarstrand', 'region', '86.101', 'XL'],
      ['Verket för samhällsservice', 'stat', '84.110', 'L'],
      ['Stadsbanan Trafik AB', 'ab', '49.310', 'L'],
      ['Norrström Bank AB', 'ab', '64.190', 'L'],
      ['Strömkajens Försäkring AB', 'ab', '65.120', 'M'],
      ['Saltsjövikens Vårdcentraler AB', 'ab', '86.211', 'M'],
      ['Mälarbyggarna i Stockholm AB', 'ab', '41.200', 'L'],
      ['Ljusgårdens Äldreomsorg AB', 'ab', '87.301', 'M'],
      ['Nordisk Telekomtjänst i Sverige AB', 'ab', '61.100', 'L'],
      ['Ekbackens Skolor AB', 'ab', '85.201', 'M'],
      ['Stadsbudet Logistik AB', 'ab', '53.202', 'M'],
      ['Cityhusets Fastighetsservice AB', 'ab', '81.100', 'M'],
      ['Skeppsbrons Konsult AB', 'ab', '70.220', 'S'],
      ['Söderljus Media AB', 'ab', '59.110', 'S'],
      ['Bergviks Personlig Assistans AB', 'ab', '88.102', 'M'],
      ['Mälarljus Livsmedelsbutiker AB', 'ab', '47.111', 'L'],
      ['Stockholmsvikens Restauranger AB', 'ab', '56.100', 'S'],
      ['Stiftelsen Sjöstadens Diakoni', 'stiftelse', '88.990', 'S'],
      ['Torgkällans Apotek AB', 'ab', '47.730', 'M'],
      ['Norrtornets IT AB', 'ab', '62.020', 'L', 'late'],
      ['Vassholmens Hemtjänst AB', 'ab', '88.101', 'S', 'late'],
    ],
  },
  {
    forumId: 'vast',
    name: 'Forum Väst',
    region: 'Västra Götaland',
    joinedOn: ['2024-08-29', '2024-09-05', '2024-09-12'],
    employers: [
      ['Älvstrandens kommun', 'kommun', '84.110', 'L'],
      ['Kustbyns kommun', 'kommun', '84.110', 'M'],
      ['Lerviksbygdens kommun', 'kommun', '84.110', 'L'],
      ['Granslättens kommun', 'kommun', '84.110', 'M'],
      ['Region Västerhav', 'region', '86.101', 'XL'],
      ['Högskolan i Västerhav', 'stat', '85.422', 'L'],
      ['Västkustens räddningstjänstförbund', 'forbund', '84.250', 'S'],
      ['Hamnkranens Logistik AB', 'ab', '52.241', 'L'],
      ['Västvarvet Marin AB', 'ab', '30.110', 'M'],
      ['Fordonsverken i Västerhav AB', 'ab', '29.102', 'XL'],
      ['Kustlinjens Fiskförädling AB', 'ab', '10.200', 'S'],
      ['Bohusklippans Hotell AB', 'ab', '55.101', 'S'],
      ['Stenstadens Vårdcentral AB', 'ab', '86.211', 'S'],
      ['Västanvindens Omsorg AB', 'ab', '87.301', 'M'],
      ['Trähusfabriken Väst AB', 'ab', '16.231', 'M'],
      ['Kemiverken Kustbyn AB', 'ab', '20.140', 'M'],
      ['Västra Elnät AB', 'ab', '35.130', 'S'],
      ['Skärgårdstrafiken i Väst AB', 'ab', '50.102', 'S'],
      ['Göta Bygg och Anläggning AB', 'ab', '42.110', 'L'],
      ['Havsbrisens Förskolor AB', 'ab', '85.100', 'S'],
      ['Västerhavs Städ och Service AB', 'ab', '81.210', 'M'],
      ['Lerviks Textil AB', 'ab', '13.920', 'S'],
      ['Nordsjöns Kundtjänst AB', 'ab', '82.200', 'M'],
      ['Västanfors Hemtjänst ekonomisk förening', 'forening', '88.101', 'S', 'late'],
    ],
  },
  {
    forumId: 'ost',
    name: 'Forum Öst',
    region: 'Östergötland',
    joinedOn: ['2024-08-30', '2024-09-06', '2024-09-13'],
    employers: [
      ['Linvikens kommun', 'kommun', '84.110', 'L'],
      ['Kanalstadens kommun', 'kommun', '84.110', 'L'],
      ['Slättbygdens kommun', 'kommun', '84.110', 'M'],
      ['Ekängens kommun', 'kommun', '84.110', 'M'],
      ['Region Östslätt', 'region', '86.101', 'XL'],
      ['Högskolan i Östslätt', 'stat', '85.422', 'L'],
      ['Östra brandförsvarsförbundet', 'forbund', '84.250', 'S'],
      ['Kanalvarvets Flygteknik AB', 'ab', '30.300', 'XL'],
      ['Slättens Lantmän ekonomisk förening', 'forening', '46.210', 'M'],
      ['Slättmejeriet AB', 'ab', '10.510', 'S'],
      ['Kanalstadens Vård och Omsorg AB', 'ab', '87.301', 'M'],
      ['Östlänningens Bygg AB', 'ab', '41.200', 'M'],
      ['Vätterstrandens Logistik AB', 'ab', '52.100', 'S'],
      ['Östslätts Kontorsservice AB', 'ab', '82.110', 'S'],
      ['Kanalbanan Tåg AB', 'ab', '49.100', 'M'],
      ['Linvikens Skolor AB', 'ab', '85.201', 'S'],
      ['Öststadens Pappersbruk AB', 'ab', '17.110', 'M'],
      ['Ekängens Personalpool AB', 'ab', '78.200', 'S'],
      ['Östkustens IT-drift AB', 'ab', '62.030', 'M'],
      ['Stiftelsen Linbackens Äldreboende', 'stiftelse', '87.301', 'S'],
      ['Slättbygdens Energi AB', 'ab', '35.300', 'S', 'late'],
    ],
  },
  {
    forumId: 'syd',
    name: 'Forum Syd',
    region: 'Skåne',
    joinedOn: ['2024-09-02', '2024-09-09', '2024-09-16'],
    employers: [
      ['Sundvikens kommun', 'kommun', '84.110', 'L'],
      ['Rapsåkerns kommun', 'kommun', '84.110', 'M'],
      ['Bokskogens kommun', 'kommun', '84.110', 'M'],
      ['Öresundsbyns kommun', 'kommun', '84.110', 'L'],
      ['Region Sydslätt', 'region', '86.101', 'XL'],
      ['Högskolan i Sydslätt', 'stat', '85.422', 'L'],
      ['Räddningstjänsten Sydkusten kommunalförbund', 'forbund', '84.250', 'S'],
      ['Sydsockret AB', 'ab', '10.810', 'M'],
      ['Sundsbrons Logistik AB', 'ab', '52.290', 'L'],
      ['Rapsfältets Livsmedel AB', 'ab', '10.410', 'M'],
      ['Sydkustens Vårdcentraler AB', 'ab', '86.211', 'M'],
      ['Strandängens Äldreboende AB', 'ab', '87.301', 'S'],
      ['Bokskogens Möbler AB', 'ab', '31.010', 'S'],
      ['Sydhamnens Stuveri AB', 'ab', '52.241', 'M'],
      ['Sundets Läkemedel AB', 'ab', '21.200', 'L'],
      ['Slättlandets Bygg AB', 'ab', '41.200', 'M'],
      ['Sydslätts Busstrafik AB', 'ab', '49.310', 'M'],
      ['Öresundsbyns Hotell AB', 'ab', '55.101', 'S'],
      ['Sydkustens Bemanning AB', 'ab', '78.200', 'L'],
      ['Ljungbackens Skolor AB', 'ab', '85.201', 'S'],
      ['Sundvikens Hemtjänst AB', 'ab', '88.101', 'M'],
      ['Sydvästra Kundservice AB', 'ab', '82.200', 'M', 'late'],
      ['Stiftelsen Bokskogens Vård', 'stiftelse', '87.301', 'S', 'late'],
    ],
  },
];

/** The day the late members joined: the start of VT 2025, before its first meeting on 5 February. */
const LATE_JOINED_ON = '2025-01-20';

// Fictional names: common Swedish first names and surnames, combined by position.
const FIRST_NAMES = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Eva',
  'Anders',
  'Sara',
  'Mikael',
  'Emma',
  'Per',
  'Linnea',
  'Fredrik',
  'Helena',
  'Jonas',
  'Sofia',
  'Magnus',
  'Ida',
  'Daniel',
  'Malin',
  'Henrik',
  'Elin',
  'Patrik',
  'Camilla',
  'Niklas',
  'Jenny',
  'Tobias',
  'Åsa',
  'Mattias',
  'Therese',
  'Ola',
  'Ulrika',
  'Stefan',
  'Petra',
  'Björn',
  'Louise',
];
const SURNAMES = [
  'Lindqvist',
  'Berglund',
  'Holmgren',
  'Sandberg',
  'Nordström',
  'Ekström',
  'Forsberg',
  'Lundgren',
  'Sjöberg',
  'Hedlund',
  'Wallin',
  'Wikström',
  'Åberg',
  'Nyström',
  'Engström',
  'Dahlberg',
  'Strand',
  'Blomqvist',
  'Hellström',
  'Lindberg',
  'Sundqvist',
  'Ahlström',
  'Norberg',
  'Öhman',
  'Falk',
  'Hägglund',
  'Kvist',
  'Ström',
  'Mattsson',
  'Vikander',
  'Rosén',
  'Granlund',
  'Boström',
  'Edlund',
  'Östlund',
  'Nilsson',
  'Jansson',
];

/** A fictional full name, stable for its seed and distinct for every seed below 37 × 37. */
export function demoName(seed: number): string {
  const first = seed % FIRST_NAMES.length;
  const round = Math.floor(seed / FIRST_NAMES.length);
  return `${FIRST_NAMES[first]} ${SURNAMES[(first * 7 + round * 3 + 3) % SURNAMES.length]}`;
}

/**
 * An invented organisation number: the legal-form group of its kind (third digit 2 or more, as
 * for every legal person), the forum's and the employer's position, a few filler digits, and a
 * valid check digit.
 */
function organisationNumber(kind: Kind, forumIndex: number, index: number): string {
  const filler = String((index * 137 + forumIndex * 59 + 211) % 1000).padStart(3, '0');
  const stem = `${KINDS[kind].prefix}${forumIndex + 1}${String(index + 1).padStart(2, '0')}${filler}`;
  return demoOrganisationNumber(stem);
}

function representatives(forumIndex: number, index: number): DemoRepresentative[] {
  const seed = forumIndex * 53 + index * 2;
  const first: RepresentativeRole = index % 2 === 0 ? 'HR' : 'MANAGER';
  const reps: DemoRepresentative[] = [{ name: demoName(seed), role: first }];
  // Two of three employers send both a manager and someone from HR.
  if (index % 3 !== 2) reps.push({ name: demoName(seed + 1), role: first === 'HR' ? 'MANAGER' : 'HR' });
  return reps;
}

export const DEMO_FORUMS: readonly DemoForum[] = FORUMS.map((forum, forumIndex) => ({
  forumId: forum.forumId,
  name: forum.name,
  region: forum.region,
  capacity: DEFAULT_FORUM_CAPACITY,
  establishedOn: ESTABLISHED_ON,
  members: forum.employers.map(([name, kind, industry, size, late], index): DemoMember => {
    const resigned =
      forum.resigned?.index === index ? { leftOn: forum.resigned.leftOn, reason: forum.resigned.reason } : undefined;
    return {
      employer: {
        organisationNumber: organisationNumber(kind, forumIndex, index),
        name,
        sector: KINDS[kind].sector,
        industry,
        size: SIZE[size],
      },
      joinedOn: late ? LATE_JOINED_ON : forum.joinedOn[index % forum.joinedOn.length],
      representatives: representatives(forumIndex, index),
      ...(resigned ? { resigned } : {}),
    };
  }),
}));

export function demoForum(forumId: string): DemoForum {
  return demoEntry(DEMO_FORUMS, (f) => f.forumId === forumId, `forum ${forumId}`);
}

/** Members of a forum on a day: joined on or before it and not yet left. */
export function membersOn(forum: DemoForum, date: IsoDate): DemoMember[] {
  return forum.members.filter((m) => m.joinedOn <= date && (!m.resigned || m.resigned.leftOn > date));
}
