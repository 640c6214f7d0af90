import { Injectable, NestMiddleware } from '@nestjs/common';
import type { Request, Response, NextFunction } from 'express';
import { DocumentNode, parse } from 'graphql';
import { GraphqlLimits } from './limits';

/**
 * The document bounds for HTTP (GET and POST), checked before Apollo validates: graphql-js's
 * validation work grows with what they bound, and Apollo offers no hook between parsing and
 * validation that may refuse. The document is parsed under the same token budget Apollo uses;
 * a document that does not parse is left to Apollo, which answers the syntax error itself.
 */
@Injectable()
export class DocumentBoundsMiddleware implements NestMiddleware {
  constructor(private readonly limits: GraphqlLimits) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const sent =
      req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown> | undefined);
    const source = sent && !Array.isArray(sent) ? sent.query : undefined;
    if (typeof source !== 'string') return next();
    let document: DocumentNode;
    try {
      document = parse(source, this.limits.parseOptions);
    } catch {
      return next();
    }
    const errors = this.limits.documentErrors(document);
    if (errors.length === 0) return next();
    res.status(400).json({
      errors: errors.map((e) => {
        const { http: _http, ...extensions } = e.extensions;
        return { message: e.message, locations: e.locations, extensions };
      }),
    });
  }
}
