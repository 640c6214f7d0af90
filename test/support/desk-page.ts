import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Locator, Page } from 'playwright-core';
import { closeAll, openPage, startWorkspace, Workspace } from './browser';
import { tsNode } from './ts-node';
import { ensureWebBuild } from './web-build';

/** The page's globals, for the functions that run in the browser (the project compiles without the DOM types). */
declare const document: any;

/**
 * What a desk's browser test does on its page, over and over: check it with axe, reach a form's
 * field by its name, send a form. `page` is read at each call (the page opens in `beforeAll`).
 */
export function deskPage(page: () => Page) {
  /**
   * A form's control, or its group of checkboxes. Only those: Designsystemet marks a field's help
   * text `data-field="description"` too, which a field named `description` would also match.
   */
  const field = (form: string, name: string) =>
    page().getByTestId(form).locator(`:is(input, textarea, select, fieldset)[data-field="${name}"]`);
  const submit = (form: string) => page().getByTestId(`${form}-submit`).click();
  /** Fills a form's fields by name as a user does: typed into, or chosen where the field is a list. */
  const fillIn = async (form: string, values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) {
      const input = field(form, name);
      if ((await input.evaluate((e: any) => e.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
  };
  return {
    /** No serious or critical accessibility violation on the page as it is now. */
    accessible: async (what: string) => {
      const results = await new AxeBuilder({ page: page() } as any).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${what}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    },
    field,
    submit,
    fillIn,
    /**
     * Sends a command as a user does: the button that opens its form (`open-<name>` unless another
     * is named), the fields filled in, the form (`form-<name>`) sent.
     */
    sendForm: async (name: string, values: Record<string, string>, opener = `open-${name}`) => {
      await page().getByTestId(opener).click();
      await fillIn(`form-${name}`, values);
      await submit(`form-${name}`);
    },
  };
}

/** How a keyboard user works the page: Tab alone to a control, Enter on it, typing into fields. */
export function keyboard(page: () => Page, field: (form: string, name: string) => Locator) {
  /** Moves focus with Tab alone until the element with this test id has it. */
  const tabTo = async (testid: string) => {
    for (let i = 0; i < 80; i++) {
      if (await page().evaluate((id) => document.activeElement?.dataset?.testid === id, testid)) return;
      await page().keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${testid}`);
  };
  /** Whether focus is on this field of this form. */
  const onField = (form: string, name: string) =>
    page().evaluate(
      ([f, n]) =>
        document.activeElement?.dataset?.field === n && !!document.activeElement.closest(`[data-testid="${f}"]`),
      [form, name],
    );
  /** Moves focus with Tab alone to a form's field (its first part, for a date). */
  const tabToField = async (form: string, name: string) => {
    for (let i = 0; i < 40 && !(await onField(form, name)); i++) await page().keyboard.press('Tab');
    if (!(await onField(form, name))) throw new Error(`Tab never reached ${form} ${name}`);
  };
  return {
    tabTo,
    /** Tab to the control, then Enter: how a keyboard user presses a button or follows a link. */
    activate: async (testid: string) => {
      await tabTo(testid);
      await page().keyboard.press('Enter');
    },
    /** Tabs to a field and types into it, replacing what was there. */
    typeInto: async (form: string, name: string, text: string) => {
      await tabToField(form, name);
      await page().keyboard.press('Control+A');
      await page().keyboard.type(text);
    },
    /**
     * Chromium orders a date field's parts by its own locale, not the page's, so the parts are typed
     * in each order it may have until the field holds the date; `{Key}` presses a key (ArrowRight
     * leaves a year, which takes more than four digits). Back out and in again to start at its first part.
     */
    typeDate: async (form: string, name: string, expected: string, orders: string[][]) => {
      for (const keys of orders) {
        await tabToField(form, name);
        for (const key of keys) {
          if (key.startsWith('{')) await page().keyboard.press(key.slice(1, -1));
          else await page().keyboard.type(key);
        }
        if ((await field(form, name).inputValue()) === expected) return;
        while (await onField(form, name)) await page().keyboard.press('Shift+Tab');
      }
      throw new Error(`${form} ${name} never held ${expected}`);
    },
  };
}

/** The answer's data, once it is certain the server refused nothing. */
export async function dataOf(answer: Promise<{ data?: any; errors?: unknown[] }>) {
  const { data, errors } = await answer;
  expect(errors).toBeUndefined();
  return data;
}

export interface DeskSetup {
  /** Writes to the data dir before the server starts on it (a seed, legacy events). */
  seed?: (dataDir: string) => Promise<void>;
  /** Runs against the started server before the browser opens (what the API sets up for the story). */
  prepare?: (workspace: Workspace, dataDir: string) => Promise<void>;
  /** How long all of that may take, where a seed takes longer than the default three minutes. */
  timeout?: number;
}

/** `npm run cli -- seed` on the data dir: the demo workspace, as the README's tour starts it. */
export async function seedDemo(dataDir: string): Promise<void> {
  const seed = tsNode('apps/cli/src/main.ts', ['seed'], { DATA_DIR: dataDir });
  await promisify(execFile)(seed.command, seed.args, seed.options);
}

/**
 * A desk's browser test: before its tests, the current web build, the real server on a data dir of
 * its own and a page in Chromium; after them, all of it gone. Call it in the `describe`; what it
 * gives reads the page and the server at each call, as they exist only once `beforeAll` has run.
 */
export function deskInBrowser(name: string, setup: DeskSetup = {}) {
  let dataDir: string;
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuild();
    dataDir = mkdtempSync(join(tmpdir(), `samverkan-${name}-`));
    await setup.seed?.(dataDir);
    workspace = await startWorkspace(dataDir);
    await setup.prepare?.(workspace, dataDir);
    ({ browser, page } = await openPage(pageErrors));
  }, setup.timeout ?? 180_000); // seeding and starting the server compile the sources on the fly: ~25 s idle, minutes on a busy machine

  afterAll(() => closeAll(browser, workspace, dataDir), 20_000);

  const gql = (role: string, query: string, variables: Record<string, unknown> = {}) =>
    workspace.gql(role, query, variables);
  const onPage = deskPage(() => page);
  return {
    get page() {
      return page;
    },
    get workspace() {
      return workspace;
    },
    /** The data dir the server runs on (for the CLI beside it). */
    get dataDir() {
      return dataDir;
    },
    /** The server's address, where the web app is served. */
    get base() {
      return workspace.base;
    },
    /** The page's uncaught errors, which every story expects to stay none. */
    pageErrors,
    gql,
    ...onPage,
    ...keyboard(() => page, onPage.field),
    /**
     * Signs in with the role's dev token from the start page (signing out whoever is in), and opens
     * the desk whose menu link is `nav-<desk>`, or waits for the menu. A reloaded page shows the
     * sign-out or the dev tokens only once the app has started, so either is waited for first.
     */
    signInAs: async (role: string, desk?: string) => {
      await page.goto(`${workspace.base}/`);
      const signOut = page.getByTestId('sign-out');
      await signOut.or(page.getByTestId(`dev-token-${role}`)).waitFor();
      if (await signOut.isVisible()) await signOut.click();
      await page.getByTestId(`dev-token-${role}`).click();
      if (desk) await page.getByTestId(`nav-${desk}`).click();
      else await page.getByTestId('nav').waitFor();
    },
    /** The events of one stream, oldest first, with these fields, as the auditor reads the timeline. */
    events: async (stream: string, fields = 'type kind reason actor { role }') =>
      (
        await gql(
          'AUDITOR',
          `query($s: String!) { timeline(first: 100, filter: { stream: $s }) { edges { node { ${fields} } } } }`,
          { s: stream },
        )
      ).data.timeline.edges.map((e: any) => e.node),
  };
}
