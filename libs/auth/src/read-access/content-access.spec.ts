import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLError } from 'graphql';
import { Roles } from '../decorators';
import { Role } from '../roles';
import { ContentAccess } from './content-access';
import { ContentOf } from './content-of';

class WideViews {
  @Roles(Role.COLLABORATION_OFFICER, Role.AV_INSPECTOR, Role.AUDITOR)
  @ContentOf('tip')
  tips() {}
}

class NarrowViews {
  @Roles(Role.AV_INSPECTOR, Role.AUDITOR)
  @ContentOf('tip', 'inspection')
  tipDetails() {}

  @Roles(Role.STEERING_GROUP)
  unmarked() {}
}

class Unguarded {
  @ContentOf('plan')
  plan() {}
}

const accessOver = (...types: (new () => object)[]) => {
  const providers = types.map((type) => ({ instance: new type(), metatype: type, name: type.name }));
  return new ContentAccess(
    { getProviders: () => providers } as unknown as DiscoveryService,
    new MetadataScanner(),
    new Reflector(),
  );
};

describe('ContentAccess', () => {
  describe('when two views show one category', () => {
    it('lets only the roles both admit read it, so a narrower view is never widened', () => {
      const access = accessOver(WideViews, NarrowViews);
      expect([...access.readersOf('tip')].sort()).toEqual([Role.AUDITOR, Role.AV_INSPECTOR]);
      expect(access.mayRead(Role.COLLABORATION_OFFICER, 'tip-1')).toBe(false);
      expect(access.mayRead(Role.AV_INSPECTOR, 'inspection-7')).toBe(true);
    });
  });

  describe('when no view shows a category', () => {
    it('lets no one read it', () => {
      const access = accessOver(WideViews);
      expect(access.readersOf('personErasure').size).toBe(0);
      expect(access.mayRead(Role.AUDITOR, 'personErasure-x')).toBe(false);
    });
  });

  it('refuses a view that shows content but names no roles', () => {
    expect(() => accessOver(Unguarded).byCategory()).toThrow(/names no @Roles/);
  });

  it('refuses a role that may not read with FORBIDDEN, naming who may', () => {
    const access = accessOver(WideViews);
    expect(() => access.assertMayRead(Role.AUDITOR, 'tip')).not.toThrow();
    let refused: unknown;
    try {
      access.assertMayRead(Role.STEERING_GROUP, 'tip');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredRoles: expect.arrayContaining([Role.AUDITOR]),
    });
  });
});
