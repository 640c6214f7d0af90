import { applyDecorators } from '@nestjs/common';
import { Extensions, Field, FieldMiddleware, FieldOptions, ReturnTypeFunc } from '@nestjs/graphql';
import { ForbiddenError, PageInfo, toGraphQLError } from '@samverkan/core';
import type { AuthenticatedRequest } from '../decorators';
import { ALL_ROLES, CONTENT_READERS, Role } from '../roles';

/** Schema extension names: the role-matrix test reads them to walk what each role can reach. */
export const FIELD_READERS = 'readers';
export const TYPE_AUDIENCE = 'audience';
export const FIELD_CONTENT_OF = 'contentOf';

/** Object types made of counts, labels and ids of groups: every role that may call their query reads them. */
export const AGGREGATE_AUDIENCE: readonly Role[] = ALL_ROLES;

/** People found for erasure: the data protection officer reads these, and no content. */
export const PEOPLE_AUDIENCE: readonly Role[] = [...CONTENT_READERS, Role.DATA_PROTECTION_OFFICER];

/**
 * Declares which roles may read an object type wherever it appears. A type without it is content:
 * the role-matrix test lets only the content readers reach it.
 */
export const Audience = (...roles: readonly Role[]) => Extensions({ [TYPE_AUDIENCE]: [...roles] });

/**
 * A field of an aggregate type that leads to content: only `readers` may select it, others get
 * FORBIDDEN. One declaration both guards the field and tells the role-matrix test about it.
 */
export function RestrictedField(type: ReturnTypeFunc, readers: readonly Role[], options: FieldOptions = {}) {
  return applyDecorators(
    Field(type, { ...options, middleware: [...(options.middleware ?? []), onlyFor(readers)] }),
    Extensions({ [FIELD_READERS]: [...readers] }),
  );
}

/**
 * A field resolver that shows another category's content (a tip's impulses): the role-matrix test
 * walks it only for that category's readers, and the resolver calls `ContentAccess.assertMayRead`.
 */
export const ShowsContentOf = (category: string) => Extensions({ [FIELD_CONTENT_OF]: category });

function onlyFor(readers: readonly Role[]): FieldMiddleware {
  return ({ context }, next) => {
    const role = (context as { req?: AuthenticatedRequest }).req?.actor?.role ?? '';
    if (!readers.includes(role as Role))
      throw toGraphQLError(new ForbiddenError([...readers], role), undefined, () => undefined);
    return next();
  };
}

// A page's cursors and whether more follow: no content, so whoever may read a list reads its PageInfo.
Audience(...AGGREGATE_AUDIENCE)(PageInfo);
