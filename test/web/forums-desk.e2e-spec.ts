import { SignJWT } from 'jose';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { dataOf, deskInBrowser } from '../support/desk-page';
import { ADMIT, AGREE_ACTION, employers, ESTABLISH, HOLD_MEETING, PLAN_MEETING } from '../support/forum-fixtures';

/** The page's globals, for the functions that run in the browser (the project compiles without the DOM types). */
declare const document: any;

const SAHLGRENSKA = employers.sahlgrenska.organisationNumber;
const VOLVO = employers.volvo.organisationNumber;
/** Today in Stockholm, and this year's term: the meeting is planned and held today. */
const TODAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const TERM = TODAY.slice(5, 7) <= '06' ? 'VT' : 'HT';
const OTHER_TERM_DATE = TERM === 'VT' ? `${YEAR}-09-15` : `${YEAR}-03-15`;
const later = (days: number) => new Date(Date.parse(TODAY) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A forum coordinator's year through the web app in headless Chromium: a meeting planned, held and
 * attended, a joint action agreed and taken to done, and another forum, not in the token, read only.
 */
describeInBrowser('the forums desk browser test')('The regional forums desk in a browser', () => {
  /** Gotland's own coordinator: the dev coordinator's token does not name Gotland. */
  let gotland: string;
  let itemId: string;
  const desk = deskInBrowser('forums', { prepare: (_, dataDir) => setUpForums(dataDir) });
  const { accessible, field, sendForm, submit, signInAs, pageErrors } = desk;
  let page: Page;
  beforeAll(() => ({ page } = desk));

  const send = (token: string, query: string, variables: Record<string, unknown>) =>
    dataOf(desk.workspace.gqlWithToken(token, query, variables));
  const asRole = (role: string, query: string, variables: Record<string, unknown> = {}) =>
    dataOf(desk.gql(role, query, variables));
  const meeting = (status: string) => page.locator(`[data-testid="meeting"][data-status="${status}"]`);
  /** Agrees a joint action at a meeting through the room's form; the action as the room then lists it. */
  const agreeAction = async (meetingId: string, values: Record<string, string> & { title: string }) => {
    await sendForm('agree', values, `agree-${meetingId}`);
    const action = page.getByTestId('joint-action').filter({ hasText: values.title });
    await action.waitFor();
    return { action, actionId: (await action.getAttribute('data-action'))! };
  };

  /** A coordinator of Gotland only, signed as the dev server signs its tokens. */
  const gotlandCoordinator = (dataDir: string) => {
    const secret = new Uint8Array(Buffer.from(readFileSync(join(dataDir, 'jwt-secret'), 'utf8').trim(), 'base64'));
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ role: 'FORUM_COORDINATOR', org: 'FK', name: 'Koordinator Gotland', forums: ['gotland'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('coord-gotland')
      .setIssuer('samverkan-dev')
      .setAudience('samverkan')
      .setIssuedAt(now)
      .setExpirationTime(now + 900)
      .sign(secret);
  };

  const command = (name: string, input: string, fields = 'commandId') =>
    `mutation($input: ${input}!) { ${name}(input: $input) { ${fields} } }`;
  /**
   * The knowledge group publishes an item and records it as presented at this forum meeting: the
   * forum's room lists what was presented at its meetings (the knowledge desk keeps the item).
   */
  const presentItemAt = async (forumMeetingId: string) => {
    const host = { code: 'FK', name: 'Försäkringskassan' };
    await asRole('STEERING_GROUP', command('foundKnowledgeGroup', 'FoundKnowledgeGroupInput'), { input: { host } });
    const fhm = { member: { code: 'FHM', name: 'Folkhälsomyndigheten' } };
    await asRole('KNOWLEDGE_GROUP', command('admitGroupMember', 'AdmitGroupMemberInput'), { input: fhm });
    const item = {
      kind: 'TOOL',
      title: 'Checklista för implementering med kvalitet',
      sourceOrganisation: 'Folkhälsomyndigheten',
      link: 'https://www.folkhalsomyndigheten.se/',
      topics: ['implementering'],
    };
    const proposed = await asRole(
      'KNOWLEDGE_GROUP',
      command('proposeKnowledgeItem', 'ProposeKnowledgeItemInput', 'item { id }'),
      {
        input: item,
      },
    );
    const itemId = proposed.proposeKnowledgeItem.item.id;
    const planned = await asRole(
      'KNOWLEDGE_GROUP',
      command('planGroupMeeting', 'PlanGroupMeetingInput', 'group { meetings { id } }'),
      { input: { term: TERM, year: YEAR, date: TODAY } },
    );
    const meetingId = planned.planGroupMeeting.group.meetings[0].id;
    const steps: [string, string, Record<string, unknown>][] = [
      ['holdGroupMeeting', 'HoldGroupMeetingInput', { meetingId, present: ['FK', 'FHM'] }],
      [
        'reviewKnowledgeItem',
        'ReviewKnowledgeItemInput',
        { itemId, meetingId, verdict: 'APPROVED', note: 'Relevant för forumen', reason: 'Gruppen är enig' },
      ],
      ['publishKnowledgeItem', 'PublishKnowledgeItemInput', { itemId }],
      ['recordKnowledgePresentation', 'RecordKnowledgePresentationInput', { itemId, forumMeetingId }],
    ];
    for (const [name, input, values] of steps) await asRole('KNOWLEDGE_GROUP', command(name, input), { input: values });
    return itemId as string;
  };

  const setUpForums = async (dataDir: string) => {
    gotland = await gotlandCoordinator(dataDir);
    // Forum Väst, which the dev coordinator's token names, with one member; Forum Gotland, which it does not,
    // with a member, a held meeting and an open joint action of its own coordinator's.
    for (const [forumId, name, region] of [
      ['vast', 'Forum Väst', 'Västra Götaland'],
      ['gotland', 'Forum Gotland', 'Gotland'],
    ])
      await asRole('STEERING_GROUP', ESTABLISH, { input: { forumId, name, region, establishedOn: `${YEAR}-01-01` } });
    await asRole('FORUM_COORDINATOR', ADMIT, {
      input: { forumId: 'vast', employer: employers.sahlgrenska, joinedOn: `${YEAR}-01-01` },
    });
    await send(gotland, ADMIT, { input: { forumId: 'gotland', employer: employers.bank, joinedOn: `${YEAR}-01-01` } });
    const plan = {
      forumId: 'gotland',
      title: 'Gotlands forumsmöte',
      format: 'WORKSHOP',
      term: TERM,
      year: YEAR,
      date: TODAY,
    };
    const meetingId = (await send(gotland, PLAN_MEETING, { input: plan })).planForumMeeting.meeting.id;
    await send(gotland, HOLD_MEETING, { input: { meetingId, heldOn: TODAY, minutes: 'Hölls på Visby.' } });
    await send(gotland, AGREE_ACTION, {
      input: {
        meetingId,
        title: 'Gemensam checklista',
        description: 'En checklista för arbetsanpassning',
        owner: { organisation: 'AV' },
        dueDate: later(90),
        reason: 'Enighet på mötet',
      },
    });
    itemId = await presentItemAt(meetingId);
  };

  it('lets a coordinator admit an employer, plan, hold and record attendance for a meeting, and take a joint action to done', async () => {
    await signInAs('FORUM_COORDINATOR', 'forum');
    await page.locator('[data-testid="forum-row"][data-forum="vast"]').waitFor();
    expect(await page.getByTestId('forum-row').count()).toBe(2);
    expect(await page.locator(`[data-forum="vast"] [data-testid="cadence-${TERM}"]`).getAttribute('data-held')).toBe(
      '0',
    );
    await accessible('forum list');
    await page.getByTestId('open-forum-vast').click();
    await page.locator('[data-testid="member"]').first().waitFor();
    expect(await page.getByTestId('forum-read-only').count()).toBe(0);

    // A second employer joins through the form.
    await page.getByTestId('open-admit').click();
    await field('form-admit', 'organisationNumber').fill(VOLVO);
    await field('form-admit', 'name').fill(employers.volvo.name);
    await field('form-admit', 'sector').selectOption('PRIVATE');
    await field('form-admit', 'industry').fill(employers.volvo.industry);
    await field('form-admit', 'size').selectOption('FROM_5000');
    await accessible('admit form');
    await submit('form-admit');
    await page.locator(`[data-testid="member"][data-member="${VOLVO}"]`).waitFor();

    // A date outside the chosen term is refused with the rule's message; inside it, the meeting is planned.
    await page.getByTestId('open-plan').click();
    expect(await field('form-plan', 'term').inputValue()).toBe(TERM);
    await field('form-plan', 'title').fill('Seminarium om arbetsanpassning');
    await field('form-plan', 'format').selectOption('SEMINAR');
    await field('form-plan', 'date').fill(OTHER_TERM_DATE);
    await field('form-plan', 'agenda').fill('Implementering av metod, Folkhälsomyndigheten\nOSA, AV');
    await submit('form-plan');
    await page.locator('[data-testid="form-problem"][data-rule="MEETING_OUTSIDE_TERM"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('utanför terminen');
    await field('form-plan', 'date').fill(TODAY);
    await submit('form-plan');
    await meeting('PLANNED').waitFor();
    const meetingId = (await meeting('PLANNED').getAttribute('data-meeting'))!;
    expect(await meeting('PLANNED').innerText()).toContain('Implementering av metod (Folkhälsomyndigheten)');

    await page.getByTestId(`hold-${meetingId}`).click();
    expect(await field('form-hold', 'heldOn').inputValue()).toBe(TODAY);
    await field('form-hold', 'minutes').fill('Genomgång av metoden; två arbetsgivare delade erfarenheter.');
    await submit('form-hold');
    await meeting('HELD').waitFor();

    await page.getByTestId(`attendance-${meetingId}`).click();
    await field('form-attendance', `managers:${SAHLGRENSKA}`).fill('3');
    await field('form-attendance', `hr:${SAHLGRENSKA}`).fill('2');
    await field('form-attendance', `managers:${VOLVO}`).fill('1');
    await field('form-attendance', 'guests').fill('Eva Ek, Folkhälsomyndigheten');
    await accessible('attendance form');
    await submit('form-attendance');
    await page.getByTestId('attendance-summary').waitFor();
    expect(await page.getByTestId('attendance-summary').innerText()).toBe('2 arbetsgivare, 7 deltagare varav 1 gäster');

    const { action, actionId } = await agreeAction(meetingId, {
      title: 'Gemensamt utbildningsmaterial',
      description: 'Material om arbetsanpassning för första linjens chefer',
      organisation: 'FK',
      dueDate: later(60),
      reason: 'Forumet var enigt',
    });

    await sendForm('progress', { note: 'Första utkastet är skrivet' }, `progress-${actionId}`);
    await action.getByTestId('progress').waitFor();
    await sendForm('dueDate', { dueDate: later(75), reason: 'Granskningen tar längre tid' }, `dueDate-${actionId}`);
    await page.waitForFunction(
      ([id, due]) => document.querySelector(`[data-action="${id}"] [data-testid="due-date"]`)?.textContent === due,
      [actionId, later(75)],
    );
    await sendForm('complete', { note: 'Materialet är publicerat' }, `complete-${actionId}`);
    await page.locator(`[data-testid="joint-action"][data-action="${actionId}"][data-status="DONE"]`).waitFor();
    // A done action takes no more commands.
    expect(await action.locator('[data-opens]').count()).toBe(0);
    await accessible('forum room');
    await page.screenshot({ path: join(ARTIFACTS, 'forums-desk-room.png'), fullPage: true });

    // The server's state, read as the auditor: each step by the coordinator, the decisions with their reasons.
    const events = (stream: string) => desk.events(stream, 'type reason actor { role }');
    const meetingEvents = await events(`forumMeeting-${meetingId}`);
    expect(meetingEvents.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['MeetingPlanned', 'MeetingHeld', 'AttendanceRecorded']),
    );
    const actionEvents = await events(`jointAction-${actionId}`);
    expect(actionEvents.map((e: any) => e.type).sort()).toEqual(
      ['JointActionAgreed', 'JointActionCompleted', 'JointActionDueDateChanged', 'JointActionProgressRecorded'].sort(),
    );
    expect([...meetingEvents, ...actionEvents].every((e: any) => e.actor.role === 'FORUM_COORDINATOR')).toBe(true);
    expect(actionEvents.find((e: any) => e.type === 'JointActionDueDateChanged').reason).toBe(
      'Granskningen tar längre tid',
    );
    const stored = await asRole(
      'AUDITOR',
      `{ forumMeeting(id: "${meetingId}") { status attendance { organisations participants { managers hr guests total } guests { name } } } }`,
    );
    expect(stored.forumMeeting).toEqual({
      status: 'HELD',
      attendance: {
        organisations: 2,
        participants: { managers: 4, hr: 2, guests: 1, total: 7 },
        guests: [{ name: 'Eva Ek' }],
      },
    });

    // Back at the list, this term's cadence counts the held meeting.
    await page.getByTestId('back-to-forums').click();
    await page.locator(`[data-forum="vast"] [data-testid="cadence-${TERM}"][data-held="1"]`).waitFor();
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('takes the coordinator through every other command: representatives, a resignation, a meeting moved, re-agendaed and cancelled, an action dropped', async () => {
    const member = page.locator(`[data-testid="member"][data-member="${VOLVO}"]`);
    await page.getByTestId('open-forum-vast').click();
    await sendForm('addRepresentative', { name: 'Karin Holm', role: 'HR' }, `addRepresentative-${VOLVO}`);
    const representative = member.getByTestId('representatives').locator('li', { hasText: 'Karin Holm (HR)' });
    await representative.waitFor();
    const personId = (await representative.getAttribute('data-person'))!;
    await page.getByTestId(`removeRepresentative-${personId}`).click();
    await submit('form-removeRepresentative');
    await representative.waitFor({ state: 'detached' });
    await sendForm('resign', { reason: 'Omorganisation hos arbetsgivaren' }, `resign-${VOLVO}`);
    await page.getByTestId('former-members').getByText('Omorganisation hos arbetsgivaren').waitFor();

    await sendForm('plan', { title: 'Webbinarium om OSA', format: 'WEBINAR', date: TODAY });
    await meeting('PLANNED').waitFor();
    const meetingId = (await meeting('PLANNED').getAttribute('data-meeting'))!;
    await sendForm('reschedule', { date: `${YEAR}-${TERM === 'VT' ? '06-30' : '12-31'}` }, `reschedule-${meetingId}`);
    await meeting('PLANNED')
      .getByText(`${YEAR}-${TERM === 'VT' ? '06-30' : '12-31'}: Webbinarium om OSA`)
      .waitFor();
    await sendForm('agenda', { agenda: 'Organisatorisk och social arbetsmiljö, AV' }, `agenda-${meetingId}`);
    await meeting('PLANNED').getByText('Organisatorisk och social arbetsmiljö (AV)').waitFor();
    await sendForm('cancel', { reason: 'För få anmälda' }, `cancel-${meetingId}`);
    await meeting('CANCELLED').getByText('Inställt: För få anmälda').waitFor();

    const held = (await meeting('HELD').getAttribute('data-meeting'))!;
    const { actionId } = await agreeAction(held, {
      title: 'Gemensam enkät',
      description: 'En enkät till medlemmarna',
      organisation: 'AV',
      dueDate: later(30),
      reason: 'Behov av underlag',
    });
    await sendForm('drop', { reason: 'Enkäten görs nationellt i stället' }, `drop-${actionId}`);
    await page.locator(`[data-testid="joint-action"][data-action="${actionId}"][data-status="DROPPED"]`).waitFor();
    await accessible('forum room after every command');

    const forum = await asRole(
      'AUDITOR',
      '{ forum(id: "vast") { memberCount formerMembers { organisationNumber reason } meetings { status cancellationReason agenda { topic } } } }',
    );
    expect(forum.forum.memberCount).toBe(1);
    expect(forum.forum.formerMembers).toEqual([
      { organisationNumber: VOLVO, reason: 'Omorganisation hos arbetsgivaren' },
    ]);
    expect(forum.forum.meetings.find((m: any) => m.status === 'CANCELLED')).toEqual({
      status: 'CANCELLED',
      cancellationReason: 'För få anmälda',
      agenda: [{ topic: 'Organisatorisk och social arbetsmiljö' }],
    });
    const dropped = await asRole(
      'AUDITOR',
      `{ jointActions(filter: { forumId: "vast", status: DROPPED }) { edges { node { dropReason } } } }`,
    );
    expect(dropped.jointActions.edges).toEqual([{ node: { dropReason: 'Enkäten görs nationellt i stället' } }]);
    await page.getByTestId('back-to-forums').click();
    await page.locator('[data-testid="forum-row"][data-forum="gotland"]').waitFor();
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('shows the same coordinator a forum its token does not name read only, with no form or command', async () => {
    await page.getByTestId('open-forum-gotland').click();
    await page.getByTestId('forum-read-only').waitFor();
    await page.locator('[data-testid="meeting"][data-status="HELD"]').waitFor();
    expect(await page.getByTestId('joint-action').count()).toBe(1);
    expect(await page.getByTestId('member').count()).toBe(1);
    // The knowledge presented at its meeting, linked to the knowledge desk.
    const presented = page.locator(`[data-testid="knowledge"] [data-item="${itemId}"]`);
    await presented.waitFor();
    expect(await presented.innerText()).toContain('Checklista för implementering med kvalitet');
    expect(await presented.innerText()).toContain('Gotlands forumsmöte');
    expect(await presented.locator('a').getAttribute('href')).toBe(`#/kunskap/${itemId}`);
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.locator('[data-opens]').count()).toBe(0);
    expect(await page.getByTestId('forum-commands').count()).toBe(0);
    await accessible('read-only forum');
    await page.screenshot({ path: join(ARTIFACTS, 'forums-desk-read-only.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('lets the steering group decide a forum’s capacity, and links each cadence figure to the events behind it', async () => {
    await signInAs('STEERING_GROUP', 'forum');
    const held = page.locator(`[data-forum="vast"] [data-testid="cadence-${TERM}"] [data-testid="figure"]`);
    await held.waitFor();
    expect(await held.innerText()).toBe('1');
    const href = (await held.getAttribute('href'))!;
    for (const part of ['figur=forumCadence', 'matt=held', 'nyckel=vast', `grupp=${TERM}`, `ar=${YEAR}`])
      expect(href).toContain(part);
    await page.getByTestId('form-establish').waitFor();
    await accessible('forum list (steering group)');
    await page.getByTestId('open-forum-vast').click();
    await page.getByTestId('open-capacity').click();
    // Planning and attendance are the coordinator's: the steering group is offered only its own decision.
    expect(await page.locator('[data-opens]').evaluateAll((b: any[]) => b.map((x) => x.dataset.opens))).toEqual([
      'capacity',
    ]);
    // No seats at all is refused by the API's input validation, at the field.
    await field('form-capacity', 'capacity').fill('0');
    await field('form-capacity', 'reason').fill('Mindre grupp');
    await submit('form-capacity');
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field('form-capacity', 'capacity').getAttribute('aria-invalid')).toBe('true');
    await field('form-capacity', 'capacity').fill('20');
    await field('form-capacity', 'reason').fill('Styrgruppens beslut: tjugo platser första året');
    await submit('form-capacity');
    await page.locator('[data-testid="forum-capacity"]', { hasText: '20' }).waitFor();
    const forum = await asRole('AUDITOR', '{ forum(id: "vast") { capacity } }');
    expect(forum.forum.capacity).toBe(20);
    await accessible('forum room (steering group)');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
