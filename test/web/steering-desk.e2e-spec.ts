import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { deskInBrowser } from '../support/desk-page';

/** The page's globals, for the functions that run in the browser (the project compiles without the DOM types). */
declare const document: any, sessionStorage: any;

const ACTIVITIES = [
  { title: 'Reviderad tipsrutin i alla regioner', area: 'TIP_ROUTINES', owner: 'JOINT', indicators: 'antal tips' },
  { title: 'Kommunikationskampanj till arbetsgivare', area: 'COMMUNICATION', owner: 'FK', indicators: 'räckvidd' },
  { title: 'Gemensam tillsyn i hemtjänsten', area: 'JOINT_SUPERVISION', owner: 'AV', indicators: '' },
];
const MEMBERS = 'Anna Berg, FK\nPer Lund, AV';

/** The steering group's story through the web app in headless Chromium, as its users work. */
describeInBrowser('the steering desk browser test')("The steering group's desk in a browser", () => {
  const desk = deskInBrowser('steering');
  const { accessible, field, fillIn, gql, signInAs, tabTo, activate, typeInto, typeDate, pageErrors } = desk;
  let page: Page;
  let base: string;
  beforeAll(() => ({ page, base } = desk));
  const planEvents = () => desk.events('plan-2027', 'type reason actor { role }');

  const fillActivity = (form: string, activity: (typeof ACTIVITIES)[number], dueDate: string) =>
    fillIn(form, { ...activity, dueDate });
  const fillDecision = (form: string, decisionId: string, what: string, reason: string) =>
    fillIn(form, { decisionId, what, minutesReference: `Protokoll ${decisionId}`, decidedBy: MEMBERS, reason });
  const planStatus = (status: string) => page.locator(`[data-testid="plan-status"][data-status="${status}"]`).waitFor();
  /** Sends the plan, in draft, to the steering group for adoption. */
  const submitPlan = async () => {
    await page.getByTestId('open-submit').click();
    await page.getByTestId('form-submit-submit').click();
    await planStatus('SUBMITTED');
  };
  const activityCard = (title: string) => page.getByTestId('activity').filter({ hasText: title });

  it('signs in with a dev token, shows the role its desks only, signs out, and sends an expired or refused token back to sign-in with a message', async () => {
    await page.goto(`${base}/`);
    await page.getByTestId('dev-token-DASHBOARD').waitFor();
    await accessible('sign-in');
    await page.screenshot({ path: join(ARTIFACTS, 'app-signin.png'), fullPage: true });
    await page.getByTestId('dev-token-DASHBOARD').click();
    await page.getByTestId('nav-oversikt').waitFor();
    expect(await page.getByTestId('nav').locator('a').allInnerTexts()).toEqual(['Översikt']);
    for (const section of ['section-funnel', 'section-plan', 'section-cadence', 'section-supervision'])
      await page.locator(`[data-testid="${section}"]:not([data-state="loading"])`).waitFor();
    await accessible('overview (dashboard)');
    // A desk the role may not use, asked for by its address, says so.
    await page.goto(`${base}/#/styrgrupp`);
    await page.getByTestId('desk-not-allowed').waitFor();
    await page.getByTestId('sign-out').click();
    expect(await page.getByTestId('signin-message').innerText()).toBe('Du är utloggad.');
    expect(await page.evaluate(() => sessionStorage.getItem('samverkan.session'))).toBeNull();

    // A session whose token's time is up: back at sign-in, saying so.
    await page.getByTestId('dev-token-STEERING_GROUP').click();
    await page.getByTestId('nav-styrgrupp').waitFor();
    await page.evaluate(() => {
      const session = JSON.parse(sessionStorage.getItem('samverkan.session'));
      sessionStorage.setItem('samverkan.session', JSON.stringify({ ...session, expiresAt: Date.now() - 1000 }));
    });
    await page.reload();
    expect(await page.getByTestId('signin-message').innerText()).toBe('Din inloggning har gått ut. Logga in igen.');
    // A token the server no longer takes.
    await page.evaluate(() =>
      sessionStorage.setItem(
        'samverkan.session',
        JSON.stringify({ token: 'x.e30.y', role: 'STEERING_GROUP', organisation: 'FK', name: 'x' }),
      ),
    );
    await page.reload();
    await page.getByTestId('signin-message').waitFor();
    expect(await page.getByTestId('signin-message').innerText()).toBe(
      'Din inloggning gäller inte längre. Logga in igen.',
    );
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('drafts the 2027 plan with three activities (a double click adds one), submits it and adopts it with the keyboard alone', async () => {
    await page.getByTestId('dev-token-STEERING_GROUP').click();
    await page.getByTestId('nav-styrgrupp').waitFor();
    expect(await page.getByTestId('nav').locator('a').allInnerTexts()).toEqual([
      'Översikt',
      'Tidslinje',
      'Styrgruppen',
      'Regionala forum',
      'Dialogmöten',
      'Gemensam tillsyn',
      'Kunskapsgruppen',
      'Momentum',
      'Revision',
      'Tjänsteinloggningar',
      'Siffrors händelser',
    ]);
    await page.getByTestId('nav-styrgrupp').click();
    await page.getByTestId('form-draft').waitFor();
    await accessible('plans');
    expect(await field('form-draft', 'year').inputValue()).toBe('2027');
    await page.getByTestId('form-draft-submit').click();
    await planStatus('DRAFT');

    for (const [i, activity] of ACTIVITIES.entries()) {
      await page.getByTestId('open-add').click();
      await fillActivity('form-add', activity, `2027-0${i + 4}-30`);
      if (i === 0) {
        await accessible('add activity form');
        await page.getByTestId('form-add-submit').dblclick();
      } else await page.getByTestId('form-add-submit').click();
      await activityCard(activity.title).waitFor();
    }
    expect(await page.getByTestId('activity').count()).toBe(3);
    expect((await planEvents()).filter((e: any) => e.type === 'ActivityAdded')).toHaveLength(3);

    // A rule the server holds shows its code's message: a due date before the plan's year.
    await page.getByTestId('open-add').click();
    await fillActivity('form-add', { ...ACTIVITIES[0], title: 'För tidigt' }, '2026-06-30');
    await page.getByTestId('form-add-submit').click();
    await page.locator('[data-testid="form-problem"][data-rule="DUE_DATE_BEFORE_PLAN_YEAR"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('välj ett datum i planens år eller senare');
    // A value the API's input validation refuses is marked at its field.
    await field('form-add', 'title').fill('x'.repeat(301));
    await field('form-add', 'dueDate').fill('2027-06-30');
    await page.getByTestId('form-add-submit').click();
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field('form-add', 'title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('form-add').innerText()).toContain('Värdet godtogs inte');
    await page.getByTestId('open-add').click();

    await submitPlan();

    // Adopt with the keyboard alone: Tab to the command, Enter, type each field, Enter on send.
    await page.getByTestId('plan-status').click();
    await tabTo('open-adopt');
    await page.keyboard.press('Enter');
    await page.getByTestId('form-adopt').waitFor();
    for (const [name, text] of [
      ['decisionId', 'SG-2027-01'],
      ['what', 'Planen för aktiv samverkan 2027 fastställs'],
      ['minutesReference', 'Protokoll SG-2027-01 §3'],
      ['decidedBy', 'Anna Berg, FK'],
      ['reason', 'Planen svarar mot överenskommelsen'],
    ])
      await typeInto('form-adopt', name, text);
    await tabTo('form-adopt-submit');
    await page.keyboard.press('Enter');
    await planStatus('ADOPTED');
    const decision = page.locator('[data-testid="decision"][data-decision="SG-2027-01"]');
    expect(await decision.getByTestId('decided-by').innerText()).toBe('Anna Berg (FK)');
    await accessible('adopted plan');
    await page.screenshot({ path: join(ARTIFACTS, 'steering-desk-adopted.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('amends one activity, records progress and follows up; an auditor finds each step in the timeline with who and why', async () => {
    const first = activityCard(ACTIVITIES[0].title);
    const id = await first.getAttribute('data-activity');
    await page.getByTestId(`amendChange-${id}`).click();
    await field('form-amend-change', 'dueDate').fill('2027-09-30');
    await fillDecision('form-amend-change', 'SG-2027-02', 'Tipsrutinen får längre tid', 'Regionerna behöver mer tid');
    // Meanwhile someone else records progress on another activity: the form's revision is stale.
    const third = await activityCard(ACTIVITIES[2].title).getAttribute('data-activity');
    const progress = await gql(
      'STEERING_GROUP',
      'mutation($input: RecordActivityProgressInput!) { recordActivityProgress(input: $input) { revision } }',
      { input: { year: 2027, activityId: third, status: 'IN_PROGRESS', note: 'Urvalet av arbetsplatser är klart' } },
    );
    expect(progress.errors).toBeUndefined();
    await page.getByTestId('form-amend-change-submit').click();
    await page.locator('[data-testid="form-problem"][data-problem="conflict"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('Någon annan har ändrat');
    await page.getByTestId('form-reload').click();
    await activityCard(ACTIVITIES[2].title).getByTestId('progress').waitFor();
    // What was typed is still there; sent again on the current revision, it lands.
    expect(await field('form-amend-change', 'reason').inputValue()).toBe('Regionerna behöver mer tid');
    await page.getByTestId('form-amend-change-submit').click();
    await page.locator('[data-testid="decision"][data-decision="SG-2027-02"]').waitFor();
    expect(await activityCard(ACTIVITIES[0].title).innerText()).toContain('2027-09-30');
    // The amendment is marked on the activity it changed.
    await activityCard(ACTIVITIES[0].title)
      .locator('[data-testid="amendment-mark"][data-decision="SG-2027-02"]')
      .waitFor();
    expect(await activityCard(ACTIVITIES[1].title).getByTestId('amendment-mark').count()).toBe(0);

    // The store is unreachable once: the form says to retry and keeps the note; the retry sends the
    // same command id and lands once.
    const sent: string[] = [];
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON();
      if (body?.operationName !== 'RecordProgress') return route.continue();
      sent.push(body.variables.input.commandId);
      if (sent.length > 1) return route.continue();
      await route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          data: null,
          errors: [{ message: 'unreachable', extensions: { code: 'STORE_UNAVAILABLE', retryable: true } }],
        }),
      });
    });
    await page.getByTestId(`progress-${id}`).click();
    await field('form-progress', 'note').fill('Rutinen är införd i fyra regioner');
    await page.getByTestId('form-progress-submit').click();
    await page.locator('[data-testid="form-problem"][data-problem="unavailable"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('försök igen');
    expect(await field('form-progress', 'note').inputValue()).toBe('Rutinen är införd i fyra regioner');
    await page.getByTestId('form-progress-submit').click();
    await activityCard(ACTIVITIES[0].title).getByTestId('progress').waitFor();
    await page.unroute('**/graphql');
    expect(await activityCard(ACTIVITIES[0].title).getByTestId('progress').locator('li').count()).toBe(1);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);

    // The communication campaign is done.
    const second = await activityCard(ACTIVITIES[1].title).getAttribute('data-activity');
    await page.getByTestId(`progress-${second}`).click();
    await field('form-progress', 'status').selectOption('DONE');
    await field('form-progress', 'note').fill('Kampanjen är genomförd');
    await page.getByTestId('form-progress-submit').click();
    await page.locator(`[data-testid="activity"][data-activity="${second}"][data-status="DONE"]`).waitFor();

    await page.getByTestId('open-followUp').click();
    await field('form-followUp', 'summary').fill('Halvårsuppföljning');
    await page.getByTestId('form-followUp').locator(`[data-field="result:${id}:0"]`).fill('41 tips');
    await fillDecision('form-followUp', 'SG-2027-03', 'Uppföljningen godkänns', 'Halvår enligt planen');
    await page.getByTestId('form-followUp-submit').click();
    await page.getByTestId('follow-up').waitFor();
    expect(await page.getByTestId('follow-up').innerText()).toContain('41 tips');
    await page.screenshot({ path: join(ARTIFACTS, 'steering-desk-followed-up.png'), fullPage: true });

    // Oversight: the adopted plan's open activities are obligations, soonest due first, filtered by owner.
    await page.getByTestId('tab-obligations').click();
    await page.getByTestId('obligation').first().waitFor();
    const dues = await page
      .getByTestId('obligation')
      .evaluateAll((rows: any[]) => rows.map((r) => r.cells[4].textContent));
    expect(dues).toEqual([...dues].sort());
    expect(dues).toHaveLength(2); // the three activities less the one done
    await accessible('obligations');
    await page.getByTestId('obligation-filter-owner').selectOption('AV');
    await page.getByTestId('obligation-filter-apply').click();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="obligation"]')];
      return rows.length > 0 && rows.every((r: any) => r.cells[2].textContent === 'AV');
    });
    expect(await page.getByTestId('obligation').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'steering-desk-obligations.png'), fullPage: true });
    // Plan against actual: each activity of the adopted plan, its status and its evidence in the timeline.
    await page.getByTestId('tab-actual').click();
    await page.getByTestId('actual-year').selectOption('2027');
    await page.getByTestId('expectation').filter({ hasText: ACTIVITIES[2].title }).waitFor();
    for (const activity of ACTIVITIES)
      expect(await page.getByTestId('expectation').filter({ hasText: activity.title }).count()).toBe(1);
    const done = page.getByTestId('expectation').filter({ hasText: ACTIVITIES[1].title });
    expect(await done.getAttribute('data-status')).toBe('MET');
    expect(await done.getByTestId('evidence-link').count()).toBeGreaterThan(0);
    expect(await done.getByTestId('evidence-link').first().getAttribute('href')).toMatch(
      /^#\/tidslinje\?strom=plan-2027&handelse=\d+$/,
    );
    await accessible('plan against actual');
    await page.screenshot({ path: join(ARTIFACTS, 'steering-desk-plan-versus-actual.png'), fullPage: true });

    // The auditor, in the timeline: every step, by the steering group, the decisions with their reasons.
    await signInAs('AUDITOR', 'tidslinje');
    await accessible('timeline');
    await page.getByTestId('filter-stream').fill('plan-2027');
    await page.getByTestId('filter-apply').click();
    // The unfiltered list stays until the filtered one replaces it, and may end on the same words.
    await page.waitForFunction(() => {
      const listed = [...document.querySelectorAll('[data-testid="timeline-list"] [data-testid="timeline-entry"]')];
      return listed.length > 0 && listed.every((e) => (e as any).dataset.stream === 'plan-2027');
    });
    await page.getByText(/Inga fler händelser/).waitFor();
    const entries = page.getByTestId('timeline-list').getByTestId('timeline-entry');
    const texts = await entries.allInnerTexts();
    for (const type of [
      'PlanDrafted',
      'ActivityAdded',
      'PlanSubmitted',
      'PlanAdopted',
      'PlanAmended',
      'ActivityProgressRecorded',
      'PlanFollowedUp',
    ])
      expect(texts.some((t) => t.includes(type))).toBe(true);
    expect(texts.every((t) => t.includes('Styrgrupp · FK'))).toBe(true);
    for (const reason of ['Planen svarar mot överenskommelsen', 'Regionerna behöver mer tid', 'Halvår enligt planen'])
      expect(texts.some((t) => t.includes(`Motivering: ${reason}`))).toBe(true);
    expect(await entries.count()).toBe(11);
    await page.screenshot({ path: join(ARTIFACTS, 'steering-story-timeline.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('takes a second plan through every other command: change and remove in draft, return to draft, amend by adding and cancelling, close', async () => {
    await signInAs('STEERING_GROUP', 'styrgrupp');
    await page.getByTestId('form-draft').waitFor();
    expect(await field('form-draft', 'year').inputValue()).toBe('2028');
    await page.getByTestId('form-draft-submit').click();
    await planStatus('DRAFT');
    for (const activity of ACTIVITIES.slice(0, 2)) {
      await page.getByTestId('open-add').click();
      await fillActivity('form-add', activity, '2028-05-31');
      await page.getByTestId('form-add-submit').click();
      await activityCard(activity.title).waitFor();
    }
    // Change the first while a draft, remove the second.
    const a = await activityCard(ACTIVITIES[0].title).getAttribute('data-activity');
    const b = await activityCard(ACTIVITIES[1].title).getAttribute('data-activity');
    await page.getByTestId(`change-${a}`).click();
    await field('form-change', 'title').fill('Tipsrutinen 2028');
    await page.getByTestId('form-change-submit').click();
    await activityCard('Tipsrutinen 2028').waitFor();
    await page.getByTestId(`remove-${b}`).click();
    await page.getByTestId('form-remove-submit').click();
    await page.locator(`[data-activity="${b}"]`).waitFor({ state: 'detached' });
    // Submitted, sent back to draft by a decision, submitted again and adopted.
    await submitPlan();
    // Going straight from one command's form to another starts the other afresh: nothing typed carries over.
    await page.getByTestId('open-adopt').click();
    await field('form-adopt', 'reason').fill('Skrivet i fastställandet');
    await page.getByTestId('open-returnToDraft').click();
    expect(await field('form-returnToDraft', 'reason').inputValue()).toBe('');
    await fillDecision('form-returnToDraft', 'SG-2028-01', 'Planen återremitteras', 'Underlaget behöver kompletteras');
    await page.getByTestId('form-returnToDraft-submit').click();
    await planStatus('DRAFT');
    await submitPlan();
    await page.getByTestId('open-adopt').click();
    await fillDecision('form-adopt', 'SG-2028-02', 'Planen fastställs', 'Kompletterad enligt återremissen');
    await page.getByTestId('form-adopt-submit').click();
    await planStatus('ADOPTED');
    // Amend by adding an activity, and by cancelling the first.
    await page.getByTestId('open-amendAdd').click();
    await fillActivity('form-amendAdd', ACTIVITIES[2], '2028-10-31');
    await fillDecision('form-amendAdd', 'SG-2028-03', 'Tillsynen läggs till', 'Ny kampanj beslutad');
    await page.getByTestId('form-amendAdd-submit').click();
    await activityCard(ACTIVITIES[2].title).getByTestId('amended-mark').waitFor();
    await page.getByTestId(`amendCancel-${a}`).click();
    await fillDecision('form-amend-cancel', 'SG-2028-04', 'Tipsrutinen utgår', 'Ersätts av den nationella rutinen');
    await page.getByTestId('form-amend-cancel-submit').click();
    await page.locator(`[data-activity="${a}"][data-status="CANCELLED"]`).waitFor();
    expect(await activityCard('Tipsrutinen 2028').innerText()).toContain('Ersätts av den nationella rutinen');
    await activityCard('Tipsrutinen 2028')
      .locator('[data-testid="amendment-mark"][data-decision="SG-2028-04"]')
      .waitFor();
    // Done, followed up, closed.
    const c = await activityCard(ACTIVITIES[2].title).getAttribute('data-activity');
    await page.getByTestId(`progress-${c}`).click();
    await field('form-progress', 'status').selectOption('DONE');
    await field('form-progress', 'note').fill('Kampanjen är avslutad');
    await page.getByTestId('form-progress-submit').click();
    await page.locator(`[data-activity="${c}"][data-status="DONE"]`).waitFor();
    await page.getByTestId('open-followUp').click();
    await field('form-followUp', 'summary').fill('Året följt upp');
    await fillDecision('form-followUp', 'SG-2028-05', 'Uppföljningen godkänns', 'Allt genomfört eller inställt');
    await page.getByTestId('form-followUp-submit').click();
    await planStatus('FOLLOWED_UP');
    await page.getByTestId('open-close').click();
    await fillDecision('form-close', 'SG-2028-06', 'Planen avslutas', 'Året är slut');
    await page.getByTestId('form-close-submit').click();
    await planStatus('CLOSED');
    expect(await page.getByTestId('plan-commands').count()).toBe(0);
    const types = (
      await gql('AUDITOR', '{ timeline(first: 100, filter: { stream: "plan-2028" }) { edges { node { type } } } }')
    ).data.timeline.edges.map((e: any) => e.node.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'ActivityChanged',
        'ActivityRemoved',
        'PlanReturnedToDraft',
        'PlanAmended',
        'PlanClosed',
      ]),
    );
    await accessible('closed plan');
    await page.screenshot({ path: join(ARTIFACTS, 'steering-desk-closed.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('takes a plan from sign-in through draft, activity, submit and adoption with a decision by the keyboard alone', async () => {
    await activate('sign-out');
    await page.getByTestId('dev-token-STEERING_GROUP').waitFor();
    await activate('dev-token-STEERING_GROUP');
    await page.getByTestId('nav-styrgrupp').waitFor();
    await activate('nav-styrgrupp');
    await page.getByTestId('form-draft').waitFor();

    // Draft: a year of its own, typed over the suggested one.
    await typeInto('form-draft', 'year', '2030');
    await typeInto('form-draft', 'title', 'Plan för aktiv samverkan 2030');
    await activate('form-draft-submit');
    await planStatus('DRAFT');
    expect(page.url()).toMatch(/#\/styrgrupp\/2030$/);
    // The plan's document loaded after the form that drafted it was gone: its heading has focus.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

    // An activity, its owner chosen by typing in the list, its due date typed into the date field.
    await activate('open-add');
    await page.getByTestId('form-add').waitFor();
    await typeInto('form-add', 'title', 'Tipsrutin med tangentbord');
    await typeInto('form-add', 'owner', 'AV');
    await typeDate('form-add', 'dueDate', '2030-04-30', [['04302030'], ['2030', '{ArrowRight}', '0430'], ['30042030']]);
    await typeInto('form-add', 'indicators', 'antal tips');
    expect(await field('form-add', 'owner').inputValue()).toBe('AV');
    await activate('form-add-submit');
    await activityCard('Tipsrutin med tangentbord').waitFor();
    // The form closed: focus is back on the button that opened it, not lost at the top of the page.
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === 'open-add');

    await activate('open-submit');
    await activate('form-submit-submit');
    await planStatus('SUBMITTED');
    // The button that opened the submit form is gone with the draft status: focus is on the plan's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');

    // Adopt: every decision field typed, the members on two lines.
    await activate('open-adopt');
    await page.getByTestId('form-adopt').waitFor();
    await typeInto('form-adopt', 'decisionId', 'SG-2030-01');
    await typeDate('form-adopt', 'decidedAt', '2025-11-20T10:30', [
      ['11202025', '{ArrowRight}', '1030A'],
      ['2025', '{ArrowRight}', '1120', '1030'],
      ['20112025', '{ArrowRight}', '1030'],
    ]);
    await typeInto('form-adopt', 'what', 'Planen för aktiv samverkan 2030 fastställs');
    await typeInto('form-adopt', 'minutesReference', 'Protokoll SG-2030-01 §2');
    await typeInto('form-adopt', 'decidedBy', MEMBERS);
    await typeInto('form-adopt', 'reason', 'Planen har beretts med tangentbordet');
    await activate('form-adopt-submit');
    await planStatus('ADOPTED');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const decision = page.locator('[data-testid="decision"][data-decision="SG-2030-01"]');
    expect(await decision.getByTestId('decided-by').innerText()).toBe('Anna Berg (FK), Per Lund (AV)');
    const facts = await decision.innerText();
    for (const text of ['Planen för aktiv samverkan 2030 fastställs', '2025-11-20', 'Protokoll SG-2030-01 §2'])
      expect(facts).toContain(text);
    expect(facts).toContain('Planen har beretts med tangentbordet');
    await accessible('plan adopted by keyboard');

    // Back to the plans by year: 2030 is listed as adopted.
    await activate('back-to-plans');
    await page.getByTestId('plan-2030').waitFor();
    expect(await page.getByTestId('plan-2030').innerText()).toContain('Fastställd');
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
