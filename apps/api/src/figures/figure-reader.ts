import { Injectable } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DocumentNode, execute, GraphQLError, parse, validate } from 'graphql';
import type { Request } from 'express';
import { AuthenticatedRequest } from '@samverkan/auth';
import { InputValidationError, ProjectionRunner, toGraphQLError } from '@samverkan/core';
import { Figure, FIGURES } from './figure-catalogue';
import { figureArguments } from './figure-parameters';

const SMALL_COUNT_FRAGMENT = 'fragment Count on SmallCount { value display suppressed }';

/** How many times a figure is read again when writes moved the read models while it was read. */
const STABLE_READS = 3;

export interface FigureRead {
  figure: Figure<unknown>;
  parameters: Record<string, string | number>;
  query: string;
  answer: unknown;
  storePosition: bigint | null;
  role: string;
}

/** A refusal, in the shape and with the code the same GraphQL query would answer with. */
export class FigureRefused extends Error {
  constructor(readonly errors: readonly GraphQLError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
  get code(): string {
    return String(this.errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  }
}

/**
 * Reads a dashboard figure by running its GraphQL query against the app's own schema as the
 * caller: the same guard (bearer token, the role matrix), the same resolvers reading through the
 * QueryBus and the same small-number suppression; nothing of the figure is computed here.
 */
@Injectable()
export class FigureReader {
  private readonly documents = new Map<string, { query: string; document: DocumentNode }>();

  constructor(
    private readonly schemas: GraphQLSchemaHost,
    private readonly runner: ProjectionRunner,
  ) {}

  /** The query a figure is read with, variables named as its arguments. */
  queryOf(figure: Figure<unknown>): string {
    const field = this.fieldOf(figure.name);
    const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const fragment = figure.selection.includes('...Count') ? ` ${SMALL_COUNT_FRAGMENT}` : '';
    return `query ${figure.name}File${variables ? `(${variables})` : ''} { ${figure.name}${args ? `(${args})` : ''} ${figure.selection} }${fragment}`.replace(
      /\s+/g,
      ' ',
    );
  }

  async read(name: string, queryString: Record<string, unknown>, req: Request): Promise<FigureRead> {
    const figure = FIGURES.get(name);
    if (!figure) throw new FigureRefused([notFound(name)]);
    const parameters = this.parametersOf(figure, queryString);
    const { query, document } = this.documentOf(figure);
    const schema = this.schemas.schema;
    for (let attempt = 1; ; attempt++) {
      const before = this.runner.position;
      const result = await execute({ schema, document, variableValues: parameters, contextValue: { req } });
      if (result.errors?.length) throw new FigureRefused(result.errors);
      const after = this.runner.position;
      if (before === after || attempt === STABLE_READS) {
        const role = (req as AuthenticatedRequest).actor?.role ?? '';
        return { figure, parameters, query, answer: result.data?.[name], storePosition: after, role };
      }
    }
  }

  /** The figure's query, parsed and validated once: the schema does not change while the app runs. */
  private documentOf(figure: Figure<unknown>): { query: string; document: DocumentNode } {
    const known = this.documents.get(figure.name);
    if (known) return known;
    const query = this.queryOf(figure);
    const document = parse(query);
    const invalid = validate(this.schemas.schema, document);
    if (invalid.length)
      throw new Error(`the ${figure.name} file's query no longer fits the schema: ${invalid[0].message}`);
    this.documents.set(figure.name, { query, document });
    return { query, document };
  }

  private parametersOf(figure: Figure<unknown>, queryString: Record<string, unknown>) {
    try {
      return figureArguments(this.fieldOf(figure.name), queryString);
    } catch (error) {
      if (error instanceof InputValidationError) throw new FigureRefused([toGraphQLError(error, undefined, () => {})]);
      throw error;
    }
  }

  private fieldOf(name: string) {
    const field = this.schemas.schema.getQueryType()?.getFields()[name];
    if (!field) throw new Error(`the schema has no query ${name}`);
    return field;
  }
}

function notFound(name: string): GraphQLError {
  const names = [...FIGURES.keys()].join(', ');
  return new GraphQLError(`No figure ${name}; the figures are ${names}`, {
    extensions: { code: 'NOT_FOUND', id: name },
  });
}
