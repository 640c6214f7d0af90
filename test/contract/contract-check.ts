import { Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import {
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
} from 'graphql';

/**
 * The public contract's rules (docs/DASHBOARDS.md, "Deprecation policy"): a breaking change against
 * the last released schema is listed, with its reason, under `## Unreleased` in contract/CHANGELOG.md;
 * a field or enum value is removed only after the date its `@deprecated` reason named in the released
 * contract, at least MIN_NOTICE_DAYS after it was first deprecated; every deprecation names that date.
 */

/** A breaking change as the changelog lists it: `- FIELD_REMOVED \`Query.b\`: why`. */
export interface ListedChange {
  type: string;
  path: string;
  reason: string;
}

/** Where the contract is broken, one sentence each; empty when it holds. */
export type ContractProblems = string[];

const ENTRY = /^- ([A-Z_]+) `([^`]+)`\s*:\s*(.*)$/;

/** The breaking changes listed since the last release: the entries of the `## Unreleased` section. */
export function listedChanges(changelog: string): ListedChange[] {
  const lines = changelog.split('\n');
  const start = lines.findIndex((line) => /^## Unreleased\s*$/.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .map((line) => ENTRY.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, type, path, reason]) => ({ type, path, reason: reason.trim() }));
}

const REMOVAL_DATE = /removed after (\d{4}-\d{2}-\d{2})/;

/** Every deprecated field, argument, input field and enum value, by path, with its reason. */
export function deprecations(schema: GraphQLSchema): Map<string, string> {
  const found = new Map<string, string>();
  const note = (path: string, reason: string | null | undefined) => {
    if (reason !== undefined && reason !== null) found.set(path, reason);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        note(`${type.name}.${field.name}`, field.deprecationReason);
        for (const arg of field.args) note(`${type.name}.${field.name}.${arg.name}`, arg.deprecationReason);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) note(`${type.name}.${field.name}`, field.deprecationReason);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) note(`${type.name}.${value.name}`, value.deprecationReason);
    }
  }
  return found;
}

/** The date a deprecation reason names (`… removed after YYYY-MM-DD`), if it is a real date. */
export function removalDate(reason: string): string | null {
  const date = REMOVAL_DATE.exec(reason)?.[1];
  if (!date) return null;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

/** Deprecations without a date of removal: each one a problem. */
export function undatedDeprecations(schema: GraphQLSchema): ContractProblems {
  return [...deprecations(schema)]
    .filter(([, reason]) => removalDate(reason) === null)
    .map(([path, reason]) => `${path} is deprecated without "removed after YYYY-MM-DD" in its reason ("${reason}")`);
}

/** The least notice a new deprecation gives before its field may go (docs/DASHBOARDS.md: three months). */
export const MIN_NOTICE_DAYS = 90;

function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Removals that the policy asks to announce first with a dated deprecation. */
const REMOVALS = new Set(['FIELD_REMOVED', 'ENUM_VALUE_REMOVED', 'INPUT_FIELD_REMOVED', 'FIELD_ARGUMENT_REMOVED']);

/**
 * `current` against the `released` contract: breaking changes not listed (with a reason) in the
 * changelog, listed entries that match no change, and removals made before their announced date
 * (`today`, YYYY-MM-DD, in Stockholm), and deprecations new since the release that give less notice
 * than MIN_NOTICE_DAYS.
 */
export async function contractProblems(
  released: GraphQLSchema,
  current: GraphQLSchema,
  changelog: string,
  today: string,
): Promise<ContractProblems> {
  const breaking = (await diff(released, current)).filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  const listed = listedChanges(changelog);
  const announced = deprecations(released);
  const problems: ContractProblems = [];
  const matches = (entry: ListedChange, change: Change) => entry.type === change.type && entry.path === change.path;
  for (const change of breaking) {
    const entry = listed.find((e) => matches(e, change));
    if (!entry) {
      problems.push(
        `breaking change not in contract/CHANGELOG.md: ${change.type} \`${change.path}\` (${change.message})`,
      );
      continue;
    }
    if (!entry.reason) problems.push(`${change.type} \`${change.path}\` is listed without a reason`);
    if (REMOVALS.has(change.type) && change.path) {
      const reason = announced.get(change.path);
      const date = reason === undefined ? null : removalDate(reason);
      if (date === null) problems.push(`${change.path} was removed without being deprecated with a date first`);
      else if (date >= today) problems.push(`${change.path} was removed before its announced date (${date})`);
    }
  }
  for (const [path, reason] of deprecations(current)) {
    const date = removalDate(reason);
    if (announced.has(path) || date === null) continue;
    if (date < daysAfter(today, MIN_NOTICE_DAYS))
      problems.push(
        `${path} is newly deprecated with less than ${MIN_NOTICE_DAYS} days' notice (removed after ${date})`,
      );
  }
  for (const entry of listed.filter((e) => !breaking.some((c) => matches(e, c))))
    problems.push(
      `contract/CHANGELOG.md lists ${entry.type} \`${entry.path}\`, which is no breaking change of schema.gql`,
    );
  return problems;
}
