/** A GraphQL error as urql's CombinedError carries it. */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown>;
}

/** What went wrong with a command, in the terms the form shows it. */
export type Problem =
  | { kind: 'input'; fields: { field: string; messages: string[] }[] }
  | { kind: 'rule'; rule: string; field?: string; message: string }
  | { kind: 'conflict'; expectedRevision?: number; actualRevision?: number }
  | { kind: 'unavailable' }
  | { kind: 'timeout' }
  | { kind: 'forbidden' }
  | { kind: 'notFound'; message: string }
  | { kind: 'other'; message: string };

const number = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** The first error's meaning, from its extensions.code (docs/ARCHITECTURE.md, "Errors"; docs/ERRORS.md). */
export function problemOf(errors: readonly ApiError[], networkMessage?: string): Problem {
  const error = errors[0];
  if (!error) return { kind: 'other', message: networkMessage ?? 'okänt fel' };
  const ext = error.extensions ?? {};
  switch (ext.code) {
    case 'BAD_USER_INPUT': {
      const fields = Array.isArray(ext.fields) ? (ext.fields as { field: string; messages?: string[] }[]) : [];
      return { kind: 'input', fields: fields.map((f) => ({ field: f.field, messages: f.messages ?? [] })) };
    }
    case 'DOMAIN_RULE_VIOLATION': {
      const details = (ext.details ?? {}) as Record<string, unknown>;
      const field = typeof details.field === 'string' ? details.field : undefined;
      return { kind: 'rule', rule: String(ext.rule), message: error.message, ...(field ? { field } : {}) };
    }
    case 'CONFLICT':
      return {
        kind: 'conflict',
        expectedRevision: number(ext.expectedRevision),
        actualRevision: number(ext.actualRevision),
      };
    case 'STORE_UNAVAILABLE':
      return { kind: 'unavailable' };
    case 'PROJECTION_TIMEOUT':
      return { kind: 'timeout' };
    case 'FORBIDDEN':
      return { kind: 'forbidden' };
    case 'NOT_FOUND':
      return { kind: 'notFound', message: error.message };
    default:
      return { kind: 'other', message: error.message };
  }
}

/**
 * The form field a server path names: the input's own path (`activity.title`, `decision.decidedAt`)
 * ends with a field's name, since forms name their fields after the input's leaves.
 */
export function fieldFor(path: string, names: readonly string[]): string | undefined {
  return names.find((name) => path === name || path.endsWith(`.${name}`));
}
