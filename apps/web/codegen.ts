import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed schema.gql: each desk keeps its operations in `.graphql`
 * files beside its code and imports the generated `…Document` from src/gql, one export each, so a
 * route's chunk carries only its own operations. test/web/codegen.spec.ts fails when src/gql is stale.
 */
export const OUTPUT = 'apps/web/src/gql/';

/** CODEGEN_OUTPUT: another folder to write to (the staleness test's scratch copy). */
export function codegenConfig(output = process.env.CODEGEN_OUTPUT ?? OUTPUT): CodegenConfig {
  return {
    schema: 'schema.gql',
    documents: ['apps/web/src/**/*.graphql'],
    ignoreNoDocuments: true,
    silent: true,
    generates: {
      [output]: {
        preset: 'client',
        presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: false,
          scalars: { DateTime: 'string', JSON: 'unknown' },
        },
      },
    },
  };
}

export default codegenConfig();
