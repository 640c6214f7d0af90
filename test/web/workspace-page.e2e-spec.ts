import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stockholmDate } from '@samverkan/core/domain';
import { ESTABLISH } from '../support/forum-fixtures';
import { LegacyForum, writeLegacyForum } from '../support/legacy-events';
import { DRAFT, draft2025 } from '../support/plan-fixtures';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { deskInBrowser, seedDemo } from '../support/desk-page';

/** The page's globals, for the functions that run in the browser (the project compiles without the DOM types). */
declare const document: any, sessionStorage: any, window: any;

const FUNNEL = `query($year: Int!) { tipFunnel(year: $year, groupBy: REGION) {
  total { impulses { value display suppressed } tips { value display suppressed } directActions { value display suppressed } }
  groups { label figures { impulses { value display suppressed } tips { value display suppressed } directActions { value display suppressed } } }
} }`;

type Cell = { value: number | null; display: string; suppressed: boolean };

/** A forum meeting loaded by the release before the envelope kept the world's time. */
const LEGACY: LegacyForum = {
  forumId: 'arkiv',
  name: 'Forum Arkiv',
  region: 'Gotland',
  establishedOn: '2024-09-02',
  meetingId: 'arkiv-ht',
  heldOn: '2024-10-08',
  term: 'HT',
  year: 2024,
};
const text = (cell: Cell) => (cell.suppressed ? cell.display : String(cell.value));

/** The real server on a seeded data dir, the page in headless Chromium, as a person would use it. */
describeInBrowser('the workspace page browser test')('The workspace page in a browser', () => {
  const desk = deskInBrowser('web', {
    seed: async (dataDir) => {
      await seedDemo(dataDir);
      await writeLegacyForum(dataDir, LEGACY);
    },
  });
  const { gql, pageErrors } = desk;
  let page: Page;
  let base: string;
  beforeAll(() => ({ page, base } = desk));

  it('signs in with the auditor dev token and shows the 2024 tip funnel as a chart with the same figures as the API', async () => {
    await page.goto(`${base}/`);
    await page.getByTestId('dev-token-AUDITOR').click();
    await page.getByTestId('who-role').waitFor();
    expect(await page.getByTestId('who').innerText()).toMatch(/Revisor, FK/);
    expect(await page.evaluate(() => sessionStorage.getItem('samverkan.session'))).toContain('"role":"AUDITOR"');

    // The year choice: every year the API has data for, and the next year.
    await page.locator('[data-testid="year-select"][data-state="ready"]').waitFor();
    const offered = await page.getByTestId('year-select').locator('option').allInnerTexts();
    const tipYears: number[] = (await gql('AUDITOR', '{ tipFunnelYears }')).data.tipFunnelYears;
    const planYears: number[] = (
      await gql('AUDITOR', '{ collaborationPlans(first: 500) { edges { node { year } } } }')
    ).data.collaborationPlans.edges.map((e: any) => e.node.year);
    const next = new Date().getFullYear() + 1;
    expect(tipYears).toContain(2024);
    expect(offered.map(Number)).toEqual(
      [...new Set([...tipYears, ...planYears, new Date().getFullYear() - 1, next])].sort((a, b) => a - b),
    );
    expect(offered).toContain(String(next));

    await page.getByTestId('year-select').selectOption('2024');
    await page.getByTestId('funnel-total').filter({ hasText: '(2024)' }).waitFor();
    for (const section of ['section-funnel', 'section-plan', 'section-cadence', 'section-supervision']) {
      await page.locator(`[data-testid="${section}"]:not([data-state="loading"])`).waitFor();
    }
    expect(await page.locator('[data-state="error"]').count()).toBe(0);

    // The chart is drawn: its pixels differ from a blank canvas of the same size.
    const drawn = await page.getByTestId('funnel-chart').evaluate((canvas: any) => {
      const blank = document.createElement('canvas');
      blank.width = canvas.width;
      blank.height = canvas.height;
      return canvas.width > 0 && canvas.height > 0 && canvas.toDataURL() !== blank.toDataURL();
    });
    expect(drawn).toBe(true);

    // The table next to it has the API's figures, region by region, and the seeded totals.
    const table = await page.getByTestId('funnel-table').evaluate((element: any) => {
      const rows = (selector: string) =>
        [...element.querySelectorAll(selector)].map((row: any) =>
          [...row.cells].map((cell: any) => cell.textContent?.trim() as string),
        );
      return { body: rows('tbody tr'), footer: rows('tfoot tr') };
    });
    const funnel = (await gql('AUDITOR', FUNNEL, { year: 2024 })).data.tipFunnel;
    expect(table.body).toEqual(
      funnel.groups.map((g: any) => [
        g.label,
        text(g.figures.impulses),
        text(g.figures.tips),
        text(g.figures.directActions),
      ]),
    );
    expect(table.footer).toEqual([['Totalt', '113', '25', text(funnel.total.directActions)]]);
    expect(await page.getByTestId('funnel-total').innerText()).toMatch(/113 impulser → 25 tips/);

    await page.screenshot({ path: join(ARTIFACTS, 'overview.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('filters the timeline by module, scrolls for more, and shows a new entry live without a reload', async () => {
    await page.getByRole('link', { name: 'Tidslinje' }).click();
    await page.getByTestId('timeline-entry').first().waitFor();

    await page.getByTestId('filter-module').selectOption('forums');
    await page.getByTestId('filter-apply').click();
    const listed = () =>
      page.$$eval('[data-testid="timeline-list"] [data-testid="timeline-entry"]', (entries: any[]) =>
        entries.map((e) => ({ position: e.dataset.position as string, module: e.dataset.module as string })),
      );
    // The unfiltered page is still listed until the filtered one replaces it, and it has 50 too.
    await page.waitForFunction(() => {
      const entries = [...document.querySelectorAll('[data-testid="timeline-list"] [data-testid="timeline-entry"]')];
      return entries.length >= 50 && entries.every((e) => (e as any).dataset.module === 'forums');
    });
    // The list fills in pages of 50 while its end is in sight, so how many pages have loaded by now depends on the
    // window and the machine's pace; whatever is listed must be the API's filtered timeline from the top, in order.
    const timelineOf = async (first: number) =>
      (
        await gql(
          'AUDITOR',
          `{ timeline(first: ${first}, filter: { module: "forums" }) { edges { node { position module } } } }`,
        )
      ).data.timeline.edges.map((e: any) => e.node);
    const firstPages = await listed();
    expect(firstPages.length % 50).toBe(0);
    expect(firstPages).toEqual(await timelineOf(firstPages.length));
    expect((await timelineOf(firstPages.length + 1)).length).toBe(firstPages.length + 1); // there is more to load

    // Scrolling to the end of the list loads the next 50 (the `after` cursor).
    await page.locator('.sentinel').scrollIntoViewIfNeeded();
    await page.waitForFunction(
      (shown) =>
        document.querySelectorAll('[data-testid="timeline-list"] [data-testid="timeline-entry"]').length > shown,
      firstPages.length,
    );
    const scrolled = await listed();
    expect(scrolled.slice(0, firstPages.length)).toEqual(firstPages);
    expect(scrolled).toEqual(await timelineOf(scrolled.length));
    expect((await listed()).every((e) => e.module === 'forums')).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));

    // Live: a plan event (filtered out) and a new forum (shown at the top, marked new).
    await page.locator('html[data-live="connected"]').waitFor();
    await page.waitForTimeout(500); // let the subscription register on the server
    expect((await gql('STEERING_GROUP', DRAFT, { input: { ...draft2025, year: 2031 } })).errors).toBeUndefined();
    const established = await gql('STEERING_GROUP', ESTABLISH, {
      input: { forumId: 'gotland', name: 'Forum Gotland', region: 'Gotland', establishedOn: '2026-01-15' },
    });
    expect(established.errors).toBeUndefined();
    const fresh = page.getByTestId('timeline-live').getByTestId('timeline-entry').filter({ hasText: 'Forum Gotland' });
    await fresh.waitFor();
    expect(await fresh.getByTestId('new-badge').innerText()).toBe('Ny');
    expect(await fresh.getAttribute('data-module')).toBe('forums');
    expect(await page.getByTestId('timeline-live').getByTestId('timeline-entry').count()).toBe(1);

    // The entity panel: the new forum's history and its state now.
    await fresh.getByTestId('stream-link').click();
    // …as a labelled document in Swedish, not JSON.
    await page.getByTestId('entity-state').locator('[data-path="name"]', { hasText: 'Forum Gotland' }).waitFor();
    expect(await page.getByTestId('entity-state').locator('[data-path="name"] dt').innerText()).toBe('Namn');
    expect(await page.getByTestId('entity-state').innerText()).not.toContain('"name"');
    await page.getByTestId('entity-history').locator('li').first().waitFor();
    expect(await page.getByTestId('entity-history').locator('li').count()).toBe(1);
    // …and as it was before it was established: not there yet.
    await page.getByTestId('as-of-at').fill('2020-01-01T12:00:00');
    await page.getByTestId('as-of-show').click();
    await page.getByTestId('entity-not-existed').waitFor();

    await page.screenshot({ path: join(ARTIFACTS, 'timeline.png') });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows when a decision was taken and when it was recorded, marks late entries and filters them, and says which clock the entity state used', async () => {
    // The demo is loaded today; the steering group adopted the 2024 plan on 2024-02-20.
    const today = stockholmDate(new Date());
    await page.getByTestId('filter-reset').click();
    await page.getByTestId('filter-stream').fill('plan-2024');
    await page.getByTestId('filter-late').check();
    await page.getByTestId('filter-apply').click();
    const lateQuery =
      '{ timeline(first: 100, filter: { stream: "plan-2024", lateOnly: true }) { edges { node { position type daysLate } } } }';
    const late: { position: string; type: string; daysLate: number }[] = (
      await gql('AUDITOR', lateQuery)
    ).data.timeline.edges.map((e: any) => e.node);
    const all = (
      await gql('AUDITOR', '{ timeline(first: 100, filter: { stream: "plan-2024" }) { edges { node { position } } } }')
    ).data.timeline.edges;
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(all.length);
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="timeline-list"] [data-testid="timeline-entry"]').length === n,
      late.length,
    );
    await page.getByText(/Inga fler händelser/).waitFor();
    const list = page.getByTestId('timeline-list').getByTestId('timeline-entry');
    expect(await list.evaluateAll((entries: any[]) => entries.map((e) => e.dataset.position))).toEqual(
      late.map((e) => e.position),
    );
    expect(await list.getByTestId('late-badge').count()).toBe(late.length);

    const adopted = late.find((e) => e.type === 'PlanAdopted')!;
    const entry = page.locator(`[data-testid="timeline-list"] [data-position="${adopted.position}"]`);
    expect(await entry.getByTestId('entry-when').innerText()).toBe(`beslutat 2024-02-20, registrerat ${today}`);
    expect(await entry.getByTestId('late-badge').innerText()).toBe('efterregistrerad');
    expect(await entry.getByTestId('late-badge').getAttribute('title')).toBe(
      `Registrerad ${adopted.daysLate} dagar efter beslutet`,
    );

    // The entity panel shows the same dates; the plan as of March 2024 exists on the world's clock only.
    await entry.getByTestId('stream-link').click();
    const history = page.getByTestId('entity-history').locator(`[data-position="${adopted.position}"]`);
    await history.waitFor();
    expect(await history.getByTestId('entry-when').innerText()).toBe(`beslutat 2024-02-20, registrerat ${today}`);
    expect(await history.getByTestId('late-badge').count()).toBe(1);
    await page.getByTestId('as-of-at').fill('2024-03-01T12:00:00');
    await page.getByTestId('as-of-clock').selectOption('OCCURRED');
    await page.getByTestId('as-of-show').click();
    await page.locator('[data-testid="entity-clock"][data-clock="OCCURRED"]').waitFor();
    expect(await page.getByTestId('entity-clock').innerText()).toBe('Räknat efter när det inträffade.');
    expect(await page.getByTestId('entity-state').locator('[data-path="status"] dd').innerText()).toBe('Fastställd');
    await page.getByTestId('as-of-clock').selectOption('RECORDED');
    await page.getByTestId('as-of-show').click();
    await page.getByTestId('entity-not-existed').waitFor();
    expect(await page.getByTestId('entity-clock').innerText()).toBe('Räknat efter när det registrerades.');

    // A meeting loaded before the envelope kept the world's time: dated from its data.
    await page.getByTestId('filter-late').uncheck();
    await page.getByTestId('filter-stream').fill('forumMeeting-arkiv-ht');
    await page.getByTestId('filter-apply').click();
    const legacyHeld = page
      .getByTestId('timeline-list')
      .getByTestId('timeline-entry')
      .filter({ hasText: 'Mötet hölls' });
    await legacyHeld.waitFor();
    expect(await legacyHeld.getByTestId('entry-when').innerText()).toBe(
      `inträffade ${LEGACY.heldOn}, registrerat ${today}`,
    );
    expect(await legacyHeld.getByTestId('late-badge').innerText()).toBe('efterregistrerad');

    await page.screenshot({ path: join(ARTIFACTS, 'timeline-late-entries.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
