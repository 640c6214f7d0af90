import { Role, TokenService } from '@samverkan/auth';
import { refusalOf, useTestApp } from '../support/test-app';
import { coordinatorToken, ESTABLISH, HOLD_MEETING, PLAN_MEETING } from '../support/forum-fixtures';
import { commandMutation } from '../support/command-mutation';
import { decisionsOf } from '../support/decisions';

const GROUP = `id hostCode members { code name active host periods { joinedOn leftOn reason } }
  meetings { id term year date status heldOn present } terms { year term held expected }`;
const ITEM = `id kind title sourceOrganisation link topics proposedBy status publishedOn retireReason
  reviews { meetingId verdict reason } presentations { forumId forumName forumMeetingId meetingTitle presentedOn }`;
const FOUND = commandMutation('foundKnowledgeGroup', 'FoundKnowledgeGroupInput', `group { ${GROUP} }`);
const ADMIT = commandMutation('admitGroupMember', 'AdmitGroupMemberInput', `group { ${GROUP} }`);
const REMOVE = commandMutation('removeGroupMember', 'RemoveGroupMemberInput', `group { ${GROUP} }`);
const PLAN = commandMutation('planGroupMeeting', 'PlanGroupMeetingInput', `group { ${GROUP} }`);
const HOLD = commandMutation('holdGroupMeeting', 'HoldGroupMeetingInput', `group { ${GROUP} }`);
const PROPOSE = commandMutation('proposeKnowledgeItem', 'ProposeKnowledgeItemInput', `item { ${ITEM} }`);
const REVIEW = commandMutation('reviewKnowledgeItem', 'ReviewKnowledgeItemInput', `item { ${ITEM} }`);
const PUBLISH = commandMutation('publishKnowledgeItem', 'PublishKnowledgeItemInput', `item { ${ITEM} }`);
const RETIRE = commandMutation('retireKnowledgeItem', 'RetireKnowledgeItemInput', `item { ${ITEM} }`);
const PRESENT = commandMutation('recordKnowledgePresentation', 'RecordKnowledgePresentationInput', `item { ${ITEM} }`);

const KG = 'KNOWLEDGE_GROUP';
const checklist = {
  kind: 'TOOL',
  title: 'Checklista för implementering med kvalitet',
  sourceOrganisation: 'Folkhälsomyndigheten',
  link: 'https://www.folkhalsomyndigheten.se/publikationer-och-material/',
  topics: ['implementering', 'ledning'],
  proposedOn: '2024-10-01',
};

/** The national knowledge group: members over time, meetings, and an item from proposal to retirement. */
describe('The national knowledge group', () => {
  const t = useTestApp();
  let meetingId: string;
  let itemId: string;
  let forumMeetingId: string;
  const memberToken = (org: string) =>
    t.app.get(TokenService).sign(`kg-${org.toLowerCase()}`, Role.KNOWLEDGE_GROUP, org);

  it('is founded by the steering group, hosted by FK, and admits the member organisations', async () => {
    const founded = await t.gql('STEERING_GROUP', FOUND, {
      input: { host: { code: 'FK', name: 'Försäkringskassan' }, foundedOn: '2024-09-01' },
    });
    expect(founded.errors).toBeUndefined();
    for (const [code, name] of [
      ['AV', 'Arbetsmiljöverket'],
      ['FHM', 'Folkhälsomyndigheten'],
      ['MYNAK', 'Myndigheten för arbetsmiljökunskap'],
      ['SOS', 'Socialstyrelsen'],
      ['SFH', 'Sveriges Företagshälsor'],
    ]) {
      const admitted = await t.gql(KG, ADMIT, { input: { member: { code, name }, joinedOn: '2024-09-01' } });
      expect(admitted.errors).toBeUndefined();
    }
    expect(refusalOf(await t.gql('FK_CASEWORKER', ADMIT, { input: { member: { code: 'XYZ', name: 'X' } } }))).toBe(
      'FORBIDDEN',
    );
    expect(refusalOf(await t.gql(KG, ADMIT, { input: { member: { code: 'AV', name: 'Arbetsmiljöverket' } } }))).toBe(
      'ALREADY_A_MEMBER',
    );
  });

  it('lets only members propose, and keeps members over time', async () => {
    const outsider = await t.gql(await memberToken('XYZ'), PROPOSE, { input: checklist });
    expect(outsider.errors?.[0].extensions).toMatchObject({ rule: 'ONLY_MEMBERS_PROPOSE' });

    const removed = await t.gql(KG, REMOVE, {
      input: { code: 'SOS', leftOn: '2025-06-30', reason: 'Deltar i stället via regeringsuppdraget' },
    });
    const sos = removed.data.removeGroupMember.group.members.find((x: any) => x.code === 'SOS');
    expect(sos).toMatchObject({
      active: false,
      periods: [{ joinedOn: '2024-09-01', leftOn: '2025-06-30', reason: 'Deltar i stället via regeringsuppdraget' }],
    });
    expect(refusalOf(await t.gql(await memberToken('SOS'), PROPOSE, { input: checklist }))).toBe(
      'ONLY_MEMBERS_PROPOSE',
    );
    expect(refusalOf(await t.gql(KG, REMOVE, { input: { code: 'FK', reason: 'x' } }))).toBe('HOST_CANNOT_LEAVE');

    const proposed = await t.gql(KG, PROPOSE, { input: checklist });
    expect(proposed.data.proposeKnowledgeItem.item).toMatchObject({
      status: 'PROPOSED',
      proposedBy: 'FHM',
      topics: ['implementering', 'ledning'],
    });
    itemId = proposed.data.proposeKnowledgeItem.item.id;
  });

  it('reviews an item only at a held meeting of the group, citing it, and publishes only after review', async () => {
    expect(refusalOf(await t.gql(KG, PLAN, { input: { term: 'HT', year: 2024, date: '2024-06-01' } }))).toBe(
      'MEETING_OUTSIDE_TERM',
    );
    const planned = await t.gql(KG, PLAN, {
      input: { term: 'HT', year: 2024, date: '2024-10-15', agenda: ['Implementeringsstöd'] },
    });
    meetingId = planned.data.planGroupMeeting.group.meetings[0].id;

    const review = { itemId, meetingId, verdict: 'APPROVED', note: 'Relevant för forumen', reason: 'Gruppen är enig' };
    expect(refusalOf(await t.gql(KG, REVIEW, { input: review }))).toBe('REVIEW_NEEDS_HELD_MEETING');
    expect(refusalOf(await t.gql(KG, PUBLISH, { input: { itemId } }))).toBe('NOT_REVIEWED');
    expect(
      refusalOf(await t.gql(KG, HOLD, { input: { meetingId, heldOn: '2024-10-15', present: ['FK', 'XYZ'] } })),
    ).toBe('PRESENT_NOT_A_MEMBER');
    const held = await t.gql(KG, HOLD, { input: { meetingId, heldOn: '2024-10-15', present: ['FK', 'FHM', 'AV'] } });
    expect(held.data.holdGroupMeeting.group.terms).toEqual([{ year: 2024, term: 'HT', held: 1, expected: 2 }]);

    const reviewed = await t.gql(KG, REVIEW, { input: review });
    expect(reviewed.data.reviewKnowledgeItem.item).toMatchObject({
      status: 'REVIEWED',
      reviews: [{ meetingId, verdict: 'APPROVED', reason: 'Gruppen är enig' }],
    });
    const published = await t.gql(KG, PUBLISH, { input: { itemId, publishedOn: '2024-11-01' } });
    expect(published.data.publishKnowledgeItem.item).toMatchObject({ status: 'PUBLISHED', publishedOn: '2024-11-01' });
  });

  it('records where a published item was presented, at held forum meetings, and shows its reach', async () => {
    const syd = await coordinatorToken(t, 'coord-syd', ['syd']);
    const vast = await coordinatorToken(t, 'coord-vast', ['vast']);
    await t.gql('STEERING_GROUP', ESTABLISH, {
      input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne', establishedOn: '2024-09-01' },
    });
    const planned = await t.gql(syd, PLAN_MEETING, {
      input: {
        forumId: 'syd',
        title: 'Implementering med kvalitet',
        format: 'SEMINAR',
        term: 'VT',
        year: 2025,
        date: '2025-02-05',
        agenda: [{ topic: 'Från nyhet till vardagsnytta', speakerOrganisation: 'Folkhälsomyndigheten' }],
      },
    });
    forumMeetingId = planned.data.planForumMeeting.meeting.id;
    expect(refusalOf(await t.gql(KG, PRESENT, { input: { itemId, forumMeetingId } }))).toBe(
      'PRESENTATION_NEEDS_HELD_MEETING',
    );
    await t.gql(syd, HOLD_MEETING, {
      input: { meetingId: forumMeetingId, heldOn: '2025-02-05', minutes: 'Checklistan presenterades.' },
    });
    expect(refusalOf(await t.gql(vast, PRESENT, { input: { itemId, forumMeetingId } }))).toBe('FORBIDDEN');
    expect(refusalOf(await t.gql(KG, PRESENT, { input: { itemId, forumMeetingId: 'no-such-meeting' } }))).toBe(
      'FORUM_MEETING_NOT_FOUND',
    );

    const presented = await t.gql(syd, PRESENT, { input: { itemId, forumMeetingId } });
    expect(presented.data.recordKnowledgePresentation.item.presentations).toEqual([
      {
        forumId: 'syd',
        forumName: 'Forum Syd',
        forumMeetingId,
        meetingTitle: 'Implementering med kvalitet',
        presentedOn: '2025-02-05',
      },
    ]);
    const reach = await t.gql(
      'STEERING_GROUP',
      `{ knowledgeReach { itemId forums meetings item { title } presentations { forumName } } }`,
    );
    expect(reach.data.knowledgeReach).toEqual([
      { itemId, forums: 1, meetings: 1, item: { title: checklist.title }, presentations: [{ forumName: 'Forum Syd' }] },
    ]);
  });

  it('gives DASHBOARD the reach as counts only: the item, its presentations and meeting titles are refused however asked', async () => {
    const counts = await t.gql('DASHBOARD', '{ knowledgeReach { itemId kind forums meetings } }');
    expect(counts.errors).toBeUndefined();
    expect(counts.data.knowledgeReach).toEqual([{ itemId, kind: 'TOOL', forums: 1, meetings: 1 }]);
    const attempts = [
      '{ knowledgeReach { forums item { title link } } }',
      '{ knowledgeReach { forums item { reviews { note reason } } } }',
      '{ knowledgeReach { presentations { meetingTitle forumName } } }',
      '{ knowledgeReach { forums hidden: item { id } } }',
      '{ knowledgeReach { ...Reach } } fragment Reach on KnowledgeReachType { item { sourceOrganisation } }',
      '{ forumCadence(year: 2025) { forums { terms { meetings { meetingId title } } } } }',
    ];
    for (const query of attempts) {
      const res = await t.gql('DASHBOARD', query);
      expect({ query, codes: res.errors?.map((e: any) => e.extensions?.code) }).toEqual({
        query,
        codes: ['FORBIDDEN'],
      });
      expect(JSON.stringify(res)).not.toMatch(/Checklista|folkhalsomyndigheten\.se|Implementering med kvalitet/);
    }
    const cadence = await t.gql(
      'DASHBOARD',
      '{ forumCadence(year: 2025) { forums { terms { meetings { meetingId date status } } } } }',
    );
    expect(cadence.errors).toBeUndefined();
  });

  it("shows a presentation's meeting title only to roles that may read forum meetings; the forum's name is a label for all", async () => {
    const query = `query($id: String!) { knowledgeItem(id: $id) { presentations { forumId forumName forumMeetingId meetingTitle } } }`;
    for (const role of ['FK_CASEWORKER', 'COLLABORATION_OFFICER', 'AV_INSPECTOR']) {
      const res = await t.gql(role, query, { id: itemId });
      expect({ role, presentations: res.data.knowledgeItem.presentations }).toEqual({
        role,
        presentations: [{ forumId: 'syd', forumName: 'Forum Syd', forumMeetingId, meetingTitle: null }],
      });
    }
    const member = await t.gql(KG, query, { id: itemId });
    expect(member.data.knowledgeItem.presentations[0]).toMatchObject({
      forumName: 'Forum Syd',
      meetingTitle: 'Implementering med kvalitet',
    });
  });

  it('retires an item by decision; a retired item is not presented, and lists filter by topic, status and source', async () => {
    const retired = await t.gql(KG, RETIRE, {
      input: { itemId, retiredOn: '2026-05-01', reason: 'Ersatt av en ny version' },
    });
    expect(retired.data.retireKnowledgeItem.item).toMatchObject({
      status: 'RETIRED',
      retireReason: 'Ersatt av en ny version',
    });
    expect(refusalOf(await t.gql(KG, PRESENT, { input: { itemId, forumMeetingId } }))).toBe('ITEM_RETIRED');
    expect((await t.gql('AUDITOR', '{ knowledgeReach { item { id } } }')).data.knowledgeReach).toEqual([]);

    const list = async (filter: Record<string, unknown>) =>
      (
        await t.gql(
          'AUDITOR',
          `query($f: KnowledgeItemFilterInput) { knowledgeItems(filter: $f) { edges { node { id } } } }`,
          { f: filter },
        )
      ).data.knowledgeItems.edges.length;
    expect([
      await list({ topic: 'Implementering' }),
      await list({ status: 'RETIRED' }),
      await list({ source: 'Folkhälsomyndigheten' }),
    ]).toEqual([1, 1, 1]);
    expect([
      await list({ topic: 'OSA' }),
      await list({ status: 'PUBLISHED' }),
      await list({ source: 'Arbetsmiljöverket' }),
    ]).toEqual([0, 0, 0]);

    expect((await decisionsOf(t, 'knowledge')).map((d) => d.type).sort()).toEqual([
      'GroupMemberRemoved',
      'ItemRetired',
      'ItemReviewed',
    ]);
  });
});
