import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import {
  cycleIn,
  ImportEdge,
  importEdges,
  mermaidOf,
  sourceFiles,
  undeclaredEdges,
  unusedDeclarations,
} from './module-edges';
import { MODULE_MAP } from './module-map';

/**
 * Module boundaries, enforced rather than reviewed (after ddd-by-examples' ArchUnit tests):
 * a domain stays pure, a lib reaches another lib only through its public index, and every import
 * between modules is an edge of the module map (test/module-map.ts).
 */
const root = resolve(__dirname, '..');
const LIB_ENTRY = /^@samverkan\/([\w-]+)(\/.*)?$/;
const ALLOWED_SUBPATHS = ['core/domain', 'core/testing/'];

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

const libs = readdirSync(join(root, 'libs'));
const files = [...sourceFiles(join(root, 'libs')), ...sourceFiles(join(root, 'apps'))];
const libOf = (file: string) => relative(join(root, 'libs'), file).split(sep)[0];

describe('Module boundaries', () => {
  it('finds every lib the module map declares', () => {
    const declared = Object.keys(MODULE_MAP)
      .filter((m) => m.startsWith('libs/'))
      .map((m) => m.slice('libs/'.length));
    expect(declared).toEqual(expect.arrayContaining(['core', 'event-store', 'oversight']));
    expect(libs).toEqual(expect.arrayContaining(declared));
  });

  it("keeps every domain/ folder and the core's shared kernel free of Nest, I/O and infrastructure", () => {
    const pure = files.filter(
      (f) =>
        (f.includes(`${sep}domain${sep}`) || f.includes(join('core', 'src', 'kernel') + sep)) &&
        !f.endsWith('.spec.ts') &&
        !f.includes(`${sep}testing${sep}`),
    );
    expect(pure.some((f) => f.endsWith(join('kernel', 'organisation-number.ts')))).toBe(true);
    const offences = pure.flatMap((file) =>
      importsOf(file)
        .filter((spec) => !spec.startsWith('.') && spec !== '@samverkan/core/domain')
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('lets a lib use another lib only through its index', () => {
    const offences = files.flatMap((file) =>
      importsOf(file).flatMap((spec) => {
        const match = LIB_ENTRY.exec(spec);
        if (match?.[2] && !ALLOWED_SUBPATHS.some((p) => `${match[1]}${match[2]}`.startsWith(p))) {
          return [`${relative(root, file)} reaches into ${spec}`];
        }
        if (spec.startsWith('.') && file.startsWith(join(root, 'libs'))) {
          const target = resolve(file, '..', spec);
          if (target.startsWith(join(root, 'libs')) && libOf(target) !== libOf(file)) {
            return [`${relative(root, file)} reaches into ${spec} by a relative path`];
          }
        }
        return [];
      }),
    );
    expect(offences).toEqual([]);
  });

  it('keeps the event store free of the modules above it', () => {
    const offences = files
      .filter((f) => libOf(f) === 'event-store')
      .flatMap((file) =>
        importsOf(file).filter(
          (s) => (s.startsWith('@samverkan/') && s !== '@samverkan/event-store') || s.startsWith('@nestjs/'),
        ),
      );
    expect(offences).toEqual([]);
  });

  it("never ships test code: no source under apps/ or a lib's src/ imports from test/", () => {
    const shipped = files.filter(
      (f) => !/[\\/](test|testing)[\\/]|\.(spec|int-spec|e2e-spec)\.ts$/.test(relative(root, f)),
    );
    const offences = shipped.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('.') && relative(root, resolve(file, '..', s)).split(sep)[0] === 'test')
        .map((s) => `${relative(root, file)} -> ${s}`),
    );
    expect(shipped.some((f) => f.includes(join('apps', 'api')))).toBe(true);
    expect(offences).toEqual([]);
  });
});

// Tests under apps/ and libs/ count: they compile and run with their module, so an import of theirs
// couples two modules as much as shipped code does. test/ itself exercises the whole workspace.
const edges = importEdges(root, files);

describe('Module map', () => {
  it('declares every lib and app, and nothing that does not exist', () => {
    const modules = ['libs', 'apps'].flatMap((area) => readdirSync(join(root, area)).map((name) => `${area}/${name}`));
    expect(Object.keys(MODULE_MAP).sort()).toEqual(modules.sort());
  });

  it('finds no import between modules that the map does not declare', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(undeclaredEdges(edges, MODULE_MAP)).toEqual([]);
  });

  it('declares no edge that no import uses', () => {
    expect(unusedDeclarations(edges, MODULE_MAP)).toEqual([]);
  });

  it("reads each import of a real file with its kind: oversight's event types, the CLI's value import of the server", () => {
    const of = (file: string) => importEdges(root, [join(root, file)]);
    expect(of('libs/oversight/src/read-model/tracked.evolve.ts')).toContainEqual(
      expect.objectContaining({ to: 'libs/tips', typeOnly: true }),
    );
    expect(of('apps/cli/src/seed.command.ts')).toContainEqual(
      expect.objectContaining({ to: 'apps/api', typeOnly: false, target: 'apps/api/src' }),
    );
  });

  it('has no cycle', () => {
    expect(cycleIn(MODULE_MAP)).toBeNull();
  });

  it('is shown in docs/ARCHITECTURE.md exactly as declared', () => {
    expect(readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8')).toContain(mermaidOf(MODULE_MAP));
  });

  describe('given an import the map does not allow', () => {
    const edge = (from: string, to: string, specifier: string, rest: Partial<ImportEdge> = {}): ImportEdge => ({
      file: `${from}/src/x.ts`,
      from,
      to,
      specifier,
      typeOnly: false,
      ...rest,
    });

    it.each([
      [
        'a lib on a lib it does not declare',
        edge('libs/forums', 'libs/tips', '@samverkan/tips'),
        'libs/forums → libs/tips is not declared',
      ],
      [
        'a lib on an app',
        edge('libs/audit', 'apps/cli', '../../../apps/cli/src', { target: 'apps/cli/src' }),
        'libs/audit → apps/cli is not declared',
      ],
      [
        'the event store on the core',
        edge('libs/event-store', 'libs/core', '@samverkan/core'),
        'libs/event-store → libs/core is not declared',
      ],
      [
        "oversight on a module's code, not its types",
        edge('libs/oversight', 'libs/tips', '@samverkan/tips'),
        'may take only types from libs/tips',
      ],
      [
        "the CLI into the server's internals",
        edge('apps/cli', 'apps/api', '../../api/src/workspace.module', { target: 'apps/api/src/workspace.module' }),
        'an app is entered only by its src/index.ts',
      ],
      [
        'a module the map does not know',
        edge('libs/reports', 'libs/core', '@samverkan/core'),
        'libs/reports is not in test/module-map.ts',
      ],
      [
        'shipped code on a module only its tests may use',
        edge('libs/audit', 'libs/plan', '@samverkan/plan'),
        'may import libs/plan in its tests only',
      ],
    ])('when it is %s, then the checker names it', (_, fake, message) => {
      expect(undeclaredEdges([fake], MODULE_MAP)).toEqual([expect.stringContaining(message)]);
    });

    it("when oversight takes only the types, then it passes; so do the CLI through the server's index and a test on real modules", () => {
      const allowed = [
        edge('libs/oversight', 'libs/tips', '@samverkan/tips', { typeOnly: true }),
        edge('apps/cli', 'apps/api', '../../api/src', { target: 'apps/api/src' }),
        edge('libs/audit', 'libs/plan', '@samverkan/plan', { file: 'libs/audit/test/world-events.ts' }),
        edge('libs/audit', 'libs/momentum', '@samverkan/momentum', { file: 'libs/audit/src/esf/trail-events.spec.ts' }),
      ];
      expect(undeclaredEdges(allowed, MODULE_MAP)).toEqual([]);
    });
  });

  it('given a map with a cycle, then the cycle is named', () => {
    expect(cycleIn({ 'libs/a': { uses: ['libs/b'] }, 'libs/b': { uses: ['libs/a'] } })).toEqual([
      'libs/a',
      'libs/b',
      'libs/a',
    ]);
  });
});
