import { MODULES } from '../../app/labels';

/** The explain page in Swedish: which figure and cell, and the events behind it. */
export const T = {
  title: 'Siffrans händelser',
  intro:
    'Händelserna som siffran räknar, en per räknad sak, i den ordning de registrerades. Varje händelse leder till tidslinjen.',
  noCell: 'Adressen anger ingen siffra. Klicka på en siffra i en översikt för att se händelserna bakom den.',
  what: 'Händelserna',
  loading: 'Hämtar händelserna …',
  count: (n: number) => (n === 1 ? '1 händelse' : `${n} händelser`),
  none: 'Inga händelser: siffran är 0.',
  hidden: 'innehållet visas inte för din roll',
  cell: (figure: string, measure: string, rest: string[]) =>
    [FIGURES[figure] ?? figure, MEASURES[measure] ?? measure, ...rest].join(' · '),
  year: (year: number) => `år ${year}`,
  total: 'totalt',
};

export const FIGURES: Record<string, string> = {
  tipFunnel: 'Tipstratten',
  forumCadence: 'Forumens mötestakt',
  inspectionsDashboard: 'Inspektioner',
  dialogueCoverage: 'Dialogmöten',
  obligations: 'Åtaganden',
};

export const MEASURES: Record<string, string> = {
  impulses: 'impulser',
  dismissedImpulses: 'avfärdade impulser',
  tips: 'tips',
  directActions: 'direkta åtgärder',
  indirectUses: 'indirekt användning',
  noActions: 'ingen åtgärd',
  awaitingOutcome: 'väntar på utfall',
  held: 'hållna möten',
  planned: 'planerade möten',
  cancelled: 'inställda möten',
};

export { MODULES };
