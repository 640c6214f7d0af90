import { Injectable } from '@nestjs/common';
import { ForbiddenError, toGraphQLError } from '@samverkan/core';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { categoryOf } from '@samverkan/event-store';
import { ROLES_KEY } from '../decorators';
import { Role } from '../roles';
import { CONTENT_OF_KEY } from './content-of';

/**
 * Who may read the content of each stream category, whatever the view: the roles that every read
 * query marked `@ContentOf(category)` admits. A category no query shows is read by no one (the
 * audit views then show only that something happened).
 */
@Injectable()
export class ContentAccess {
  private shown: ContentView[] | null = null;
  private readers: Map<string, ReadonlySet<Role>> | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** Whether `role` may read what the events of `stream` say. */
  mayRead(role: string, stream: string): boolean {
    return this.readersOf(categoryOf(stream)).has(role as Role);
  }

  /** Refuses, as the guard would, a role that may not read the category's content (a nested field's own check). */
  assertMayRead(role: string, category: string): void {
    const readers = this.readersOf(category);
    if (readers.has(role as Role)) return;
    // Already a GraphQL error: field resolvers run outside the exception filter.
    throw toGraphQLError(
      new ForbiddenError([...readers], role, `Role ${role} may not read ${category} content, here either`),
      undefined,
      () => undefined,
    );
  }

  readersOf(category: string): ReadonlySet<Role> {
    return this.byCategory().get(category) ?? new Set();
  }

  /** Every category some query shows, with its readers. */
  byCategory(): Map<string, ReadonlySet<Role>> {
    if (!this.readers) {
      const readers = new Map<string, ReadonlySet<Role>>();
      for (const view of this.views()) {
        for (const category of view.categories) {
          const known = readers.get(category);
          // Two views of one category: only roles both admit read it, so a narrower view is never widened.
          readers.set(category, new Set(known ? view.roles.filter((r) => known.has(r)) : view.roles));
        }
      }
      this.readers = readers;
    }
    return this.readers;
  }

  /** The read queries marked `@ContentOf`, with the categories they show and the roles they admit. */
  views(): ContentView[] {
    this.shown ??= this.scan();
    return this.shown;
  }

  private scan(): ContentView[] {
    const views: ContentView[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, () => unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const categories = this.reflector.get<string[] | undefined>(CONTENT_OF_KEY, handler);
        if (!categories) continue;
        const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [handler, wrapper.metatype]);
        if (!roles)
          throw new Error(`${wrapper.name}.${method} shows content of ${categories.join(', ')} but names no @Roles`);
        const query = (Reflect.getMetadata(RESOLVER_NAME, handler) as string | undefined) ?? method;
        views.push({ query, categories, roles });
      }
    }
    return views;
  }
}

export interface ContentView {
  /** The query's name in the schema. */
  query: string;
  categories: string[];
  roles: Role[];
}

const RESOLVER_NAME = 'graphql:resolver_name';
