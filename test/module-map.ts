/**
 * The module map: for each lib and app, the libs and apps it may import. `test/boundaries.spec.ts`
 * fails on any import edge in apps/** or libs/** (tests included) that is not declared here, and on a
 * declared edge that no import uses; docs/ARCHITECTURE.md shows the graph the test draws from it.
 * `uses` allows any import; `typesFrom` only `import type` (the shapes of another module's events,
 * erased at compile time, so no code of that module runs in this one).
 */
export interface ModuleRule {
  uses: readonly string[];
  typesFrom?: readonly string[];
  /**
   * Modules only the module's own tests may import (specs and files under test/ or testing/):
   * reading real modules' events to test a reader against them couples no shipped code.
   */
  testsUse?: readonly string[];
}

const ON_CORE = ['libs/core', 'libs/auth'] as const;
const DOMAIN_MODULES = [
  'libs/plan',
  'libs/tips',
  'libs/forums',
  'libs/supervision',
  'libs/dialogue',
  'libs/knowledge',
  'libs/momentum',
] as const;

export const MODULE_MAP: Readonly<Record<string, ModuleRule>> = {
  'libs/event-store': { uses: [] },
  'libs/core': { uses: ['libs/event-store'] },
  // Content access reads a stream's category name the way the store splits it.
  'libs/auth': { uses: ['libs/core', 'libs/event-store'] },
  // The reports are tested on the real modules' events and their world-time declarations.
  'libs/audit': {
    uses: [...ON_CORE, 'libs/event-store'],
    testsUse: ['libs/plan', 'libs/forums', 'libs/knowledge', 'libs/momentum'],
  },
  'libs/plan': { uses: ON_CORE },
  'libs/tips': { uses: ON_CORE },
  'libs/forums': { uses: ON_CORE },
  'libs/supervision': { uses: ON_CORE },
  // Cited inspections are read from supervision's inspection streams.
  'libs/dialogue': { uses: [...ON_CORE, 'libs/supervision'] },
  // Presentations are read from the forums' meeting streams and read models.
  'libs/knowledge': { uses: [...ON_CORE, 'libs/forums'] },
  'libs/momentum': { uses: ON_CORE },
  // Oversight follows every module from its events only: their types, never their code.
  'libs/oversight': {
    uses: ON_CORE,
    typesFrom: ['libs/event-store', ...DOMAIN_MODULES.filter((m) => m !== 'libs/momentum')],
    testsUse: ['libs/plan', 'libs/forums'],
  },
  // Demo data for every module, sent through the modules' own endpoints; the CLI seeds it, the API never loads it.
  'libs/demo': {
    uses: [
      ...ON_CORE,
      'libs/plan',
      'libs/tips',
      'libs/forums',
      'libs/momentum',
      'libs/supervision',
      'libs/dialogue',
      'libs/knowledge',
    ],
    testsUse: ['libs/event-store'],
  },
  'apps/api': { uses: ['libs/event-store', ...ON_CORE, 'libs/audit', ...DOMAIN_MODULES, 'libs/oversight'] },
  // Operator commands run on the server's own workspace (through apps/api/src/index.ts only).
  'apps/cli': { uses: ['apps/api', 'libs/demo', 'libs/event-store', ...ON_CORE, 'libs/audit'] },
  // Static files on the GraphQL API: no TypeScript of the workspace but the ESF report's pure file
  // formats (libs/audit/src/esf/esf-file.ts, through apps/web/src/desks/audit/report-files.ts), so
  // a download from the page holds the same bytes as `cli export`.
  'apps/web': { uses: ['libs/audit'] },
};
