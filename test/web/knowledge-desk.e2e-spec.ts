import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { ESTABLISH, HOLD_MEETING, PLAN_MEETING } from '../support/forum-fixtures';
import { deskInBrowser } from '../support/desk-page';

const ITEM = {
  title: 'Checklista för implementering med kvalitet',
  source: 'Folkhälsomyndigheten',
  link: 'https://www.folkhalsomyndigheten.se/publikationer-och-material/',
  topics: 'implementering\nledning',
};

/**
 * The knowledge group's desk in headless Chromium: the steering group founds the group and the
 * group keeps its members and meetings; a member organisation's staff take an item from proposal
 * to presented at a held forum meeting, and the item shows in the reach. The forum and its meeting
 * are set up through the API (the forums desk is tested on its own).
 */
describeInBrowser('the knowledge desk browser test')("The knowledge group's desk in a browser", () => {
  const desk = deskInBrowser('knowledge');
  const { accessible, field, sendForm, submit, gql, signInAs, events, pageErrors } = desk;
  let page: Page;
  beforeAll(() => ({ page } = desk));
  let forumMeetingId: string;
  /** The group's meeting just planned: its id, once the list shows it. */
  const plannedMeeting = async () => {
    const planned = page.locator('[data-testid="group-meeting"][data-status="PLANNED"]');
    await planned.waitFor();
    return (await planned.getAttribute('data-meeting'))!;
  };
  let itemId: string;

  it('lets the steering group found the group, admit members, plan and hold a meeting with the members present, and decide that a member leaves', async () => {
    await signInAs('STEERING_GROUP', 'kunskap');
    await page.getByTestId('group-not-founded').waitFor();
    await accessible('knowledge group, not founded');
    await field('form-found', 'foundedOn').fill('2026-09-01');
    await submit('form-found');
    await page.getByTestId('group-founded').waitFor();

    for (const [code, name] of [
      ['FHM', 'Folkhälsomyndigheten'],
      ['AV', 'Arbetsmiljöverket'],
    ]) {
      await sendForm('admit', { code, name, joinedOn: '2026-09-01' });
      await page.locator(`[data-testid="group-member"][data-member="${code}"]`).waitFor();
    }

    // A meeting outside its term is refused with the rule's message, and nothing is planned.
    await sendForm('plan', { term: 'HT', year: '2026', date: '2026-03-10' });
    await page.locator('[data-testid="form-problem"][data-rule="MEETING_OUTSIDE_TERM"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('utanför terminen');
    await field('form-plan', 'date').fill('2026-11-10');
    await field('form-plan', 'agenda').fill('Implementeringsstöd\nNya underlag');
    await submit('form-plan');
    const meetingId = await plannedMeeting();

    await page.getByTestId(`hold-${meetingId}`).click();
    // Only current members are offered as present; none chosen is refused before sending.
    const hold = page.getByTestId('form-hold');
    expect(await hold.getByRole('checkbox').count()).toBe(3);
    await submit('form-hold');
    await hold.getByText('Närvarande medlemmar – välj minst ett').waitFor();
    await accessible('hold a group meeting, none present');
    await hold.getByRole('checkbox', { name: /FK/ }).check();
    await hold.getByRole('checkbox', { name: /FHM/ }).check();
    await accessible('hold a group meeting');
    await submit('form-hold');
    await page.locator(`[data-testid="group-meeting"][data-meeting="${meetingId}"][data-status="HELD"]`).waitFor();
    expect(await page.getByTestId('group-terms').innerText()).toContain('HT 2026: 1 av 2 hållna');

    await sendForm(
      'remove',
      { leftOn: '2026-11-30', reason: 'Deltar i stället genom regeringsuppdraget' },
      'remove-AV',
    );
    await page.locator('[data-testid="group-member"][data-member="AV"][data-active="false"]').waitFor();
    await accessible('knowledge group');

    const group = (
      await gql('AUDITOR', '{ knowledgeGroup { members { code active } meetings { id status heldOn present } } }')
    ).data.knowledgeGroup;
    expect(group.members).toEqual(
      expect.arrayContaining([
        { code: 'FK', active: true },
        { code: 'FHM', active: true },
        { code: 'AV', active: false },
      ]),
    );
    expect(group.meetings).toEqual([{ id: meetingId, status: 'HELD', heldOn: '2026-11-10', present: ['FK', 'FHM'] }]);
    const decisions = (await events('knowledgeGroup-national')).filter((e: any) => e.kind === 'decision');
    expect(decisions).toEqual([expect.objectContaining({ reason: 'Deltar i stället genom regeringsuppdraget' })]);
  }, 60_000);

  it('takes an item from a member’s proposal through review at the held meeting and publication to presented at a held forum meeting, and shows it in the reach', async () => {
    await gql('STEERING_GROUP', ESTABLISH, {
      input: { forumId: 'syd', name: 'Forum Syd', region: 'Skåne', establishedOn: '2026-09-01' },
    });
    const planned = await gql('FORUM_COORDINATOR', PLAN_MEETING, {
      input: {
        forumId: 'syd',
        title: 'Implementering med kvalitet',
        format: 'SEMINAR',
        term: 'HT',
        year: 2026,
        date: '2026-11-20',
      },
    });
    forumMeetingId = planned.data.planForumMeeting.meeting.id;
    const held = await gql('FORUM_COORDINATOR', HOLD_MEETING, {
      input: { meetingId: forumMeetingId, heldOn: '2026-11-20', minutes: 'Checklistan presenterades.' },
    });
    expect(held.errors).toBeUndefined();

    // The knowledge group's dev token speaks for FHM, a member organisation.
    await signInAs('KNOWLEDGE_GROUP', 'kunskap');
    await sendForm('propose', {
      kind: 'TOOL',
      title: ITEM.title,
      sourceOrganisation: ITEM.source,
      link: 'folkhalsomyndigheten.se',
      topics: ITEM.topics,
      proposedOn: '2026-10-01',
    });
    // A link without http(s) is marked at its field before anything is sent.
    await page.getByTestId('form-propose').getByText('Länken ska börja med http:// eller https://.').waitFor();
    await field('form-propose', 'link').fill(ITEM.link);
    await accessible('propose an item');
    await submit('form-propose');
    await page.locator('[data-testid="item-status"][data-status="PROPOSED"]').waitFor();
    itemId = decodeURIComponent(page.url().split('#/kunskap/')[1]);
    await accessible('proposed item');

    await page.getByTestId('open-review').click();
    // The held meeting is the only one to choose.
    expect(await field('form-review', 'meetingId').locator('option').count()).toBe(1);
    await field('form-review', 'note').fill('Relevant för forumen');
    await field('form-review', 'reason').fill('Gruppen är enig');
    await submit('form-review');
    await page.locator('[data-testid="item-status"][data-status="REVIEWED"]').waitFor();

    await page.getByTestId('open-publish').click();
    await submit('form-publish');
    await page.locator('[data-testid="item-status"][data-status="PUBLISHED"]').waitFor();

    await page.getByTestId('open-present').click();
    await page.getByTestId('form-present').locator(`option[value="${forumMeetingId}"]`).waitFor({ state: 'attached' });
    expect(await field('form-present', 'forumMeetingId').locator('option').allInnerTexts()).toEqual([
      'Forum Syd: Implementering med kvalitet (2026-11-20)',
    ]);
    await accessible('present an item');
    await submit('form-present');
    await page.locator('[data-testid="item-reach"][data-forums="1"][data-meetings="1"]').waitFor();
    expect(await page.getByTestId('item-presentations').innerText()).toContain(
      'Forum Syd, Implementering med kvalitet',
    );
    await accessible('published item');

    await page.getByTestId('back-to-group').click();
    const row = page.locator(`[data-testid="reach-row"][data-item="${itemId}"]`);
    await row.waitFor();
    expect([
      await row.getByTestId('reach-forums').innerText(),
      await row.getByTestId('reach-meetings').innerText(),
    ]).toEqual(['1', '1']);
    await accessible('knowledge group with reach');
    await page.screenshot({ path: join(ARTIFACTS, 'knowledge-desk.png'), fullPage: true });

    const item = (
      await gql(
        'AUDITOR',
        `query($id: String!) { knowledgeItem(id: $id) { status proposedBy reviews { verdict reason } presentations { forumMeetingId presentedOn } } }`,
        { id: itemId },
      )
    ).data.knowledgeItem;
    expect(item).toEqual({
      status: 'PUBLISHED',
      proposedBy: 'FHM',
      reviews: [{ verdict: 'APPROVED', reason: 'Gruppen är enig' }],
      presentations: [{ forumMeetingId, presentedOn: '2026-11-20' }],
    });
    const reach = (await gql('DASHBOARD', '{ knowledgeReach { itemId forums meetings } }')).data.knowledgeReach;
    expect(reach).toEqual([{ itemId, forums: 1, meetings: 1 }]);
    expect((await events(`knowledgeItem-${itemId}`)).map((e: any) => [e.type, e.kind])).toEqual([
      ['ItemProposed', 'action'],
      ['ItemReviewed', 'decision'],
      ['ItemPublished', 'action'],
      ['ItemPresented', 'action'],
    ]);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows a role that only reads the item with no form it would be refused', async () => {
    await signInAs('FK_CASEWORKER');
    await page.goto(`${desk.base}/#/kunskap/${encodeURIComponent(itemId)}`);
    await page.locator('[data-testid="item-status"][data-status="PUBLISHED"]').waitFor();
    expect(await page.getByTestId('item-commands').count()).toBe(0);
    await page.getByTestId('back-to-group').click();
    await page.getByTestId('group-members').waitFor();
    expect(await page.locator('[data-opens]').count()).toBe(0);
    await accessible('knowledge group, read only');
  }, 30_000);

  it('cancels a planned meeting and retires the item, each a decision with its reason, after which the item offers nothing more', async () => {
    await signInAs('KNOWLEDGE_GROUP', 'kunskap');
    await sendForm('plan', { term: 'VT', year: '2027', date: '2027-03-10' });
    const meetingId = await plannedMeeting();
    await sendForm('cancel', { reason: 'Krockar med forumens vårkonferens' }, `cancel-${meetingId}`);
    await page.locator(`[data-testid="group-meeting"][data-meeting="${meetingId}"][data-status="CANCELLED"]`).waitFor();

    await page.goto(`${desk.base}/#/kunskap/${encodeURIComponent(itemId)}`);
    await sendForm('retire', { reason: 'Ersatt av en nyare version' });
    await page.locator('[data-testid="item-status"][data-status="RETIRED"]').waitFor();
    expect(await page.getByTestId('item-commands').count()).toBe(0);
    await accessible('retired item');

    const decisions = async (stream: string) =>
      (await events(stream)).filter((e: any) => e.kind === 'decision').map((e: any) => [e.type, e.reason]);
    expect(await decisions('knowledgeGroup-national')).toContainEqual([
      'GroupMeetingCancelled',
      'Krockar med forumens vårkonferens',
    ]);
    expect(await decisions(`knowledgeItem-${itemId}`)).toContainEqual(['ItemRetired', 'Ersatt av en nyare version']);
    expect((await gql('DASHBOARD', '{ knowledgeReach { itemId } }')).data.knowledgeReach).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 40_000);
});
