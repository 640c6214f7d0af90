import { Injectable } from '@nestjs/common';
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

  readersOf(category: string): ReadonlySet<Role> {
    return this.byCategory().get(category) ?? new Set();
  }

  /** Every category some query shows, with its readers. */
  byCategory(): Map<string, ReadonlySet<Role>> {
    this.readers ??= this.scan();
    return this.readers;
  }

  private scan(): Map<string, ReadonlySet<Role>> {
    const readers = new Map<string, Set<Role>>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, () => unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const categories = this.reflector.get<string[] | undefined>(CONTENT_OF_KEY, prototype[method]);
        if (!categories) continue;
        const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [prototype[method], wrapper.metatype]);
        if (!roles) throw new Error(`${wrapper.name}.${method} shows content of ${categories.join(', ')} but names no @Roles`);
        for (const category of categories) {
          const known = readers.get(category);
          // Two views of one category: only roles both admit read it, so a narrower view is never widened.
          readers.set(category, new Set(known ? roles.filter((r) => known.has(r)) : roles));
        }
      }
    }
    return readers;
  }
}
