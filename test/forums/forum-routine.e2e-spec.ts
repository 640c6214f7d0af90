import { refusalOf, useTestApp } from '../support/test-app';
import {
  ACTION_PROGRESS,
  ADD_REPRESENTATIVE,
  ADMIT,
  AGREE_ACTION,
  CANCEL_MEETING,
  CHANGE_CAPACITY,
  COMPLETE_ACTION,
  useForumCoordinators,
  DROP_ACTION,
  employers,
  ESTABLISH,
  HOLD_MEETING,
  PLAN_MEETING,
  RECORD_ATTENDANCE,
  RESIGN,
} from '../support/forum-fixtures';
import { decisionsOf, expectCancelled } from '../support/decisions';

const SG = 'STEERING_GROUP';

/**
 * A forum's year as its coordinator and the steering group live it: founding, members, a meeting
 * planned, held and attended, joint actions agreed and followed, and the cadence figure.
 */
describe('Regional forums', () => {
  const t = useTestApp();
  const coordinator = useForumCoordinators(t);
  let meetingId: string;

  /** A request to agree a joint action at the meeting; `vast`'s coordinator sends it unless told another. */
  const agree = (title: string, dueDate: string, extra: Record<string, unknown> = {}, sender = coordinator.vast) =>
    t.gql(sender, AGREE_ACTION, {
      input: {
        meetingId,
        title,
        description: `${title}: underlag till ledningsgrupperna`,
        owner: { organisation: 'FK', name: 'Monica Projektledare' },
        dueDate,
        reason: 'Enighet på forumet',
        ...extra,
      },
    });

  it('lets the steering group found forums, with 25 seats unless it decides otherwise', async () => {
    const founded = await t.gql(SG, ESTABLISH, {
      input: { forumId: 'vast', name: 'Forum Väst', region: 'Västra Götaland', establishedOn: '2024-09-01' },
    });
    expect(founded.errors).toBeUndefined();
    expect(founded.data.establishForum.forum).toMatchObject({
      id: 'vast',
      capacity: 25,
      memberCount: 0,
      seatsLeft: 25,
    });
    expect(
      (
        await t.gql(SG, ESTABLISH, {
          input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne', capacity: 20, establishedOn: '2024-09-01' },
        })
      ).errors,
    ).toBeUndefined();

    const unknownRegion = await t.gql(SG, ESTABLISH, {
      input: { forumId: 'mars', name: 'Forum Mars', region: 'Mars' },
    });
    expect(unknownRegion.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'region' }],
    });
    expect(
      refusalOf(
        await t.gql(coordinator.vast, ESTABLISH, {
          input: { forumId: 'norr', name: 'Forum Norr', region: 'Norrbotten' },
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(refusalOf(await t.gql(SG, ESTABLISH, { input: { forumId: 'vast', name: 'Igen', region: 'Skåne' } }))).toBe(
      'FORUM_ALREADY_ESTABLISHED',
    );
  });

  it('admits members up to the capacity, once each, and only by the forum’s own coordinator', async () => {
    const shrunk = await t.gql(SG, CHANGE_CAPACITY, {
      input: { forumId: 'vast', capacity: 3, reason: 'Beslut i styrgruppen: mindre grupp första året' },
    });
    expect(shrunk.data.changeForumCapacity.forum.capacity).toBe(3);

    for (const employer of [employers.sahlgrenska, employers.volvo, employers.kommun]) {
      const admitted = await t.gql(coordinator.vast, ADMIT, {
        input: { forumId: 'vast', employer, joinedOn: '2024-09-15' },
      });
      expect(admitted.errors).toBeUndefined();
    }
    const full = await t.gql(coordinator.vast, ADMIT, { input: { forumId: 'vast', employer: employers.bank } });
    expect(full.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'FORUM_AT_CAPACITY' });
    expect(
      refusalOf(
        await t.gql(coordinator.vast, ADMIT, {
          input: { forumId: 'vast', employer: { ...employers.volvo, organisationNumber: '5560743089' } },
        }),
      ),
    ).toBe('ALREADY_A_MEMBER');

    const badNumber = await t.gql(coordinator.vast, ADMIT, {
      input: { forumId: 'vast', employer: { ...employers.bank, organisationNumber: '502032-9082' } },
    });
    expect(badNumber.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(badNumber.errors?.[0].extensions?.fields)).toMatch(/organisationNumber/);

    const otherCoordinator = await t.gql(coordinator.syd, ADMIT, {
      input: { forumId: 'vast', employer: employers.bank },
    });
    expect(otherCoordinator.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusalOf(await t.gql('AUDITOR', ADMIT, { input: { forumId: 'vast', employer: employers.bank } }))).toBe(
      'FORBIDDEN',
    );

    const left = await t.gql(coordinator.vast, RESIGN, {
      input: {
        forumId: 'vast',
        organisationNumber: employers.kommun.organisationNumber,
        reason: 'Omorganisation, återkommer HT',
      },
    });
    expect(left.data.resignForumMember.forum).toMatchObject({
      memberCount: 2,
      seatsLeft: 1,
      formerMembers: [{ name: 'Göteborgs Stad', reason: 'Omorganisation, återkommer HT' }],
    });
    expect(
      (await t.gql(coordinator.vast, ADMIT, { input: { forumId: 'vast', employer: employers.kommun } })).errors,
    ).toBeUndefined();
  });

  it('keeps representatives’ names in the person directory, never in events', async () => {
    const added = await t.gql(coordinator.vast, ADD_REPRESENTATIVE, {
      input: {
        forumId: 'vast',
        organisationNumber: employers.volvo.organisationNumber,
        name: 'Hanna HR-chef',
        role: 'HR',
      },
    });
    expect(added.errors).toBeUndefined();
    const volvo = added.data.addForumRepresentative.forum.members.find((m: any) => m.name === 'Lastvagnar Väst AB');
    expect(volvo.representatives).toEqual([
      { personId: expect.stringMatching(/^person-/), name: 'Hanna HR-chef', role: 'HR' },
    ]);
    const history = await t.gql(
      'AUDITOR',
      `{ timeline(filter: { stream: "forum-vast" }) { edges { node { type data actor { id } } } } }`,
    );
    expect(JSON.stringify(history.data.timeline.edges)).not.toMatch(/Hanna/);
    expect(history.data.timeline.edges.map((e: any) => e.node.type)).toContain('RepresentativeAdded');
  });

  it('plans a meeting inside its term, and records attendance only once it was held, for members and named guests', async () => {
    const agenda = [
      { topic: 'Från nyhet till vardagsnytta: implementering', speakerOrganisation: 'Folkhälsomyndigheten' },
    ];
    const outside = await t.gql(coordinator.vast, PLAN_MEETING, {
      input: {
        forumId: 'vast',
        title: 'Forum VT',
        format: 'SEMINAR',
        term: 'VT',
        year: 2025,
        date: '2025-08-20',
        agenda,
      },
    });
    expect(refusalOf(outside)).toBe('MEETING_OUTSIDE_TERM');

    const planned = await t.gql(coordinator.vast, PLAN_MEETING, {
      input: {
        forumId: 'vast',
        title: 'Implementering med kvalitet',
        format: 'SEMINAR',
        term: 'VT',
        year: 2025,
        date: '2025-02-05',
        agenda,
      },
    });
    expect(planned.errors).toBeUndefined();
    meetingId = planned.data.planForumMeeting.meeting.id;
    expect(planned.data.planForumMeeting.meeting).toMatchObject({ status: 'PLANNED', term: 'VT', agenda });

    const attendance = {
      meetingId,
      members: [{ organisationNumber: employers.sahlgrenska.organisationNumber, managers: 3, hr: 2, other: 0 }],
      guests: [],
    };
    expect(refusalOf(await t.gql(coordinator.vast, RECORD_ATTENDANCE, { input: attendance }))).toBe(
      'ATTENDANCE_BEFORE_HELD',
    );
    expect(refusalOf(await agree('Gemensam checklista', '2025-06-30'))).toBe('JOINT_ACTION_NEEDS_HELD_MEETING');
    expect(
      refusalOf(
        await t.gql(coordinator.syd, HOLD_MEETING, { input: { meetingId, heldOn: '2025-02-05', minutes: 'x' } }),
      ),
    ).toBe('FORBIDDEN');

    const held = await t.gql(coordinator.vast, HOLD_MEETING, {
      input: { meetingId, heldOn: '2025-02-05', minutes: 'Folkhälsomyndigheten presenterade sin checklista.' },
    });
    expect(held.data.holdForumMeeting.meeting).toMatchObject({ status: 'HELD', heldOn: '2025-02-05' });

    /** The attendance with one more organisation present, and the guests given. */
    const withAlso = (member: Record<string, unknown>, guests: Record<string, string>[] = []) => ({
      input: { ...attendance, members: [...attendance.members, member], guests },
    });
    const stranger = await t.gql(
      coordinator.vast,
      RECORD_ATTENDANCE,
      withAlso({ organisationNumber: employers.bank.organisationNumber, managers: 1, hr: 0, other: 0 }),
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({ rule: 'ATTENDEE_NOT_A_MEMBER' });

    const recorded = await t.gql(
      coordinator.vast,
      RECORD_ATTENDANCE,
      withAlso({ organisationNumber: employers.volvo.organisationNumber, managers: 1, hr: 1, other: 1 }, [
        { name: 'Gästtalare från FoHM', organisation: 'Folkhälsomyndigheten' },
      ]),
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordForumMeetingAttendance.meeting.attendance).toMatchObject({
      organisations: 2,
      participants: { managers: 4, hr: 3, other: 1, guests: 1, total: 9 },
      guests: [{ name: 'Gästtalare från FoHM', organisation: 'Folkhälsomyndigheten' }],
    });
  });

  it('agrees joint actions at the held meeting (a decision) and follows them to done or dropped', async () => {
    const checklist = await agree('Checklista för implementering', '2025-06-30', {
      planActivity: { year: 2025, activityId: 'komm-2025' },
    });
    expect(checklist.data.agreeJointAction.jointAction).toMatchObject({
      forumId: 'vast',
      status: 'AGREED',
      agreedReason: 'Enighet på forumet',
      owner: { organisation: 'FK', name: 'Monica Projektledare' },
      planActivity: { year: 2025, activityId: 'komm-2025' },
    });
    const checklistId = checklist.data.agreeJointAction.jointAction.id;
    expect(refusalOf(await agree('För tidigt', '2025-01-31'))).toBe('DUE_BEFORE_MEETING');
    expect(refusalOf(await agree('Fel forum', '2025-06-30', {}, coordinator.syd))).toBe('FORBIDDEN');

    expect(
      (
        await t.gql(coordinator.vast, ACTION_PROGRESS, {
          input: { jointActionId: checklistId, note: 'Utkast skickat till medlemmarna', recordedOn: '2025-03-10' },
        })
      ).data.recordJointActionProgress.jointAction.status,
    ).toBe('IN_PROGRESS');
    const done = await t.gql(coordinator.vast, COMPLETE_ACTION, {
      input: { jointActionId: checklistId, doneOn: '2025-05-20' },
    });
    expect(done.data.completeJointAction.jointAction).toMatchObject({
      status: 'DONE',
      overdue: false,
      doneOn: '2025-05-20',
    });

    const study = (await agree('Studiebesök hos medlem', '2025-04-30')).data.agreeJointAction.jointAction;
    expect(study.overdue).toBe(true);
    const overdue = await t.gql(
      SG,
      `{ jointActions(filter: { forumId: "vast", overdue: true }) { edges { node { id title } } } }`,
    );
    expect(overdue.data.jointActions.edges.map((e: any) => e.node.id)).toEqual([study.id]);

    const noReason = await t.gql(coordinator.vast, DROP_ACTION, { input: { jointActionId: study.id, reason: ' ' } });
    expect(noReason.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|DOMAIN_RULE_VIOLATION/);
    const dropped = await t.gql(coordinator.vast, DROP_ACTION, {
      input: { jointActionId: study.id, droppedOn: '2025-05-02', reason: 'Medlemmen kunde inte ta emot besök' },
    });
    expect(dropped.data.dropJointAction.jointAction).toMatchObject({
      status: 'DROPPED',
      dropReason: 'Medlemmen kunde inte ta emot besök',
      overdue: false,
    });
    expect(
      refusalOf(await t.gql(coordinator.vast, ACTION_PROGRESS, { input: { jointActionId: study.id, note: 'x' } })),
    ).toBe('JOINT_ACTION_CLOSED');

    const byStatus = await t.gql('AUDITOR', `{ jointActions(filter: { status: DONE }) { edges { node { title } } } }`);
    expect(byStatus.data.jointActions.edges).toEqual([{ node: { title: 'Checklista för implementering' } }]);
  });

  it('cancels a planned meeting as a decision, and shows every step in the timeline with actor and reason', async () => {
    const planned = await t.gql(coordinator.vast, PLAN_MEETING, {
      input: {
        forumId: 'vast',
        title: 'OSA med Arbetsmiljöverket',
        format: 'WORKSHOP',
        term: 'VT',
        year: 2025,
        date: '2025-05-14',
        agenda: [{ topic: 'Utmaningar i arbetet med OSA', speakerOrganisation: 'Arbetsmiljöverket' }],
      },
    });
    const id = planned.data.planForumMeeting.meeting.id;
    const reason = 'Talaren fick förhinder; flyttas till HT';
    await expectCancelled(
      t,
      coordinator.vast,
      CANCEL_MEETING,
      { meetingId: id },
      reason,
      (d) => d.cancelForumMeeting.meeting,
    );
    expect(
      refusalOf(
        await t.gql(coordinator.vast, HOLD_MEETING, { input: { meetingId: id, heldOn: '2025-05-14', minutes: 'x' } }),
      ),
    ).toBe('MEETING_NOT_PLANNED');

    const history = await t.gql(
      'AUDITOR',
      `query($id: String!) { entityHistory(stream: $id) { edges { node { type kind reason summary actor { id organisation role } } } } }`,
      { id: `forumMeeting-${id}` },
    );
    expect(history.errors).toBeUndefined();
    expect(history.data.entityHistory.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        type: 'MeetingPlanned',
        kind: 'action',
        actor: expect.objectContaining({ id: 'coord-vast', role: 'FORUM_COORDINATOR' }),
      }),
      expect.objectContaining({
        type: 'MeetingCancelled',
        kind: 'decision',
        reason: 'Talaren fick förhinder; flyttas till HT',
      }),
    ]);
    expect((await decisionsOf(t, 'forums')).map((d) => d.type)).toEqual(
      expect.arrayContaining([
        'ForumCapacityChanged',
        'MemberResigned',
        'JointActionAgreed',
        'JointActionDropped',
        'MeetingCancelled',
      ]),
    );
  });

  it('reads the cadence: meetings held per forum and term against the two expected, and who came', async () => {
    const cadence = await t.gql(
      'STEERING_GROUP',
      `{ forumCadence(year: 2025) { year forums { forumId terms { term held expected planned cancelled onTrack
      attendance { organisations { value } participants { total { value } guests { value } } }
      meetings { title status organisations { value } participants { total { value } } } } } } }`,
    );
    expect(cadence.errors).toBeUndefined();
    const byForum = Object.fromEntries(cadence.data.forumCadence.forums.map((f: any) => [f.forumId, f.terms]));
    expect(byForum.vast[0]).toMatchObject({
      term: 'VT',
      held: 1,
      expected: 2,
      planned: 0,
      cancelled: 1,
      onTrack: false,
      attendance: { organisations: { value: 2 }, participants: { total: { value: 9 }, guests: { value: 1 } } },
    });
    expect(byForum.vast[1]).toMatchObject({ term: 'HT', held: 0, meetings: [] });
    expect(byForum.syd.map((term: any) => term.held)).toEqual([0, 0]);
    // The dashboard sees the meetings held, but not attendance as small as this (a forum is a region).
    const cell = '{ value suppressed display }';
    const dashboard = await t.gql(
      'DASHBOARD',
      `{ forumCadence(year: 2025) { suppressed forums { forumId terms { held
      attendance { organisations ${cell} participants { total ${cell} guests ${cell} } } meetings { organisations ${cell} } } } } }`,
    );
    expect(dashboard.data.forumCadence.suppressed).toBe(true);
    const vt = dashboard.data.forumCadence.forums.find((f: any) => f.forumId === 'vast').terms[0];
    const small = { value: null, suppressed: true, display: 'färre än 5' };
    expect(vt).toMatchObject({ held: 1, attendance: { organisations: small, participants: { guests: small } } });
    expect([9, null]).toContain(vt.attendance.participants.total.value); // hidden only if the roles would give a small one away
    // Per meeting the dashboard reads no counts at all.
    expect(vt.meetings.map((m: any) => m.organisations)).toEqual(
      vt.meetings.map(() => ({ value: null, suppressed: true, display: 'ej redovisad' })),
    );
    expect(refusalOf(await t.gql('FK_CASEWORKER', '{ forums { id } }'))).toBe('FORBIDDEN');
  });

  it("lists in a year's cadence the forums established by its end, not those founded after it", async () => {
    const thisYear = new Date().getFullYear();
    const founded = await t.gql(SG, ESTABLISH, {
      input: { forumId: 'norr', name: 'Forum Norr', region: 'Norrbotten', establishedOn: `${thisYear}-01-01` },
    });
    expect(founded.errors).toBeUndefined();
    const forumsOf = async (year: number) => {
      const res = await t.gql(SG, `{ forumCadence(year: ${year}) { forums { forumId } } }`);
      expect(res.errors).toBeUndefined();
      return res.data.forumCadence.forums.map((f: any) => f.forumId).sort();
    };
    expect(await forumsOf(thisYear - 1)).toEqual(['syd', 'vast']);
    expect(await forumsOf(thisYear)).toEqual(['norr', 'syd', 'vast']);
    expect(await forumsOf(2023)).toEqual([]);
  });
});
