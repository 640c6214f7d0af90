import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';

/**
 * Module boundaries, enforced rather than reviewed (after ddd-by-examples' ArchUnit tests):
 * a domain stays pure, and a lib reaches another lib only through its public index.
 */
const root = resolve(__dirname, '..');
const LIB_ENTRY = /^@samverkan\/([\w-]+)(\/.*)?$/;
const ALLOWED_SUBPATHS = ['core/domain', 'core/testing/'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

const libs = readdirSync(join(root, 'libs'));
const files = [...sourceFiles(join(root, 'libs')), ...sourceFiles(join(root, 'apps'))];
const libOf = (file: string) => relative(join(root, 'libs'), file).split(sep)[0];

describe('Module boundaries', () => {
  it('finds the libs it guards', () => {
    expect(libs).toEqual(expect.arrayContaining(['core', 'event-store', 'auth', 'audit', 'plan', 'tips', 'forums', 'supervision', 'dialogue', 'knowledge', 'momentum', 'oversight']));
  });

  it('keeps every domain/ folder free of Nest, I/O and infrastructure', () => {
    const offences = files
      .filter((f) => f.includes(`${sep}domain${sep}`) && !f.endsWith('.spec.ts') && !f.includes(`${sep}testing${sep}`))
      .flatMap((file) =>
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
      .flatMap((file) => importsOf(file).filter((s) => (s.startsWith('@samverkan/') && s !== '@samverkan/event-store') || s.startsWith('@nestjs/')));
    expect(offences).toEqual([]);
  });

  it('never ships test code: no source under apps/ or a lib\'s src/ imports from test/', () => {
    const shipped = files.filter((f) => !/[\\/](test|testing)[\\/]|\.(spec|int-spec|e2e-spec)\.ts$/.test(relative(root, f)));
    const offences = shipped.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('.') && relative(root, resolve(file, '..', s)).split(sep)[0] === 'test')
        .map((s) => `${relative(root, file)} -> ${s}`),
    );
    expect(shipped.some((f) => f.includes(join('apps', 'api')))).toBe(true);
    expect(offences).toEqual([]);
  });
});
