/** A GraphQL enum object (for registerEnumType) from a domain's list of codes: each code is its own name. */
export function enumFrom<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
