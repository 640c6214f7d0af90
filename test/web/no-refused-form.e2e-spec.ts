import type { Page } from 'playwright-core';
import { ALL_ROLES } from '@samverkan/auth';
import { describeInBrowser, Workspace } from '../support/browser';
import { deskInBrowser, seedDemo } from '../support/desk-page';

/** The page's globals, for the functions that run in the browser (the project compiles without the DOM types). */
declare const document: any, sessionStorage: any, location: any;

/** Entity pages opened per desk: enough to meet each kind of page with the demo data's states. */
const PAGES_PER_DESK = 6;

/**
 * Issue 24, point 9, from the other side: on the demo workspace, each role walks every desk it may
 * open and the entity pages they link to, and no form or button there names a command outside the
 * role's row of the server's matrix. (commands-within-reach.e2e-spec.ts shows each allowed command
 * has a form; this shows none is offered that would be refused.)
 */
describeInBrowser('the forms-per-role browser test')('No role is offered a command the server refuses', () => {
  const desk = deskInBrowser('forms', { seed: seedDemo });
  const { pageErrors } = desk;
  let page: Page;
  let workspace: Workspace;
  beforeAll(() => {
    ({ page, workspace } = desk);
    page.on('request', (request) => inFlight.add(request));
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
  });

  /** Every request the page made has been answered, and none came for a while: the view is drawn. */
  const inFlight = new Set<unknown>();
  const settled = async () => {
    for (let quiet = 0; quiet < 3;) {
      await page.waitForTimeout(150);
      quiet = inFlight.size ? 0 : quiet + 1;
    }
  };

  /** The commands named by forms and their buttons on the page as it is now. */
  const offered = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('[data-mutation]')].map((element: any) => element.dataset.mutation as string),
    );

  /** Links from this page into the same desk's own pages (an entity, a sub-page). */
  const deskLinks = (desk: string) =>
    page.evaluate(
      (prefix) =>
        [...document.querySelectorAll(`a[href^="#/${prefix}/"]`)].map((a: any) => a.getAttribute('href') as string),
      desk,
    );

  /** Every command the walks met, over all roles. */
  const met = new Set<string>();

  it.each(ALL_ROLES)(
    'offers %s only commands in its row of the matrix',
    async (role) => {
      const row = new Set<string>((await workspace.gql(role, '{ myOperations }')).data.myOperations);
      await page.goto(`${workspace.base}/`);
      await page.evaluate(() => sessionStorage.clear());
      await page.goto(`${workspace.base}/`);
      await page.getByTestId(`dev-token-${role}`).click();
      await page.getByTestId('who-role').waitFor();
      await page.getByTestId('nav-oversikt').waitFor();
      const desks = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid^="nav-"]')].map((a: any) => a.dataset.testid.slice(4) as string),
      );
      const seen = new Map<string, string>();
      for (const desk of desks) {
        const queue = [`#/${desk}`];
        const visited = new Set<string>();
        while (queue.length && visited.size <= PAGES_PER_DESK) {
          const hash = queue.shift()!;
          if (visited.has(hash)) continue;
          visited.add(hash);
          // Within the app, as a link would: the router draws the page, which then asks for its data.
          await page.evaluate((h) => (location.hash = h), hash);
          await page.waitForFunction((h) => location.hash === h, hash);
          await settled();
          for (const mutation of await offered()) seen.set(mutation, hash);
          queue.push(...(await deskLinks(desk)));
        }
      }
      const refused = [...seen].filter(([mutation]) => !row.has(mutation)).map(([m, where]) => `${m} at ${where}`);
      expect(refused).toEqual([]);
      for (const mutation of seen.keys()) met.add(mutation);
      expect(pageErrors).toEqual([]);
    },
    120_000,
  );

  // The walks meet most commands (else they would prove little): some sit behind a search or a
  // state the demo data does not reach, like the data protection officer's erasure.
  it('meets most of the commands on the way', () => {
    expect(met.size).toBeGreaterThanOrEqual(40);
  });
});
