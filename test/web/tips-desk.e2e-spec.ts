import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { dataOf, deskInBrowser } from '../support/desk-page';

const SOLBACKA = { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' };
const DESCRIPTION = 'Arbetsgivaren har inte tagit fram någon plan för återgång i arbete efter 30 dagars sjukskrivning.';
/** 811218-9876 in Devanagari digits: a number the browser's early warning leaves to the server. */
const PIN_IN_DEVANAGARI = 'Gäller ८११२१८-९८७६ som saknar plan';

const IMPULSES = `{ impulses(first: 50) { edges { node { id status deficiency reportedOn tipId employer { organisationNumber name } } } } }`;
const TIPS = `{ tips(first: 50) { edges { node { id status impulseIds sentOn receivedOn avDiaryNumber
  outcomes { kind action note recordedBy { name } } } } } }`;
const SELECT = `mutation($input: SelectEmployerInput!) { selectEmployerForDialogue(input: $input) { selection { id } } }`;
/** An employer the workspace knows from a dialogue selection, not from any impulse. */
const BYGGSTOMMEN = { organisationNumber: '556903-4563', name: 'Byggstommen Väst AB' };
const COMPILE = `mutation($input: CompileTipInput!) { compileTip(input: $input) { tip { id } } }`;

/** The tip routine through the web app in headless Chromium, each step by the role that takes it. */
describeInBrowser('the tips desk browser test')('The tip routine’s desks in a browser', () => {
  const desk = deskInBrowser('tips');
  const { accessible, field, signInAs, pageErrors } = desk;
  let page: Page;
  beforeAll(() => ({ page } = desk));
  const state: { impulses: any[]; tipId?: string; rivalTipId?: string } = { impulses: [] };

  const gql = (role: string, query: string, variables: Record<string, unknown> = {}) =>
    dataOf(desk.gql(role, query, variables));
  const impulses = async () => (await gql('AUDITOR', IMPULSES)).impulses.edges.map((e: any) => e.node);
  const tips = async () => (await gql('AUDITOR', TIPS)).tips.edges.map((e: any) => e.node);
  /** The streams of the tip routine's events of one type, in the order they were stored. */
  const events = async (type: string) =>
    (
      await gql('AUDITOR', '{ timeline(first: 500, filter: { module: "tips" }) { edges { node { type stream } } } }')
    ).timeline.edges
      .map((e: any) => e.node)
      .filter((e: any) => e.type === type)
      .map((e: any) => e.stream);
  /** The value `read` gives once it equals `expected`, or the last one after ten seconds. */
  const eventually = async <T>(read: () => Promise<T>, expected: T) => {
    let value = await read();
    for (let i = 0; i < 50 && JSON.stringify(value) !== JSON.stringify(expected); i++) {
      await page.waitForTimeout(200);
      value = await read();
    }
    expect(value).toEqual(expected);
  };

  it('lets a caseworker report impulses: numbers checked as typed, a known employer’s name suggested, personal identity numbers stopped in the browser and by the server', async () => {
    await gql('COLLABORATION_OFFICER', SELECT, {
      input: {
        area: 'Västra Götaland',
        year: new Date().getFullYear(),
        employer: BYGGSTOMMEN,
        criteria: [{ criterion: 'ILL_HEALTH_RATE', value: 'ohälsotal 16,1 dagar', rationale: 'Över länets snitt' }],
        reason: 'Högt ohälsotal',
      },
    });
    await signInAs('FK_CASEWORKER', 'impulser');
    expect(await page.getByTestId('nav').locator('a').allInnerTexts()).toEqual([
      'Översikt',
      'Gemensam tillsyn',
      'Kunskapsgruppen',
      'Impulser',
    ]);
    const form = 'form-report';
    await page.getByTestId(form).waitFor();
    await accessible('impulse desk');

    // A name the workspace knows from elsewhere (a dialogue selection) is suggested for its number.
    await field(form, 'organisationNumber').fill('5569034563');
    await eventually(() => field(form, 'name').inputValue(), BYGGSTOMMEN.name);
    await field(form, 'name').fill('');

    // Checked as typed, before anything is sent: a wrong check digit, then the right number.
    await field(form, 'organisationNumber').fill('556901-2347');
    await page.getByTestId(form).getByText('fel kontrollsiffra').waitFor();
    await field(form, 'organisationNumber').fill(SOLBACKA.organisationNumber);
    await page.getByTestId(form).getByText('fel kontrollsiffra').waitFor({ state: 'detached' });
    await field(form, 'name').fill(SOLBACKA.name);
    await field(form, 'region').selectOption('Västra Götaland');
    // The picker, grouped by SNI section, fills the code; a finer code is typed over it.
    expect(
      await field(form, 'sniPicker')
        .locator('optgroup[label="Q Vård och omsorg; sociala tjänster"] option')
        .allInnerTexts(),
    ).toEqual(['86 (avdelning Q)', '87 (avdelning Q)', '88 (avdelning Q)']);
    await field(form, 'sniPicker').selectOption('88');
    expect(await field(form, 'industry').inputValue()).toBe('88');
    await field(form, 'industry').fill('88.101');
    await field(form, 'deficiency').selectOption('NO_RETURN_TO_WORK_PLAN');

    // A personal identity number is flagged in the browser as it is typed, and nothing is sent.
    await field(form, 'description').fill('Anställd 811218-9876 saknar plan');
    await page.getByTestId(form).getByText('ser ut att innehålla ett personnummer').waitFor();
    await accessible('impulse form with a flagged field');
    await page.getByTestId(`${form}-submit`).click();
    expect(await field(form, 'description').getAttribute('aria-invalid')).toBe('true');
    expect(await events('ImpulseReported')).toEqual([]);

    // One the browser does not read gets through to the server, whose refusal shows at the field.
    await field(form, 'description').fill(PIN_IN_DEVANAGARI);
    await page.getByTestId(`${form}-submit`).click();
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field(form, 'description').getAttribute('aria-invalid')).toBe('true');
    expect(await field(form, 'name').getAttribute('aria-invalid')).toBeNull();
    expect(await events('ImpulseReported')).toEqual([]);

    await field(form, 'description').fill(DESCRIPTION);
    await page.getByTestId(`${form}-submit`).click();
    await page.locator('[data-testid="my-impulse"][data-status="OPEN"]').waitFor();

    // Twice more about the same employer: its name is suggested from the number, typed without the dash.
    for (const deficiency of ['NO_WORK_ADAPTATION', 'WORK_ENVIRONMENT_RISK']) {
      await field(form, 'organisationNumber').fill('5569012346');
      await eventually(() => field(form, 'name').inputValue(), SOLBACKA.name);
      await field(form, 'region').selectOption('Västra Götaland');
      await field(form, 'industry').fill('88.101');
      await field(form, 'deficiency').selectOption(deficiency);
      await field(form, 'description').fill(DESCRIPTION);
      const before = await page.getByTestId('my-impulse').count();
      await page.getByTestId(`${form}-submit`).click();
      await eventually(() => page.getByTestId('my-impulse').count(), before + 1);
    }
    await accessible('my impulses');
    state.impulses = (await impulses()).reverse();
    expect(state.impulses.map((i: any) => [i.status, i.deficiency, i.employer])).toEqual([
      ['OPEN', 'NO_RETURN_TO_WORK_PLAN', SOLBACKA],
      ['OPEN', 'NO_WORK_ADAPTATION', SOLBACKA],
      ['OPEN', 'WORK_ENVIRONMENT_RISK', SOLBACKA],
    ]);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('lets an officer compile a tip from the inbox: a lost race says what happened and leaves no tip; impulses added, removed and dismissed; the tip sent', async () => {
    const [first, second, third] = state.impulses.map((i: any) => i.id);
    await signInAs('COLLABORATION_OFFICER', 'tips');
    const group = page.locator(`[data-testid="employer-group"][data-employer="${SOLBACKA.organisationNumber}"]`);
    await group.waitFor();
    expect(await group.getByTestId('inbox-impulse').count()).toBe(3);
    await accessible('inbox');

    // Ticks the first and the third; meanwhile another officer bundles the third.
    await page.getByTestId(`tick-${first}`).check();
    await page.getByTestId(`tick-${third}`).check();
    await page.getByTestId(`compile-${SOLBACKA.organisationNumber}`).click();
    await field('form-compile', 'summary').fill('Tre impulser om uteblivna planer och arbetsanpassning.');
    const rival = await gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [third], summary: 'Sammanställt av en kollega.' },
    });
    state.rivalTipId = rival.compileTip.tip.id;
    const joinedBefore = await events('ImpulseJoinedTip');
    await page.getByTestId('form-compile-submit').click();
    await page.locator('[data-testid="form-problem"][data-rule="IMPULSE_ALREADY_IN_TIP"]').waitFor();
    const lost = page.locator(`[data-testid="lost-impulse"][data-impulse="${third}"][data-status="IN_TIP"]`);
    await lost.waitFor();
    expect(await lost.getByRole('link').getAttribute('href')).toBe(`#/tips/${state.rivalTipId}`);
    await page.locator(`[data-testid="inbox-impulse"][data-impulse="${third}"]`).waitFor({ state: 'detached' });
    await accessible('inbox after a lost race');
    // Nothing half-built: the rival's is the only tip, the first impulse is still open, no join was written.
    expect((await tips()).map((t: any) => t.id)).toEqual([state.rivalTipId]);
    expect((await impulses()).find((i: any) => i.id === first).status).toBe('OPEN');
    expect(await events('ImpulseJoinedTip')).toEqual(joinedBefore);

    // The first is still ticked: the tip is compiled from it alone.
    await page.getByTestId('form-compile-submit').click();
    await page.locator('[data-testid="tip-status"][data-status="DRAFT"]').waitFor();
    state.tipId = page.url().split('/tips/')[1];
    await eventually(() => page.getByTestId('tip-impulse').count(), 1);
    await accessible('tip page (draft)');

    // The second joins the tip, leaves it again, and is dismissed with a reason.
    await page.getByTestId('open-add').click();
    await field('form-add', 'impulseId').selectOption(second);
    await page.getByTestId('form-add-submit').click();
    await eventually(() => page.getByTestId('tip-impulse').count(), 2);
    await page.getByTestId(`remove-${second}`).click();
    await page.getByTestId('form-remove-submit').click();
    await eventually(() => page.getByTestId('tip-impulse').count(), 1);
    await page.getByTestId('back-to-tips').click();
    await page.getByTestId(`dismiss-${second}`).click();
    // Every free text is checked before it is sent, the reason too.
    await field('form-dismiss', 'reason').fill('Gäller 19811218-9876');
    await page.getByTestId('form-dismiss-submit').click();
    await page.getByTestId('form-dismiss').getByText('ser ut att innehålla ett personnummer').waitFor();
    expect(await events('ImpulseDismissed')).toEqual([]);
    await field('form-dismiss', 'reason').fill('Arbetsgivaren har redan en plan; kontakten gällde en annan fråga.');
    await page.getByTestId('form-dismiss-submit').click();
    await page.locator(`[data-testid="inbox-impulse"][data-impulse="${second}"]`).waitFor({ state: 'detached' });
    expect((await impulses()).find((i: any) => i.id === second).status).toBe('DISMISSED');

    await page.locator(`[data-testid="tip-card"][data-tip="${state.tipId}"] a`).click();
    await page.getByTestId('open-send').click();
    await page.getByTestId('form-send-submit').click();
    await page.locator('[data-testid="tip-status"][data-status="SENT"]').waitFor();
    const tip = (await tips()).find((t: any) => t.id === state.tipId);
    expect(tip).toMatchObject({ status: 'SENT', impulseIds: [first] });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('lets AV receive the sent tip and record a direct action, shown with its history; the funnel on the overview counts it', async () => {
    await signInAs('AV_INSPECTOR', 'tips');
    const card = page.locator(`[data-testid="tip-card"][data-tip="${state.tipId}"]`);
    await card.waitFor();
    // AV is given sent tips only: the rival's draft is not among them.
    expect(await page.getByTestId('tip-card').count()).toBe(1);
    await accessible('AV tips');
    await card.locator('a').click();
    await page.getByTestId('tip-impulses-hidden').waitFor();
    await page.getByTestId('open-receive').click();
    await field('form-receive', 'avDiaryNumber').fill('2026/004711');
    await page.getByTestId('form-receive-submit').click();
    await page.locator('[data-testid="tip-status"][data-status="RECEIVED"]').waitFor();

    await page.getByTestId('open-direct').click();
    await field('form-direct', 'action').selectOption('INSPECTION');
    await field('form-direct', 'note').fill('Inspektion bokad hos arbetsgivaren.');
    await accessible('direct action form');
    await page.getByTestId('form-direct-submit').click();
    await page.locator('[data-testid="tip-outcome"][data-kind="DIRECT_ACTION"]').waitFor();
    // A direct action rules out "no action": the form is no longer offered.
    expect(await page.getByTestId('open-none').count()).toBe(0);
    const history = await page.getByTestId('tip-history').locator('li').allInnerTexts();
    expect(history).toHaveLength(4);
    expect(history[2]).toContain('mottaget av AV, diarienummer 2026/004711');
    expect(history[3]).toContain('Direkt åtgärd: Inspektion – Inspektion bokad hos arbetsgivaren.');
    await accessible('tip page (received, with an outcome)');
    await page.screenshot({ path: join(ARTIFACTS, 'tips-tip-page.png'), fullPage: true });
    const tip = (await tips()).find((t: any) => t.id === state.tipId);
    expect(tip).toMatchObject({
      status: 'RECEIVED',
      avDiaryNumber: '2026/004711',
      outcomes: [{ kind: 'DIRECT_ACTION', action: 'INSPECTION', recordedBy: { name: 'Demo av_inspector' } }],
    });

    // The funnel of the impulses' year, as the steering group reads it: 3 impulses, 1 tip sent, 1 direct action.
    const year = state.impulses[0].reportedOn.slice(0, 4);
    await signInAs('STEERING_GROUP', 'oversikt');
    await page.goto(`${desk.base}/#/oversikt?ar=${year}`);
    const total = page.getByTestId('funnel-total');
    await eventually(
      async () => ((await total.count()) ? (await total.innerText()).match(/\d+/g)?.slice(0, 3) : null),
      ['3', '1', '1'],
    );
    await accessible('overview with the tip counted');
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
