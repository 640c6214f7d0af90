import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import { DocumentNode, parse } from 'graphql';
import { BoundedMemo } from '@samverkan/core';
import { GraphqlLimits } from './limits';

/** Documents remembered as within bounds: the few a web app and dashboards send, many times each. */
const REMEMBERED_DOCUMENTS = 500;
/** Longer documents are parsed and bounded every time rather than kept. */
const MAX_REMEMBERED_LENGTH = 10_000;

/**
 * The document bounds for HTTP (GET and POST), checked before Apollo validates: graphql-js's
 * validation work grows with what they bound, and Apollo offers no hook between parsing and
 * validation that may refuse. The document is parsed under the same token budget Apollo uses;
 * a document that does not parse is left to Apollo, which answers the syntax error itself.
 * A text that passed is remembered: parsing it again for every request was a thirtieth of a
 * timeline page's server time (bench/README.md), and the same text gives the same answer.
 */
@Injectable()
export class DocumentBoundsMiddleware implements NestMiddleware {
  private readonly passed = new BoundedMemo<string, true>(REMEMBERED_DOCUMENTS);

  constructor(private readonly limits: GraphqlLimits) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const sent =
      req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown> | undefined);
    const source = sent && !Array.isArray(sent) ? sent.query : undefined;
    if (typeof source !== 'string' || this.passed.get(source)) return next();
    let document: DocumentNode;
    try {
      document = parse(source, this.limits.parseOptions);
    } catch {
      return next();
    }
    const errors = this.limits.documentErrors(document);
    if (errors.length === 0) {
      if (source.length <= MAX_REMEMBERED_LENGTH) this.passed.set(source, true);
      return next();
    }
    res.status(400).json({
      errors: errors.map((e) => {
        const { http: _http, ...extensions } = e.extensions;
        return { message: e.message, locations: e.locations, extensions };
      }),
    });
  }
}
