import type { Deficiency, DirectAction, IsoDate, NoActionReason } from '@samverkan/tips';
import { DEMO_EMPLOYERS, DemoEmployer } from '../employers';

/** The figures a demo year is built to: what the funnel must read back. */
export interface YearShape {
  impulses: number;
  tips: number;
  directActions: number;
  indirectUses: number;
  noActions: number;
  /** Sent, received, and no outcome yet: the latest tips of the year. */
  awaitingOutcome: number;
  dismissed: number;
  /** Reported late in the year and not yet handled. */
  open: number;
}

/** 2024 as FK reported it (113 impulses → 25 tips → 5 direct actions); 2025 a plausible rise. */
export const DEMO_SHAPES: Record<number, YearShape> = {
  2024: {
    impulses: 113,
    tips: 25,
    directActions: 5,
    indirectUses: 8,
    noActions: 12,
    awaitingOutcome: 0,
    dismissed: 0,
    open: 0,
  },
  2025: {
    impulses: 131,
    tips: 29,
    directActions: 7,
    indirectUses: 9,
    noActions: 10,
    awaitingOutcome: 3,
    dismissed: 12,
    open: 4,
  },
};

export interface DemoImpulse {
  key: string;
  employer: DemoEmployer;
  region: string;
  deficiency: Deficiency;
  description: string;
  reportedOn: IsoDate;
}

export type DemoOutcome =
  | { kind: 'DIRECT_ACTION'; action: DirectAction; note: string }
  | { kind: 'INDIRECT_USE'; note: string }
  | { kind: 'NO_ACTION'; reasonCode: NoActionReason; reason: string };

export interface DemoTip {
  key: string;
  impulseKeys: string[];
  summary: string;
  sentOn: IsoDate;
  receivedOn: IsoDate;
  avDiaryNumber: string;
  outcome: DemoOutcome | null;
  decidedOn: IsoDate;
}

export interface DemoYear {
  year: number;
  impulses: DemoImpulse[];
  tips: DemoTip[];
  dismissals: { impulseKey: string; reason: string; dismissedOn: IsoDate }[];
}

const DESCRIPTIONS: Record<Deficiency, string[]> = {
  NO_RETURN_TO_WORK_PLAN: [
    'Arbetsgivaren har inte tagit fram någon plan för återgång i arbete trots att sjukskrivningen passerat 30 dagar.',
    'Ingen plan för återgång i arbete finns; arbetsgivaren hänvisar till att den anställda själv ska ta kontakt.',
  ],
  NO_WORK_ADAPTATION: [
    'Arbetsgivaren uppger att arbetsanpassning inte är möjlig men har inte utrett vilka anpassningar som finns.',
    'Begärd anpassning av arbetstider har avslagits utan utredning av arbetsgivaren.',
  ],
  NO_REHABILITATION_ORGANISATION: [
    'Arbetsgivaren saknar rutiner för arbetsanpassning och rehabilitering och vet inte vem som ansvarar.',
    'Chefer på arbetsplatsen känner inte till arbetsgivarens rehabiliteringsansvar; rutiner saknas.',
  ],
  WORK_ENVIRONMENT_RISK: [
    'Flera sjukskrivningar med samma orsak på arbetsplatsen tyder på brister i den organisatoriska och sociala arbetsmiljön.',
    'Hög arbetsbelastning och återkommande hot i arbetet beskrivs utan att arbetsgivaren gjort någon riskbedömning.',
  ],
  OTHER: ['Arbetsgivaren har inte svarat på Försäkringskassans förfrågningar om arbetsanpassning under lång tid.'],
};

const NO_ACTION_TEXTS: [NoActionReason, string][] = [
  ['ALREADY_KNOWN_TO_AV', 'Arbetsgivaren har nyligen inspekterats i samma fråga.'],
  ['PRIORITISED_ELSEWHERE', 'Andra ärenden i distriktet prioriteras under perioden.'],
  ['INSUFFICIENT_INFORMATION', 'Underlaget räcker inte för att bedöma brister i arbetsmiljön.'],
  ['EMPLOYER_ALREADY_CORRECTED', 'Arbetsgivaren har själv infört rutiner för arbetsanpassning.'],
  ['OUTSIDE_AV_MANDATE', 'Frågan gäller främst Försäkringskassans egen handläggning.'],
];

/** mulberry32: a small deterministic generator, so every run builds the same year. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** A demo tip year in the given shape, with regions from the configured list. */
export function demoYear(year: number, shape: YearShape, regions: readonly string[]): DemoYear {
  const rnd = random(year);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(rnd() * (high - low + 1));
  const yearStart = Date.UTC(year, 0, 2);
  const yearEnd = Date.UTC(year, 11, 31);
  const regionOf = (employer: DemoEmployer) => regions[DEMO_EMPLOYERS.indexOf(employer) % regions.length];
  const impulses: DemoImpulse[] = [];
  const newImpulse = (employer: DemoEmployer, reportedOn: number): DemoImpulse => {
    const deficiency = pick(Object.keys(DESCRIPTIONS) as Deficiency[]);
    const impulse = {
      key: `${year}-impulse-${impulses.length + 1}`,
      employer,
      region: regionOf(employer),
      deficiency,
      description: pick(DESCRIPTIONS[deficiency]),
      reportedOn: iso(Math.max(yearStart, reportedOn)),
    };
    impulses.push(impulse);
    return impulse;
  };

  // Every tip bundles at least one impulse; the rest are spread at random.
  const bundled = shape.impulses - shape.dismissed - shape.open;
  const sizes = Array.from({ length: shape.tips }, () => 1);
  for (let i = shape.tips; i < bundled; i++) sizes[between(0, shape.tips - 1)] += 1;

  const outcomes = outcomeOrder(shape, rnd);
  const tips: DemoTip[] = sizes.map((size, index) => {
    const employer = DEMO_EMPLOYERS[(index * 7 + year) % DEMO_EMPLOYERS.length];
    const sent = Date.UTC(year, Math.floor((index * 12) / shape.tips), between(3, 26));
    const received = sent + between(1, 4) * DAY;
    const members = Array.from({ length: size }, () => newImpulse(employer, sent - between(5, 60) * DAY));
    const kind = outcomes[index];
    return {
      key: `${year}-tip-${index + 1}`,
      impulseKeys: members.map((m) => m.key),
      summary: `${size} impulser om brister i ${employer.name}s arbete med arbetsanpassning och rehabilitering.`,
      sentOn: iso(sent),
      receivedOn: iso(received),
      avDiaryNumber: `${year}/${String(10_000 + index * 137).padStart(6, '0')}`,
      outcome: demoOutcome(kind, index),
      decidedOn: iso(received + between(10, 45) * DAY),
    };
  });

  const dismissals = Array.from({ length: shape.dismissed }, (_, i) => {
    const impulse = newImpulse(pick(DEMO_EMPLOYERS), between(yearStart, yearEnd - 40 * DAY));
    const on = Date.parse(impulse.reportedOn) + between(3, 20) * DAY;
    return {
      impulseKey: impulse.key,
      reason:
        i % 2
          ? 'Enstaka händelse; inget tyder på brister hos arbetsgivaren.'
          : 'Arbetsgivaren har rättat till bristen efter kontakt med Försäkringskassan.',
      dismissedOn: iso(on),
    };
  });
  for (let i = 0; i < shape.open; i++) newImpulse(pick(DEMO_EMPLOYERS), yearEnd - between(1, 20) * DAY);
  return { year, impulses, tips, dismissals };
}

type OutcomeKind = DemoOutcome['kind'] | null;

/** Outcomes shuffled over the tips, except that the latest tips are the ones still awaiting one. */
function outcomeOrder(shape: YearShape, rnd: () => number): OutcomeKind[] {
  const decided: OutcomeKind[] = [
    ...Array<OutcomeKind>(shape.directActions).fill('DIRECT_ACTION'),
    ...Array<OutcomeKind>(shape.indirectUses).fill('INDIRECT_USE'),
    ...Array<OutcomeKind>(shape.noActions).fill('NO_ACTION'),
  ];
  for (let i = decided.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [decided[i], decided[j]] = [decided[j], decided[i]];
  }
  return [...decided, ...Array<OutcomeKind>(shape.awaitingOutcome).fill(null)];
}

function demoOutcome(kind: OutcomeKind, index: number): DemoOutcome | null {
  if (kind === 'DIRECT_ACTION') {
    const action: DirectAction = index % 3 === 2 ? 'REQUIREMENT' : 'INSPECTION';
    return {
      kind,
      action,
      note:
        action === 'INSPECTION' ? 'Inspektion med fokus på arbetsanpassning.' : 'Krav på rutiner för arbetsanpassning.',
    };
  }
  if (kind === 'INDIRECT_USE') return { kind, note: 'Underlag för planeringen av kommande inspektioner i branschen.' };
  if (kind === 'NO_ACTION') {
    const [reasonCode, reason] = NO_ACTION_TEXTS[index % NO_ACTION_TEXTS.length];
    return { kind, reasonCode, reason };
  }
  return null;
}
