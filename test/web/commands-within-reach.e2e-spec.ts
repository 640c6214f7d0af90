import { ALL_ROLES, Role } from '@samverkan/auth';
import { accessMatrix, OperationAccess } from '../../apps/api/src/security/access-matrix';
import { desksFor } from '../../apps/web/src/app/desk-access';
import { OUTSIDE_THE_APP } from '../../apps/web/src/app/outside-the-app';
import { useTestApp } from '../support/test-app';
import { commandsByDesk, deskEntries, sendersOutsideKit } from '../support/web-commands';

/**
 * Issue 24, point 9: every command the server lets a role send has a form on a desk that role can
 * open, and no form is offered where the server would refuse (the kit offers a command only to
 * roles whose operations include it, so every send must go through the kit).
 */
describe('Every command within reach of the roles that may send it', () => {
  const t = useTestApp();
  let matrix: OperationAccess[];
  let byDesk: Map<string, Set<string>>;
  const rowOf = (role: Role) => matrix.filter((o) => o.roles.includes(role)).map((o) => `${o.kind}.${o.name}`);
  beforeAll(() => {
    matrix = accessMatrix(t.app);
    byDesk = commandsByDesk();
  });

  it('reads the desks and their commands from the source (the steering desk adopts plans)', () => {
    expect([...deskEntries().keys()]).toEqual(expect.arrayContaining(['oversikt', 'tidslinje', 'styrgrupp']));
    expect([...byDesk.get('styrgrupp')!]).toEqual(
      expect.arrayContaining(['draftCollaborationPlan', 'adoptCollaborationPlan', 'amendCollaborationPlan']),
    );
  });

  it('sends commands only through the form kit, which offers a form only to roles that may send it', () => {
    expect(sendersOutsideKit()).toEqual([]);
  });

  it.each(ALL_ROLES)('offers %s a form for every command its role may send', (role) => {
    const row = rowOf(role);
    const reachable = new Set(desksFor(row).flatMap((desk) => [...(byDesk.get(desk) ?? [])]));
    const missing = row
      .filter((op) => op.startsWith('Mutation.'))
      .map((op) => op.slice('Mutation.'.length))
      .filter((mutation) => !reachable.has(mutation) && !(mutation in OUTSIDE_THE_APP));
    expect(missing).toEqual([]);
  });

  it('lists as outside the app only commands the server has, each with its reason', () => {
    const mutations = new Set(matrix.filter((o) => o.kind === 'Mutation').map((o) => o.name));
    for (const [mutation, reason] of Object.entries(OUTSIDE_THE_APP)) {
      expect(mutations.has(mutation)).toBe(true);
      expect(reason.trim().length).toBeGreaterThan(10);
    }
  });

  it('has no desk whose forms send a command unknown to the server', () => {
    const mutations = new Set(matrix.filter((o) => o.kind === 'Mutation').map((o) => o.name));
    const unknown = [...byDesk.values()].flatMap((set) => [...set]).filter((m) => !mutations.has(m));
    expect(unknown).toEqual([]);
  });
});
