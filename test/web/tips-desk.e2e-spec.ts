import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, closeAll, describeInBrowser, openPage, startWorkspace, Workspace } from '../support/browser';
import { ensureWebBuild } from '../support/web-build';

const SOLBACKA = { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' };
const DESCRIPTION = 'Arbetsgivaren har inte tagit fram någon plan för återgång i arbete efter 30 dagars sjukskrivning.';
/** 811218-9876 in Devanagari digits: a number the browser's early warning leaves to the server. */
const PIN_IN_DEVANAGARI = 'Gäller ८११२१८-९८७६ som saknar plan';

const IMPULSES = `{ impulses(first: 50) { edges { node { id status deficiency reportedOn tipId employer { organisationNumber name } } } } }`;
const TIPS = `{ tips(first: 50) { edges { node { id status impulseIds sentOn receivedOn avDiaryNumber
  outcomes { kind action note recordedBy { name } } } } } }`;
const COMPILE = `mutation($input: CompileTipInput!) { compileTip(input: $input) { tip { id } } }`;

/** The tip routine through the web app in headless Chromium, each step by the role that takes it. */
describeInBrowser('the tips desk browser test')('The tip routine’s desks in a browser', () => {
  let dataDir: string;
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const state: { impulses: any[]; tipId?: string; rivalTipId?: string } = { impulses: [] };

  const gql = async (role: string, query: string, variables: Record<string, unknown> = {}) => {
    const result = await workspace.gql(role, query, variables);
    expect(result.errors).toBeUndefined();
    return result.data;
  };
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

  /** No serious or critical accessibility violation on the page as it is now. */
  const accessible = async (what: string) => {
    const results = await new AxeBuilder({ page } as any).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${what}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  };
  // Designsystemet marks a field's help text data-field="description" too: the control is meant.
  const field = (form: string, name: string) =>
    page.getByTestId(form).locator(`:is(input, select, textarea)[data-field="${name}"]`);
  const signInAs = async (role: string, desk: string) => {
    await page.goto(`${workspace.base}/`);
    if (await page.getByTestId('sign-out').isVisible()) await page.getByTestId('sign-out').click();
    await page.getByTestId(`dev-token-${role}`).click();
    await page.getByTestId(`nav-${desk}`).click();
  };

  beforeAll(async () => {
    await ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-tips-'));
    workspace = await startWorkspace(dataDir);
    ({ browser, page } = await openPage(pageErrors));
  }, 180_000);

  afterAll(() => closeAll(browser, workspace, dataDir), 20_000);

  it('lets a caseworker report impulses: numbers checked as typed, a known employer’s name suggested, personal identity numbers stopped in the browser and by the server', async () => {
    await signInAs('FK_CASEWORKER', 'impulser');
    expect(await page.getByTestId('nav').locator('a').allInnerTexts()).toEqual(['Översikt', 'Impulser']);
    const form = 'form-report';
    await page.getByTestId(form).waitFor();
    await accessible('impulse desk');

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
});
