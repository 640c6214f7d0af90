import { ALL_ROLES, Role } from '@samverkan/auth';
import { DESK_NEEDS, desksFor } from '../../apps/web/src/app/desk-access';
import { useTestApp } from '../support/test-app';
import { commandsByDesk } from '../support/web-commands';

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
    [
      Role.STEERING_GROUP,
      [
        'oversikt',
        'tidslinje',
        'styrgrupp',
        'forum',
        'dialog',
        'tillsyn',
        'kunskap',
        'momentum',
        'revision',
        'tjanster',
        'forklaring',
      ],
    ],
    [Role.FORUM_COORDINATOR, ['oversikt', 'forum', 'tillsyn', 'kunskap', 'momentum']],
    [Role.KNOWLEDGE_GROUP, ['oversikt', 'forum', 'tillsyn', 'kunskap', 'momentum']],
    [Role.FK_CASEWORKER, ['oversikt', 'tillsyn', 'kunskap', 'impulser']],
    [Role.COLLABORATION_OFFICER, ['oversikt', 'dialog', 'tillsyn', 'kunskap', 'tips']],
    [Role.AV_INSPECTOR, ['oversikt', 'dialog', 'tillsyn', 'kunskap', 'tips']],
    [
      Role.AUDITOR,
      [
        'oversikt',
        'tidslinje',
        'forum',
        'tillsyn',
        'kunskap',
        'tips',
        'revision',
        'dataskydd',
        'tjanster',
        'forklaring',
      ],
    ],
    [Role.DATA_PROTECTION_OFFICER, ['oversikt', 'dataskydd', 'tjanster']],
    [Role.DASHBOARD, ['oversikt']],
  ])('shows %s the desks %j', async (role, desks) => {
    expect(await desksOf(role)).toEqual(desks);
  });

  it('shows the steering group desk to the roles that may adopt a plan, and to no other', async () => {
    for (const role of ALL_ROLES) {
      const operations = await operationsOf(role);
      expect((await desksOf(role)).includes('styrgrupp')).toBe(operations.includes('Mutation.adoptCollaborationPlan'));
    }
  });

  it('shows the dialogue desk to the roles that may plan a dialogue meeting, and to no other', async () => {
    for (const role of ALL_ROLES) {
      const operations = await operationsOf(role);
      expect((await desksOf(role)).includes('dialog')).toBe(operations.includes('Mutation.planDialogueMeeting'));
    }
  });

  it('shows the supervision desk to every role that may send one of its commands, and never to DASHBOARD', async () => {
    const commands = [...commandsByDesk().get('tillsyn')!].map((mutation) => `Mutation.${mutation}`);
    expect(commands).toHaveLength(12);
    for (const role of ALL_ROLES) {
      const operations = await operationsOf(role);
      if (commands.some((command) => operations.includes(command)))
        expect([role, await desksOf(role)]).toEqual([role, expect.arrayContaining(['tillsyn'])]);
    }
    expect(await desksOf(Role.DASHBOARD)).not.toContain('tillsyn');
  });

  it('shows the knowledge desk to every role that reads knowledge items, and Momentum to those who plan its activities', async () => {
    for (const role of ALL_ROLES) {
      const operations = await operationsOf(role);
      const desks = await desksOf(role);
      expect({ role, kunskap: desks.includes('kunskap') }).toEqual({
        role,
        kunskap: operations.includes('Query.knowledgeItems'),
      });
      expect({ role, momentum: desks.includes('momentum') }).toEqual({
        role,
        momentum: operations.includes('Mutation.planProjectActivity'),
      });
    }
  });
});
