import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
} from 'graphql';

export interface DocumentBounds {
  maxDepth: number;
  maxAliases: number;
  maxFragments: number;
  maxFragmentSpreads: number;
  maxDirectives: number;
}

/**
 * GraphQL merges a field repeated under one response name in one selection set, so a client never
 * needs it more than a few times; graphql-js compares such fields pairwise (OverlappingFieldsCanBeMerged),
 * which an attacker turns into quadratic work by repeating one field hundreds of times.
 */
export const MAX_FIELD_REPEATS = 3;

/**
 * Bounds what one document may ask for, counted on its text, before graphql-js validates it (whose
 * work grows with these): aliases, fragments (named and inline), fragment spreads, directives and
 * repeats of one field in a selection set; then how deep each operation nests with its fragments
 * expanded. Each fragment's depth is measured once, so fragments spreading each other many times
 * cannot make the measurement itself expensive (graphql-depth-limit re-walks every spread, which
 * grows exponentially, and crashes on an unknown fragment). Introspection fields (`__schema`,
 * `__type`) do not count towards depth: the cost limit weighs them, and production refuses them.
 */
export function documentBoundsErrors(document: DocumentNode, bounds: DocumentBounds): GraphQLError[] {
  const counts = { aliases: 0, fragments: 0, fragmentSpreads: 0, directives: 0, repeats: 0 };
  visit(document, {
    SelectionSet: (node) => void (counts.repeats = Math.max(counts.repeats, mostRepeated(node))),
    Field: (node) => void (node.alias && counts.aliases++),
    FragmentDefinition: () => void counts.fragments++,
    InlineFragment: () => void counts.fragments++,
    FragmentSpread: () => void counts.fragmentSpreads++,
    Directive: () => void counts.directives++,
  });
  const errors = [
    tooMany('aliases', counts.aliases, bounds.maxAliases, 'GRAPHQL_MAX_ALIASES'),
    tooMany('fragments', counts.fragments, bounds.maxFragments, 'GRAPHQL_MAX_FRAGMENTS'),
    tooMany('fragment spreads', counts.fragmentSpreads, bounds.maxFragmentSpreads, 'GRAPHQL_MAX_FRAGMENT_SPREADS'),
    tooMany('directives', counts.directives, bounds.maxDirectives, 'GRAPHQL_MAX_DIRECTIVES'),
    tooMany('repeats of one field in a selection', counts.repeats, MAX_FIELD_REPEATS, 'MAX_FIELD_REPEATS'),
  ].filter((e): e is GraphQLError => e !== null);
  // Depth is measured only on a document within the counts, so the walk stays small.
  if (errors.length > 0) return errors;
  const depths = new FragmentDepths(document);
  for (const operation of document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )) {
    if (depths.ofSelections(operation.selectionSet) > bounds.maxDepth) {
      errors.push(
        new GraphQLError(`'${operation.name?.value ?? ''}' exceeds maximum operation depth of ${bounds.maxDepth}`, {
          nodes: [operation],
          extensions: {
            code: 'GRAPHQL_VALIDATION_FAILED',
            limit: 'GRAPHQL_MAX_DEPTH',
            max: bounds.maxDepth,
            http: { status: 400 },
          },
        }),
      );
    }
  }
  return errors;
}

/** Inline fragments count with their parent set: graphql-js merges their fields into it. */
function mostRepeated(set: SelectionSetNode, seen = new Map<string, number>()): number {
  let most = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      most = Math.max(most, mostRepeated(selection.selectionSet, seen));
      continue;
    }
    if (selection.kind !== Kind.FIELD) continue;
    const name = (selection.alias ?? selection.name).value;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    most = Math.max(most, count);
  }
  return most;
}

function tooMany(what: string, found: number, max: number, limit: string): GraphQLError | null {
  if (found <= max) return null;
  return new GraphQLError(`The document has ${found} ${what}, more than the limit of ${max}`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max, found, http: { status: 400 } },
  });
}

/** Depth as graphql-depth-limit counts it (a leaf field is 0, a field with a selection 1 more than its deepest child), memoised per fragment. */
class FragmentDepths {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly known = new Map<string, number>();
  private readonly measuring = new Set<string>();

  constructor(document: DocumentNode) {
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(d.name.value, d);
  }

  ofSelections(set: SelectionSetNode): number {
    let deepest = 0;
    for (const selection of set.selections) {
      let depth = 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.selectionSet && !selection.name.value.startsWith('__'))
          depth = 1 + this.ofSelections(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        depth = this.ofSelections(selection.selectionSet);
      } else {
        depth = this.ofFragment(selection.name.value);
      }
      deepest = Math.max(deepest, depth);
    }
    return deepest;
  }

  private ofFragment(name: string): number {
    const cached = this.known.get(name);
    if (cached !== undefined) return cached;
    const fragment = this.fragments.get(name);
    // Unknown and cyclic fragments are other rules' errors (KnownFragmentNames, NoFragmentCycles).
    if (!fragment || this.measuring.has(name)) return 0;
    this.measuring.add(name);
    const depth = this.ofSelections(fragment.selectionSet);
    this.measuring.delete(name);
    this.known.set(name, depth);
    return depth;
  }
}
