import { applyDecorators } from '@nestjs/common';
import { Query, ReturnTypeFunc } from '@nestjs/graphql';
import { Roles } from '../decorators';
import { CONTENT_READERS, Role } from '../roles';
import { ContentOf } from './content-of';

/**
 * The decorator of read queries that show content to `readers`: each query names its type, the
 * categories it shows (one, or a list) and its description. What a query shows and who may read
 * it are stated together, once, as ContentAccess derives every other view's rule from that pair.
 */
export function contentQueryOf(readers: readonly Role[]) {
  return (type: ReturnTypeFunc, categories: string | readonly string[], description?: string) =>
    applyDecorators(
      Query(type, description === undefined ? undefined : { description }),
      Roles(...readers),
      ContentOf(...(typeof categories === 'string' ? [categories] : categories)),
    );
}

/** A query of content that every content reader reads (not DASHBOARD, nor the data protection officer). */
export const ContentQuery = contentQueryOf(CONTENT_READERS);

/**
 * A query of figures that DASHBOARD reads besides `readers` (every content reader unless named),
 * with small numbers suppressed for it by the resolver. It shows no content category: the figures
 * are counts, which is why DASHBOARD may read them.
 */
export const DashboardQuery = (type: ReturnTypeFunc, description: string, readers: readonly Role[] = CONTENT_READERS) =>
  applyDecorators(Query(type, { description }), Roles(...readers, Role.DASHBOARD));
