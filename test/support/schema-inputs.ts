import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** A string-valued input somewhere under a mutation's arguments: its path and its scalar. */
export interface StringInput {
  /** Argument name, then field names and list indexes: ['input', 'decision', 'decidedBy', '0', 'name']. */
  path: string[];
  scalar: string;
}

const NOT_TEXT = new Set(['Int', 'Float', 'Boolean']);

/** Every String, ID and custom string scalar under a field's arguments, through input objects and lists. */
export function stringInputs(field: GraphQLField<unknown, unknown>): StringInput[] {
  const walk = (type: GraphQLInputType, path: string[], depth: number): StringInput[] => {
    if (isNonNullType(type)) return walk(type.ofType, path, depth);
    if (isListType(type)) return walk(type.ofType, [...path, '0'], depth);
    if (isEnumType(type)) return [];
    if (isInputObjectType(type)) {
      if (depth > 8) throw new Error(`input nested deeper than 8 at ${path.join('.')}`);
      return Object.values(type.getFields()).flatMap((f) => walk(f.type, [...path, f.name], depth + 1));
    }
    if (isScalarType(type)) return NOT_TEXT.has(type.name) ? [] : [{ path, scalar: type.name }];
    throw new Error(`unknown input type ${String(type)}`);
  };
  return field.args.flatMap((arg) => walk(arg.type, [arg.name], 0));
}

/** A plausible value for a scalar field, by its name: what a real client would send. */
function plausible(scalar: string, name: string): unknown {
  switch (scalar) {
    case 'Int':
      return /year/i.test(name) ? 2025 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2025-03-14T10:00:00.000Z';
  }
  if (/Id$|^corrects$|^id$/.test(name)) return '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
  if (/Ids$/.test(name)) return '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
  if (/On$|^date$|[dD]ate$|^from$|^to$|By$/.test(name)) return '2025-03-14';
  if (name === 'month') return '2025-03';
  if (/organisationNumber/.test(name)) return '556036-0793';
  if (name === 'industry') return '88.101';
  if (name === 'region') return 'Skåne';
  if (/[oO]rganisation$|^organiser$/.test(name)) return 'FK';
  if (name === 'email') return 'anna@example.se';
  if (name === 'link') return 'https://www.av.se/';
  return 'Ett vanligt ärende om arbetsgivaren';
}

/**
 * A valid-looking value of a type: every required field filled plausibly and, if `target` is
 * given, the optional fields on the way to it too, with `text` at its end.
 */
export function inputValue(type: GraphQLInputType, name: string, target: string[] | null = null, text = ''): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, name, target, text);
  if (isListType(type)) return [inputValue(type.ofType, name, target ? target.slice(1) : null, text)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (target?.[0] === f.name) value[f.name] = inputValue(f.type, f.name, target.slice(1), text);
      else if (isNonNullType(f.type)) value[f.name] = inputValue(f.type, f.name);
    }
    return value;
  }
  if (target && target.length === 0) return text;
  return plausible(String(getNamedType(type)), name);
}

/** The variables for a mutation: every argument valid-looking, `text` at `target` (argument name first). */
export function mutationVariables(
  field: GraphQLField<unknown, unknown>,
  target: string[] | null = null,
  text = '',
): Record<string, unknown> {
  return Object.fromEntries(
    field.args
      .filter((arg) => isNonNullType(arg.type) || target?.[0] === arg.name)
      .map((arg) => [
        arg.name,
        inputValue(arg.type, arg.name, target?.[0] === arg.name ? target.slice(1) : null, text),
      ]),
  );
}

/** The text of an operation that calls `field`, passing `args` (all of them unless told) as variables. */
export function operationText(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[] = field.args,
): string {
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

export const mutationText = (field: GraphQLField<unknown, unknown>) => operationText('mutation', field);
