import {
  DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, OperationDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule, visit,
} from 'graphql';

export interface DocumentBounds {
  maxDepth: number;
  maxAliases: number;
  maxFragments: number;
  maxFragmentSpreads: number;
  maxDirectives: number;
}

/**
 * Bounds what one document may ask for, counted on its text: aliases, fragments (named and
 * inline), fragment spreads and directives; and how deep each operation nests with its fragments
 * expanded. Each fragment's depth is measured once, so fragments spreading each other many times
 * cannot make the measurement itself expensive (graphql-depth-limit re-walks every spread, which
 * grows exponentially, and crashes on an unknown fragment). Introspection fields (`__schema`,
 * `__type`) do not count towards depth: the cost limit weighs them, and production refuses them.
 */
export function documentBoundsRule(bounds: DocumentBounds): ValidationRule {
  return (context: ValidationContext) => {
    for (const error of documentBoundsErrors(context.getDocument(), bounds)) context.reportError(error);
    return {};
  };
}

export function documentBoundsErrors(document: DocumentNode, bounds: DocumentBounds): GraphQLError[] {
  const counts = { aliases: 0, fragments: 0, fragmentSpreads: 0, directives: 0 };
  visit(document, {
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
  ].filter((e): e is GraphQLError => e !== null);
  // Depth is measured only on a document within the counts, so the walk stays small.
  if (errors.length > 0) return errors;
  const depths = new FragmentDepths(document);
  for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    if (depths.ofSelections(operation.selectionSet) > bounds.maxDepth) {
      errors.push(new GraphQLError(`'${operation.name?.value ?? ''}' exceeds maximum operation depth of ${bounds.maxDepth}`, {
        nodes: [operation], extensions: { limit: 'GRAPHQL_MAX_DEPTH', max: bounds.maxDepth },
      }));
    }
  }
  return errors;
}

function tooMany(what: string, found: number, max: number, limit: string): GraphQLError | null {
  if (found <= max) return null;
  return new GraphQLError(`The document has ${found} ${what}, more than the limit of ${max}`, { extensions: { limit, max, found } });
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
        if (selection.selectionSet && !selection.name.value.startsWith('__')) depth = 1 + this.ofSelections(selection.selectionSet);
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
