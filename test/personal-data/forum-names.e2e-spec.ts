import { useTestApp } from '../support/test-app';
import {
  ADD_REPRESENTATIVE,
  AGREE_ACTION,
  useForumCoordinators,
  employers,
  heldSeminar,
  plannedSeminar,
  RECORD_ATTENDANCE,
  vastWithMembers,
} from '../support/forum-fixtures';
import { expectEachRefusedWithoutNames, expectRefusedWithoutNames, namesMarked } from '../support/named-people';

const SG = 'STEERING_GROUP';

/**
 * Issue 20: the people a forum request names reach the person directory only with the event that
 * refers to them. Each refusal (domain rule, another forum's coordinator, a stale revision, a
 * validation error) leaves no name behind; a success leaves exactly the names it gave.
 */
describe('Names in forum requests', () => {
  const t = useTestApp();
  const coordinator = useForumCoordinators(t);
  let heldId: string;
  let plannedId: string;
  beforeAll(async () => {
    await vastWithMembers(t.gql, SG, coordinator.vast, [employers.volvo]);
    heldId = await heldSeminar(t.gql, coordinator.vast, 'Forum 2025-02-05', '2025-02-05', 'Genomfört');
    plannedId = await plannedSeminar(t.gql, coordinator.vast, 'Forum 2025-04-09', '2025-04-09');
  });

  describe('addForumRepresentative', () => {
    const input = (name: string, extra: Record<string, unknown> = {}) => ({
      input: {
        forumId: 'vast',
        organisationNumber: employers.volvo.organisationNumber,
        name,
        email: 'hr@example.se',
        role: 'HR',
        ...extra,
      },
    });

    it('leaves no name when a rule, another forum’s coordinator, a stale revision or validation refuses it', async () => {
      await expectEachRefusedWithoutNames(t, ADD_REPRESENTATIVE, 'Repvägrad', [
        [
          coordinator.vast,
          input('Rut Repvägrad', { organisationNumber: employers.bank.organisationNumber }),
          'NOT_A_MEMBER',
        ],
        [coordinator.syd, input('Rut Repvägrad'), 'FORBIDDEN'],
        ['AUDITOR', input('Rut Repvägrad'), 'FORBIDDEN'],
        [coordinator.vast, input('Rut Repvägrad', { expectedRevision: 0 }), 'CONFLICT'],
        [coordinator.vast, input('Rut Repvägrad', { role: 'CEO' }), 'BAD_USER_INPUT'],
      ]);
    });

    it('names exactly the representative once the request succeeds', async () => {
      const added = await t.gql(coordinator.vast, ADD_REPRESENTATIVE, input('Hanna Repgodkänd'));
      expect(added.errors).toBeUndefined();
      expect(namesMarked(t, 'Repgodkänd')).toEqual(['Hanna Repgodkänd']);
    });
  });

  describe('recordForumMeetingAttendance', () => {
    const input = (meetingId: string, names: string[], extra: Record<string, unknown> = {}) => ({
      input: {
        meetingId,
        members: [{ organisationNumber: employers.volvo.organisationNumber, managers: 1, hr: 1, other: 0 }],
        guests: names.map((name) => ({ name, organisation: 'Folkhälsomyndigheten' })),
        ...extra,
      },
    });

    it('leaves no guest’s name when a rule, another forum’s coordinator, a stale revision or validation refuses it', async () => {
      const stranger = input(heldId, ['Gun Gästvägrad']);
      stranger.input.members.push({
        organisationNumber: employers.bank.organisationNumber,
        managers: 1,
        hr: 0,
        other: 0,
      });
      await expectEachRefusedWithoutNames(t, RECORD_ATTENDANCE, 'Gästvägrad', [
        [coordinator.vast, input(plannedId, ['Gun Gästvägrad']), 'ATTENDANCE_BEFORE_HELD'],
        [coordinator.vast, stranger, 'ATTENDEE_NOT_A_MEMBER'],
        [coordinator.syd, input(heldId, ['Gun Gästvägrad']), 'FORBIDDEN'],
        [coordinator.vast, input(heldId, ['Gun Gästvägrad'], { expectedRevision: 0 }), 'CONFLICT'],
        [coordinator.vast, input(heldId, ['Gun Gästvägrad', '']), 'BAD_USER_INPUT'],
      ]);
    });

    it('names exactly the guests once the attendance is recorded', async () => {
      const recorded = await t.gql(
        coordinator.vast,
        RECORD_ATTENDANCE,
        input(heldId, ['Ada Gästgodkänd', 'Bo Gästgodkänd']),
      );
      expect(recorded.errors).toBeUndefined();
      expect(namesMarked(t, 'Gästgodkänd')).toEqual(['Ada Gästgodkänd', 'Bo Gästgodkänd']);
    });
  });

  describe('agreeJointAction', () => {
    const input = (meetingId: string, name: string, extra: Record<string, unknown> = {}) => ({
      input: {
        meetingId,
        title: 'Checklista',
        description: 'Ta fram en checklista',
        owner: { organisation: 'FK', name },
        dueDate: '2025-06-30',
        reason: 'Enighet',
        ...extra,
      },
    });

    it('leaves no owner’s name when a rule, another forum’s coordinator, a personal identity number or validation refuses it', async () => {
      await expectEachRefusedWithoutNames(t, AGREE_ACTION, 'Ägarvägrad', [
        [coordinator.vast, input(plannedId, 'Olle Ägarvägrad'), 'JOINT_ACTION_NEEDS_HELD_MEETING'],
        [coordinator.vast, input(heldId, 'Olle Ägarvägrad', { dueDate: '2025-01-31' }), 'DUE_BEFORE_MEETING'],
        [coordinator.syd, input(heldId, 'Olle Ägarvägrad'), 'FORBIDDEN'],
      ]);
      const pin = await t.gql(
        coordinator.vast,
        AGREE_ACTION,
        input(heldId, 'Olle Ägarvägrad', { description: 'Gäller 811218-9876' }),
      );
      expect(pin.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|DOMAIN_RULE_VIOLATION/);
      expect(namesMarked(t, 'Ägarvägrad')).toEqual([]);
      await expectRefusedWithoutNames(
        t,
        t.gql(coordinator.vast, AGREE_ACTION, input(heldId, 'Olle Ägarvägrad', { dueDate: '30 juni' })),
        'BAD_USER_INPUT',
        'Ägarvägrad',
      );
    });

    it('leaves no owner’s name on a stale revision of a retried agreement', async () => {
      // A new joint action's stream must not exist yet: -1 is the only revision it accepts.
      await expectRefusedWithoutNames(
        t,
        t.gql(coordinator.vast, AGREE_ACTION, input(heldId, 'Olle Ägarvägrad', { expectedRevision: 0 })),
        'CONFLICT',
        'Ägarvägrad',
      );
    });

    it('names exactly the owner once the action is agreed', async () => {
      const agreed = await t.gql(coordinator.vast, AGREE_ACTION, input(heldId, 'Monica Ägargodkänd'));
      expect(agreed.errors).toBeUndefined();
      expect(namesMarked(t, 'Ägargodkänd')).toEqual(['Monica Ägargodkänd']);
    });
  });
});
