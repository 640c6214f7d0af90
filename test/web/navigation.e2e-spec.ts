import { ALL_ROLES, Role } from '@samverkan/auth';
import { DESK_NEEDS, desksFor } from '../../apps/web/src/app/desk-access';
import { useTestApp } from '../support/test-app';

/** The web app's menu: each role's desks follow from its row of the server's role matrix. */
describe("The web app's navigation", () => {
  const t = useTestApp();

  const operationsOf = async (role: Role): Promise<string[]> => {
    const res = await t.gql(role, '{ myOperations }');
    expect(res.errors).toBeUndefined();
    return res.data!.myOperations;
  };
  const desksOf = async (role: Role) => desksFor(await operationsOf(role));

  it('needs only operations some role may call', async () => {
    const all = new Set<string>();
    for (const role of ALL_ROLES) for (const op of await operationsOf(role)) all.add(op);
    expect(
      Object.values(DESK_NEEDS)
        .flat()
        .filter((op) => !all.has(op)),
    ).toEqual([]);
  });

  it.each([
    [Role.STEERING_GROUP, ['oversikt', 'tidslinje', 'styrgrupp', 'revision', 'forklaring']],
    [Role.AUDITOR, ['oversikt', 'tidslinje', 'revision', 'dataskydd', 'forklaring']],
    [Role.DATA_PROTECTION_OFFICER, ['oversikt', 'dataskydd']],
    [Role.DASHBOARD, ['oversikt']],
    [Role.FK_CASEWORKER, ['oversikt']],
  ])('shows %s the desks %j', async (role, desks) => {
    expect(await desksOf(role)).toEqual(desks);
  });

  it('shows the steering group desk to the roles that may adopt a plan, and to no other', async () => {
    for (const role of ALL_ROLES) {
      const operations = await operationsOf(role);
      expect((await desksOf(role)).includes('styrgrupp')).toBe(operations.includes('Mutation.adoptCollaborationPlan'));
    }
  });
});
