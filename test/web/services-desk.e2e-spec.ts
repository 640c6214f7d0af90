import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closeAll, describeInBrowser, openPage, startWorkspace, Workspace } from '../support/browser';
import { ensureWebBuild } from '../support/web-build';

const FIGURE = '{ tipFunnel(year: 2024, groupBy: REGION) { total { impulses { value } } } }';

/**
 * Issue 27 point 1 in the web app: a data protection officer issues a dashboard service's
 * credential on the Tjänsteinloggningar desk, sees its secret once, and revokes it there; the
 * service's token works between the two and is refused after; an auditor reads the list only.
 */
describeInBrowser('the services desk browser test')('The service credentials desk', () => {
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-services-web-'));

  const signInAs = async (role: string) => {
    await page.goto(`${workspace.base}/`);
    if (await page.getByTestId('sign-out').count()) await page.getByTestId('sign-out').click();
    await page.getByTestId(`dev-token-${role}`).click();
    await page.getByTestId('who-role').waitFor();
  };
  const go = async (path: string) => {
    await page.goto(`${workspace.base}/#${path}`);
    await page.reload();
  };
  const tokenFor = async (clientId: string, clientSecret: string) => {
    const response = await fetch(`${workspace.base}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    return { status: response.status, body: (await response.json()) as { access_token?: string } };
  };
  const figureWith = async (token: string) =>
    (
      await fetch(`${workspace.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: FIGURE }),
      })
    ).status;

  beforeAll(async () => {
    await ensureWebBuild();
    workspace = await startWorkspace(dataDir);
    ({ browser, page } = await openPage(pageErrors));
  }, 240_000);
  afterAll(() => closeAll(browser, workspace, dataDir), 20_000);
  // As on every other desk: a test's steps each wait up to 30 s (browser.ts), so the test itself
  // has longer, and on a loaded machine a slow step is named by the step, not by Jest's timeout.

  it('issues a credential showing its secret once, and revokes it; the token works between the two only', async () => {
    await signInAs('DATA_PROTECTION_OFFICER');
    await go('/tjanster');
    await page.getByTestId('no-credentials').waitFor();
    await page.getByTestId('open-issue').click();
    const form = page.getByTestId('issue-form');
    await form.locator('[data-field="name"]').fill('Regionens dashboard');
    const expiry = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    await form.locator('[data-field="expiresOn"]').fill(expiry);
    await form.locator('[data-field="reason"]').fill('Styrgruppens beslut SG-7');
    await page.getByTestId('issue-form-submit').click();
    await page.getByTestId('issued').waitFor();
    const clientId = (await page.getByTestId('client-id').textContent())!.trim();
    const clientSecret = (await page.getByTestId('client-secret').textContent())!.trim();
    const row = page.locator(`[data-credential="${clientId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Aktiv');
    const results = await new AxeBuilder({ page } as any).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    const token = await tokenFor(clientId, clientSecret);
    expect(token.status).toBe(200);
    expect(await figureWith(token.body.access_token!)).toBe(200);

    await row.getByTestId('open-revoke').click();
    await row.locator('[data-field="reason"]').fill('Tjänsten läggs ned');
    await row.getByTestId('revoke-form-submit').click();
    await row.getByText('Återkallad').waitFor();
    expect(await figureWith(token.body.access_token!)).toBe(401);
    // A secret shown once: after a reload the page no longer has it.
    await page.reload();
    expect(await page.getByTestId('client-secret').count()).toBe(0);
  }, 90_000);

  it('shows an auditor the list, and no form', async () => {
    await signInAs('AUDITOR');
    await go('/tjanster');
    await page.getByTestId('credentials').waitFor();
    expect(await page.getByTestId('open-issue').count()).toBe(0);
    expect(await page.getByTestId('open-revoke').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
