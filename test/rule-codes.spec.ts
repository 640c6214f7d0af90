import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { CORE_RULES, notFoundCode } from '@samverkan/core';
import { REJECTION_KINDS } from '@samverkan/core/testing/error-matcher';
import { errorsDoc } from '../apps/api/src/errors/errors-doc';
import { RULE_LISTS } from '../apps/api/src/errors/rule-catalog';
import { sourceFiles } from './module-edges';

/**
 * Rule codes are typed (a DomainRuleViolation takes only a code from a module's list), so an
 * unlisted code does not compile. These checks cover what the types cannot: not-found codes,
 * dead entries, casts around the types, and docs/ERRORS.md.
 */
const root = resolve(__dirname, '..');
const isTest = (file: string) => /[\\/](test|testing)[\\/]|\.(spec|int-spec|e2e-spec)\.ts$/.test(relative(root, file));
const all = [...sourceFiles(join(root, 'libs')), ...sourceFiles(join(root, 'apps'))];
const shipped = all.filter((file) => !isTest(file));
const specs = [...all, ...sourceFiles(join(root, 'test'))].filter((file) =>
  /\.(spec|int-spec|e2e-spec)\.ts$/.test(file),
);
const text = new Map(all.map((file) => [file, readFileSync(file, 'utf8')]));
const read = (file: string) => text.get(file) ?? readFileSync(file, 'utf8');
const libOf = (file: string) => relative(join(root, 'libs'), file).split(sep)[0];
const matches = (files: string[], pattern: RegExp) =>
  files.flatMap((file) => [...read(file).matchAll(pattern)].map((m) => ({ file: relative(root, file), value: m[1] })));

/** The module name each shipped `defineRules('<module>', …)` declares, with the lib it lives in. */
const declared = matches(shipped, /defineRules\(\s*'([\w-]+)'/g);
const listOf = new Map(RULE_LISTS.map((list) => [list.module, list]));
const libOfModule = new Map(declared.map(({ file, value }) => [value, file.split(sep)[1]]));
const notFoundCodes = new Set(RULE_LISTS.flatMap((list) => Object.keys(list.notFound).map(notFoundCode)));

describe('Rule codes', () => {
  it('has every declared list in the catalog, once', () => {
    expect(declared.map(({ value }) => value).sort()).toEqual(RULE_LISTS.map((list) => list.module).sort());
    expect(declared.length).toBeGreaterThanOrEqual(10);
  });

  it('throws a domain rule only through a list: no string literal and no cast to RuleCode', () => {
    const literal = matches(shipped, /new DomainRuleViolation\(\s*(['`"])/g);
    const cast = matches(all, /(as (?:unknown as )?RuleCode)\b/g).filter(
      ({ file }) => !file.endsWith(join('errors', 'rules.ts')),
    );
    expect([...literal, ...cast]).toEqual([]);
  });

  it('lists every entity a NotFoundError names, in the list of its own lib', () => {
    // `oneFound(entity, …)` (libs/core) throws the NotFoundError of a read by id, `existingIn(entity)` a decider's,
    // and a command resolver's `this.found(Query, entity, id)` the one of its page's read.
    const thrown = [
      ...matches(shipped, /(?:new NotFoundError|oneFound|existingIn(?:<[^>]*>)?)\(\s*'(\w+)'/g),
      ...matches(shipped, /\bfound\(\s*\w+,\s*'(\w+)'/g),
    ];
    expect(thrown.length).toBeGreaterThan(20);
    const unlisted = thrown.filter(({ file, value }) => {
      const list = RULE_LISTS.find((candidate) => libOfModule.get(candidate.module) === file.split(sep)[1]);
      return !list || !(value in list.notFound);
    });
    expect(unlisted).toEqual([]);
  });

  it('has no dead entries: every listed code and entity is named in its lib outside the list', () => {
    const dead = RULE_LISTS.flatMap((list) => {
      const lib = libOfModule.get(list.module);
      const files = shipped.filter(
        (file) => (list === CORE_RULES || libOf(file) === lib) && !/\.rules\.ts$/.test(file),
      );
      const source = files.map(read).join('\n');
      const codes = Object.keys(list.meanings).filter((code) => !source.includes(`'${code}'`));
      const entities = Object.keys(list.notFound).filter(
        (entity) =>
          !source.includes(`NotFoundError('${entity}'`) &&
          !source.includes(`oneFound('${entity}'`) &&
          !new RegExp(`existingIn(<[^>]*>)?\\('${entity}'`).test(source) &&
          !new RegExp(`\\bfound\\(\\s*\\w+,\\s*'${entity}'`).test(source),
      );
      return [...codes, ...entities].map((name) => `${list.module}: ${name}`);
    });
    expect(dead).toEqual([]);
  });

  it("leaves the core's shared codes to the core: no module lists one again", () => {
    const shared = Object.keys(CORE_RULES.meanings);
    const again = RULE_LISTS.filter((list) => list !== CORE_RULES).flatMap((list) =>
      Object.keys(list.meanings)
        .filter((code) => shared.includes(code))
        .map((code) => `${list.module}: ${code}`),
    );
    expect(again).toEqual([]);
  });

  it('lists every code a decider or endpoint spec expects, so tests and lists cannot drift apart', () => {
    // Besides rule codes, an endpoint spec may expect the kind of a refusal that is not a rule's.
    const listed = new Set([
      ...RULE_LISTS.flatMap((list) => Object.keys(list.meanings)),
      ...Object.values(REJECTION_KINDS),
    ]);
    const expected = matches(specs, /thenThrows\(\s*'([A-Z0-9_]+)'/g).filter(
      ({ file }) => !file.includes(join('core', 'src', 'testing')),
    );
    expect(expected.length).toBeGreaterThan(300);
    expect(expected.filter(({ value }) => !listed.has(value) && !notFoundCodes.has(value))).toEqual([]);
  });

  it('is printed in docs/ERRORS.md exactly as the lists say (run `npm run schema`)', () => {
    expect(readFileSync(join(root, 'docs', 'ERRORS.md'), 'utf8')).toBe(errorsDoc(RULE_LISTS));
  });

  it('gives each code a meaning of one sentence', () => {
    const unclear = RULE_LISTS.flatMap((list) =>
      Object.entries(list.meanings)
        .filter(([, meaning]) => !/^[A-Z"'`].*\.$/.test(meaning))
        .map(([code]) => `${list.module}: ${code}`),
    );
    expect(unclear).toEqual([]);
    expect(listOf.get('forums')?.meanings).toHaveProperty('FORUM_AT_CAPACITY');
  });
});
