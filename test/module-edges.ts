import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import { ModuleRule } from './module-map';

/** One import of one file that crosses from one module (`libs/x`, `apps/y`) into another. */
export interface ImportEdge {
  file: string;
  from: string;
  to: string;
  specifier: string;
  typeOnly: boolean;
  /** For an app, the file imported, relative to the root (an app is entered only by its src/index.ts). */
  target?: string;
}

const LIB_ALIAS = /^@samverkan\/([\w-]+)(?:\/.*)?$/;

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** `libs/core` for any path under libs/core; null outside libs/ and apps/ (test/, tools/, packages). */
export function moduleOf(root: string, path: string): string | null {
  const [area, name] = relative(root, path).split(sep);
  return (area === 'libs' || area === 'apps') && name ? `${area}/${name}` : null;
}

/** Every specifier of the file (imports, re-exports, require, import()), with whether it only brings types. */
function specifiersOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const typeOnly = new Set<string>();
  const value = new Set<string>();
  for (const statement of ts.createSourceFile(file, text, ts.ScriptTarget.ES2022).statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier)
      continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const onlyTypes = ts.isImportDeclaration(statement) ? isTypeOnlyImport(statement) : statement.isTypeOnly;
    (onlyTypes ? typeOnly : value).add(specifier);
  }
  const all = new Set(ts.preProcessFile(text, true, true).importedFiles.map((i) => i.fileName));
  // A specifier the declarations did not account for came from require() or import(): code.
  return [...all].map((specifier) => ({ specifier, typeOnly: typeOnly.has(specifier) && !value.has(specifier) }));
}

function isTypeOnlyImport(declaration: ts.ImportDeclaration): boolean {
  const clause = declaration.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    !!bindings &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

/** The import edges between modules in the given files. */
export function importEdges(root: string, files: readonly string[]): ImportEdge[] {
  return files.flatMap((file) => {
    const from = moduleOf(root, file);
    if (!from) return [];
    return specifiersOf(file).flatMap(({ specifier, typeOnly }) => {
      const alias = LIB_ALIAS.exec(specifier);
      const path = alias ? null : specifier.startsWith('.') ? resolve(file, '..', specifier) : null;
      const to = alias ? `libs/${alias[1]}` : path ? moduleOf(root, path) : null;
      if (!to || to === from) return [];
      const target = path && to.startsWith('apps/') ? relative(root, path).split(sep).join('/') : undefined;
      return [
        {
          file: relative(root, file).split(sep).join('/'),
          from,
          to,
          specifier,
          typeOnly,
          ...(target ? { target } : {}),
        },
      ];
    });
  });
}

/** Each edge the map does not allow, as a line that says where and how to fix it. */
export function undeclaredEdges(edges: readonly ImportEdge[], map: Readonly<Record<string, ModuleRule>>): string[] {
  return edges.flatMap((edge) => {
    const rule = map[edge.from];
    const where = `${edge.file} imports ${edge.specifier}`;
    if (!rule) return [`${where}: ${edge.from} is not in test/module-map.ts`];
    if (edge.target && !/^apps\/[\w-]+\/src(\/index(\.ts)?)?$/.test(edge.target))
      return [`${where}: an app is entered only by its src/index.ts`];
    if (rule.uses.includes(edge.to)) return [];
    if (edge.typeOnly && rule.typesFrom?.includes(edge.to)) return [];
    if (rule.testsUse?.includes(edge.to)) {
      return isTestFile(edge.file) ? [] : [`${where}: ${edge.from} may import ${edge.to} in its tests only`];
    }
    if (rule.typesFrom?.includes(edge.to))
      return [`${where}: ${edge.from} may take only types from ${edge.to} (import type)`];
    return [`${where}: ${edge.from} → ${edge.to} is not declared in test/module-map.ts`];
  });
}

/** A spec, or a file under a test/ or testing/ folder: code that never ships. */
export function isTestFile(file: string): boolean {
  return /(^|\/)(test|testing)\/|\.(spec|int-spec|e2e-spec)\.ts$/.test(file);
}

/** Declared edges no import uses: the map must not promise more coupling than the code has. */
export function unusedDeclarations(edges: readonly ImportEdge[], map: Readonly<Record<string, ModuleRule>>): string[] {
  return Object.entries(map).flatMap(([from, rule]) =>
    [...rule.uses, ...(rule.typesFrom ?? []), ...(rule.testsUse ?? [])]
      .filter((to) => !edges.some((e) => e.from === from && e.to === to))
      .map((to) => `${from} → ${to}`),
  );
}

/** A module that can reach itself through declared edges, or null. */
export function cycleIn(map: Readonly<Record<string, ModuleRule>>): string[] | null {
  const next = (from: string) => [...(map[from]?.uses ?? []), ...(map[from]?.typesFrom ?? [])];
  const visit = (node: string, path: string[]): string[] | null => {
    if (path.includes(node)) return [...path.slice(path.indexOf(node)), node];
    for (const to of next(node)) {
      const found = visit(to, [...path, node]);
      if (found) return found;
    }
    return null;
  };
  for (const start of Object.keys(map)) {
    const found = visit(start, []);
    if (found) return found;
  }
  return null;
}

/** The map as a mermaid graph; type-only edges dotted. docs/ARCHITECTURE.md holds exactly this. */
export function mermaidOf(map: Readonly<Record<string, ModuleRule>>): string {
  const id = (module: string) => module.replace(/[/-]/g, '_');
  const lines = Object.entries(map).flatMap(([from, rule]) => [
    `  ${id(from)}["${from}"]`,
    ...rule.uses.map((to) => `  ${id(from)} --> ${id(to)}`),
    ...(rule.typesFrom ?? []).map((to) => `  ${id(from)} -. types .-> ${id(to)}`),
  ]);
  return ['```mermaid', 'graph TD', ...lines, '```'].join('\n');
}
