import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { OperationDefinitionNode, parse } from 'graphql';
import { ROOT } from './ts-node';

/** Reads the web app's source to learn which commands each desk can send. No browser, no build. */
export const WEB_SRC = join(ROOT, 'apps', 'web', 'src');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Each generated mutation document (`<OperationName>Document`) with the mutation field it sends. */
export function mutationDocuments(): Map<string, string> {
  const documents = new Map<string, string>();
  for (const file of filesUnder(WEB_SRC, /\.graphql$/)) {
    for (const definition of parse(readFileSync(file, 'utf8')).definitions) {
      if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') continue;
      const operation = definition as OperationDefinitionNode;
      const field = operation.selectionSet.selections[0];
      if (!operation.name || field.kind !== 'Field') throw new Error(`${file}: a mutation without a name or field`);
      documents.set(`${operation.name.value}Document`, field.name.value);
    }
  }
  return documents;
}

/** Each desk's path with its entry module, as apps/web/src/app/desks.tsx loads it. */
export function deskEntries(): Map<string, string> {
  const desks = join(WEB_SRC, 'app', 'desks.tsx');
  const source = readFileSync(desks, 'utf8');
  const entries = new Map<string, string>();
  for (const [, desk, path] of source.matchAll(/^\s*'?([\w-]+)'?: \(\) => import\('([^']+)'\)/gm)) {
    entries.set(desk, moduleFile(dirname(desks), path));
  }
  return entries;
}

function moduleFile(from: string, specifier: string): string {
  const base = resolve(from, specifier);
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, from)}`);
}

const IMPORTS = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** Every source file a desk's code can reach through its relative imports, its own and the kit's. */
export function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const frontier = [entry];
  while (frontier.length) {
    const file = frontier.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORTS)) {
      if (specifier.endsWith('.css')) continue;
      frontier.push(moduleFile(dirname(file), specifier));
    }
  }
  return seen;
}

/** The names a file imports from the generated operations. */
function generatedNames(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(?:\.\.\/)+gql\/graphql'/g)].flatMap(
    ([, names]) =>
      names
        .split(',')
        .map((n) => n.trim().replace(/^type\s+/, ''))
        .filter(Boolean),
  );
}

/** The mutations each desk can send: the mutation documents its reachable code imports. */
export function commandsByDesk(): Map<string, Set<string>> {
  const documents = mutationDocuments();
  const result = new Map<string, Set<string>>();
  for (const [desk, entry] of deskEntries()) {
    const mutations = new Set<string>();
    for (const file of reachableFrom(entry)) {
      for (const name of generatedNames(file)) {
        const mutation = documents.get(name);
        if (mutation) mutations.add(mutation);
      }
    }
    result.set(desk, mutations);
  }
  return result;
}

/**
 * Files that could send a command without the form kit (which offers a command only to roles that
 * may send it): urql's useMutation or a client's `.mutation(` anywhere outside apps/web/src/forms.
 */
export function sendersOutsideKit(): string[] {
  return filesUnder(WEB_SRC, /\.tsx?$/)
    .filter((file) => !file.startsWith(join(WEB_SRC, 'forms') + '/'))
    .filter((file) => /\buseMutation\b|\.mutation\(/.test(readFileSync(file, 'utf8')))
    .map((file) => relative(ROOT, file));
}
