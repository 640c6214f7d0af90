import { Reflector } from '@nestjs/core';
import { ROLES_KEY } from '../decorators';
import { CONTENT_READERS, Role } from '../roles';
import { CONTENT_OF_KEY } from './content-of';
import { ContentQuery, contentQueryOf, DashboardQuery } from './content-query';

class Tip {}

const TipQuery = contentQueryOf([Role.AV_INSPECTOR, Role.AUDITOR]);

class Views {
  @ContentQuery(() => Tip, 'plan', 'The plan of one year.')
  plan() {}

  @TipQuery(() => Tip, ['tip', 'impulse'])
  tip() {}

  @DashboardQuery(() => Tip, 'Counts of tips.')
  tipCounts() {}

  @DashboardQuery(() => Tip, 'Counts of tips by AV.', [Role.AV_INSPECTOR])
  avTipCounts() {}
}

const reflector = new Reflector();

describe('ContentQuery', () => {
  it('declares a query that only the content readers may call and that shows its category', () => {
    const handler = Views.prototype.plan;
    expect(Reflect.getMetadata('graphql:resolver_type', handler)).toBe('Query');
    expect(reflector.get(ROLES_KEY, handler)).toEqual(CONTENT_READERS);
    expect(reflector.get(CONTENT_OF_KEY, handler)).toEqual(['plan']);
  });

  it('admits the readers it was bound to and shows every category it names', () => {
    const handler = Views.prototype.tip;
    expect(reflector.get(ROLES_KEY, handler)).toEqual([Role.AV_INSPECTOR, Role.AUDITOR]);
    expect(reflector.get(CONTENT_OF_KEY, handler)).toEqual(['tip', 'impulse']);
  });
});

describe('DashboardQuery', () => {
  it('declares a query of figures for the content readers and DASHBOARD, showing no category', () => {
    const handler = Views.prototype.tipCounts;
    expect(Reflect.getMetadata('graphql:resolver_type', handler)).toBe('Query');
    expect(reflector.get(ROLES_KEY, handler)).toEqual([...CONTENT_READERS, Role.DASHBOARD]);
    expect(reflector.get(CONTENT_OF_KEY, handler)).toBeUndefined();
  });

  it('admits DASHBOARD besides the readers it names', () => {
    expect(reflector.get(ROLES_KEY, Views.prototype.avTipCounts)).toEqual([Role.AV_INSPECTOR, Role.DASHBOARD]);
  });
});
