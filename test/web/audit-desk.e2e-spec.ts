import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser, Workspace } from '../support/browser';
import { deskInBrowser, seedDemo } from '../support/desk-page';
import { pdfText } from '../support/pdf-text';
import { tsNode } from '../support/ts-node';

const FROM = '2025-01-01';
const TO = '2025-12-31';
const REPORT = `query { esfReport(from: "${FROM}", to: "${TO}") { position
  activities { stream deliverable title heldOn sources participants { total } }
  decisions { eventId }
  participants { total managers } } }`;

/**
 * An auditor reconstructs a demo year through the web app (the report, a line's events, a seal, a
 * correction shown as an amendment, a green verification, a signed digest), and the data
 * protection officer erases a forum representative whose name then shows on no page visited.
 */
describeInBrowser('the audit desk browser test')("The auditor's and data protection officer's desks", () => {
  const desk = deskInBrowser('audit-web', { seed: seedDemo, timeout: 240_000 });
  const { gql, accessible, signInAs, pageErrors } = desk;
  let page: Page;
  let workspace: Workspace;
  let dataDir: string;
  beforeAll(() => ({ page, workspace, dataDir } = desk));
  /** The attendance the seal's test corrected: the months' test corrects the same meeting again. */
  let firstCorrection: { title: string; heldOn: string; position: string };
  /** Opens a page by its address, loaded afresh: a desk reads its address's parameters when it opens. */
  const go = async (path: string) => {
    await page.goto(`${workspace.base}/#${path}`);
    await page.reload();
  };
  /** The file a click offers to save, as bytes. */
  const downloaded = async (control: string | Locator) => {
    const target = typeof control === 'string' ? page.getByTestId(control) : control;
    const [download] = await Promise.all([page.waitForEvent('download'), target.click()]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  };

  it("shows the period's report as the API computes it, each line leading to its events, and downloads the CLI's very bytes", async () => {
    await signInAs('AUDITOR');
    await go(`/revision?fran=${FROM}&till=${TO}`);
    await page.getByTestId('esf-body').waitFor();
    const report = (await gql('AUDITOR', REPORT)).data.esfReport;
    expect(report.activities.length).toBeGreaterThan(3);
    expect(await page.getByTestId('esf-activity').count()).toBe(report.activities.length);
    expect(await page.getByTestId('esf-decision').count()).toBe(report.decisions.length);
    expect(await page.getByTestId('participants-total').innerText()).toMatch(
      new RegExp(`^${report.participants.total} `),
    );
    await accessible('ESF report');

    // The operator's export of the same period from the same store: the page's download equals it.
    const exports = Promise.all(
      ['csv', 'json'].map((format) => cliOutput(['export', 'esf', '--from', FROM, '--to', TO, '--format', format])),
    );
    const csv = await downloaded('download-csv');
    expect(csv.name).toBe(`esf-${FROM}--${TO}.csv`);
    const [cliCsv, cliJson] = await exports;
    expect(csv.bytes.toString('utf8')).toBe(cliCsv);
    const json = await downloaded('download-json');
    expect(json.bytes.toString('utf8')).toBe(cliJson);
    expect(JSON.parse(cliJson).position).toBe(report.position);

    // A line's events: as many as the line cites, each a link into the timeline that opens its entity.
    const line = page.getByTestId('esf-activity').first();
    const stream = await line.getAttribute('data-stream');
    const sources = report.activities.find((a: any) => a.stream === stream).sources;
    await line.getByTestId('show-events').click();
    await page.getByTestId('line-events').getByTestId('timeline-link').first().waitFor();
    expect(await page.getByTestId('line-events').getByTestId('timeline-link').count()).toBe(sources.length);
    await accessible("a line's events");
    const own = page.getByTestId('line-events').locator(`[data-position="${sources.at(-1)}"]`);
    await own.click();
    await page.getByTestId('entity-panel').waitFor();
    await page.locator(`[data-testid="history-item"][data-position="${sources.at(-1)}"].highlight`).waitFor();
    // The entity panel reads as a document in Swedish, with what each revision changed.
    await page.getByTestId('state-document').waitFor();
    expect(await page.getByTestId('entity-state').innerText()).not.toMatch(/^\s*[{"]/m);
    await page.getByTestId('revision-changes').first().waitFor();
    await accessible('the entity panel');
    expect(pageErrors).toEqual([]);
  }, 300_000); // two CLI runs (a Nest app each) beside the server: about a minute on a busy machine, over two with eight suites beside it

  it("prints the ESF report and a year's plan on A4 with their key figures", async () => {
    await go(`/revision?fran=${FROM}&till=${TO}`);
    await page.getByTestId('esf-body').waitFor();
    const report = (await gql('AUDITOR', REPORT)).data.esfReport;
    const printed = await pdfText(await page.pdf({ format: 'A4' }));
    // Lines wrap where the page ends them: compare words, not line breaks.
    const esf = { ...printed, text: printed.text.replace(/\s+/g, ' ') };
    expect(esf.pages).toBeGreaterThan(0);
    expect(esf.text).toContain(`ESF-rapport ${FROM} – ${TO}`);
    expect(esf.text).toContain(String(report.participants.total));
    expect(esf.text).toContain(report.activities[0].title);
    // Menus and buttons stay off paper.
    expect(esf.text).not.toContain('Ladda ner CSV');

    await signInAs('STEERING_GROUP');
    const plans = (
      await gql(
        'STEERING_GROUP',
        '{ collaborationPlans(first: 10) { edges { node { year title activities { title } } } } }',
      )
    ).data.collaborationPlans.edges.map((e: any) => e.node);
    const plan = plans[0];
    await go(`/styrgrupp/${plan.year}`);
    await page.getByTestId('plan-status').waitFor();
    const document = (await pdfText(await page.pdf({ format: 'A4' }))).text.replace(/\s+/g, ' ');
    expect(document).toContain(plan.title);
    for (const activity of plan.activities) expect(document).toContain(activity.title);
    expect(document).not.toContain('Logga ut');
  }, 60_000);

  it('seals the period; a later correction shows as an amendment citing it; the chains verify and a signed digest checks', async () => {
    await signInAs('AUDITOR');
    await go('/revision/forseglingar');
    await page.getByTestId('open-seal').click();
    await page.locator('[data-testid="seal-form"] [data-field="from"]').fill(FROM);
    await page.locator('[data-testid="seal-form"] [data-field="to"]').fill(TO);
    await page.locator('[data-testid="seal-form"] [data-field="reason"]').fill('Utbetalningsansökan 4');
    await accessible('the seal form');
    await page.getByTestId('seal-form-submit').click();
    await page.getByTestId('seal').first().waitFor();
    const seals = (await gql('AUDITOR', '{ esfSeals { sealId from to reason sealedBy { role } } }')).data.esfSeals;
    expect(seals).toEqual([
      expect.objectContaining({ from: FROM, to: TO, reason: 'Utbetalningsansökan 4', sealedBy: { role: 'AUDITOR' } }),
    ]);

    // A forum coordinator corrects the attendance of a meeting in the sealed period.
    const corrected = await correctAttendance();
    firstCorrection = corrected;
    await page.getByTestId('seal-changes').first().click();
    await page.locator('[data-testid="seal-holds"][data-holds="true"]').waitFor();
    const amendment = page.locator('[data-testid="amendment"][data-change="CHANGED"]').first();
    await amendment.waitFor();
    expect(await amendment.innerText()).toContain(corrected.title);
    const cause = amendment.getByTestId('amendment-cause').first();
    expect(await cause.getByTestId('timeline-link').getAttribute('data-position')).toBe(corrected.position);
    expect(await cause.innerText()).toContain('rättelse');
    const amendments = (
      await gql(
        'AUDITOR',
        `{ esfReportAmendments(sealId: "${seals[0].sealId}") { holds amendments { change causes { position corrects } } } }`,
      )
    ).data.esfReportAmendments;
    expect(amendments.holds).toBe(true);
    expect(amendments.amendments.flatMap((a: any) => a.causes.map((c: any) => c.position))).toContain(
      corrected.position,
    );
    await accessible('the amendments');

    await go('/revision/integritet');
    await page.getByTestId('verify').click();
    await page.locator('[data-testid="verify-result"][data-holds="true"]').waitFor();
    const verified = (await gql('AUDITOR', '{ verifyIntegrity { eventsChecked } }')).data.verifyIntegrity;
    expect(await page.getByTestId('verify-result').innerText()).toContain(`${verified.eventsChecked} händelser`);
    const digest = await downloaded('take-digest');
    const kept = JSON.parse(digest.bytes.toString('utf8'));
    expect(kept.format).toBe('samverkan-integrity-digest/2');
    expect(await page.getByTestId('digest-root').innerText()).toBe(kept.root);
    const key = await downloaded('download-key');
    // The kept digest checks against the store, under the key the auditor kept.
    await page
      .getByTestId('digest-file')
      .setInputFiles({ name: digest.name, mimeType: 'application/json', buffer: digest.bytes });
    await page
      .getByTestId('key-file')
      .setInputFiles({ name: 'workspace-key.pem', mimeType: 'text/plain', buffer: key.bytes });
    await page.getByTestId('check-digest').click();
    await page.locator('[data-testid="digest-check"][data-holds="true"]').waitFor();
    // A tampered digest does not.
    const forged = Buffer.from(
      JSON.stringify({ ...kept, root: kept.root.replace(/^./, (c: string) => (c === 'a' ? 'b' : 'a')) }),
    );
    await page
      .getByTestId('digest-file')
      .setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: forged });
    await page.getByTestId('check-digest').click();
    await page.locator('[data-testid="digest-check"][data-holds="false"]').waitFor();
    await accessible('integrity');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('reports the next month in order, offers its CSV, and shows why a corrected month must be reported again', async () => {
    await go('/revision/manader');
    await page.locator('[data-testid="month"][data-month="2024-05"]').waitFor();
    await page.getByTestId('open-report').click();
    // Only the next month in order is offered.
    expect(await page.locator('[data-testid="report-month-form"] [data-field="month"] option').allInnerTexts()).toEqual(
      ['2024-05'],
    );
    await page.locator('[data-testid="report-month-form"] [data-field="reason"]').fill('Månadsrapport ESF+');
    await page.getByTestId('report-month-form-submit').click();
    await page.locator('[data-testid="month"][data-month="2024-05"][data-status="REPORTED"]').waitFor();
    const months = (await gql('AUDITOR', '{ participantMonths(from: "2024-05", to: "2024-06") { month status } }')).data
      .participantMonths;
    expect(months).toEqual([
      { month: '2024-05', status: 'REPORTED' },
      { month: '2024-06', status: 'UNREPORTED' },
    ]);
    // A month with activities: its CSV from the page is the operator's export, byte for byte.
    const csv = await downloaded(page.locator('[data-month="2024-09"]').getByTestId('month-csv'));
    expect(csv.name).toBe('deltagare-2024-09.csv');
    const exported = await cliOutput(['export', 'participants', '--month', '2024-09']);
    expect(csv.bytes.toString('utf8')).toBe(exported);
    expect(exported.split('\n').length).toBeGreaterThan(3);
    await accessible('participant months');

    // The months up to a forum meeting's are reported; then its attendance is corrected again.
    const target = firstCorrection.heldOn.slice(0, 7);
    for (
      let m = new Date(Date.UTC(2024, 5, 1));
      m.toISOString().slice(0, 7) <= target;
      m.setUTCMonth(m.getUTCMonth() + 1)
    ) {
      const sent = await gql(
        'AUDITOR',
        'mutation($input: ReportParticipantMonthInput!) { reportParticipantMonth(input: $input) { month { status } } }',
        { input: { month: m.toISOString().slice(0, 7) } },
      );
      expect(sent.errors).toBeUndefined();
    }
    const corrected = await correctAttendance();
    const month = corrected.heldOn.slice(0, 7);
    expect(month).toBe(target);
    await go('/revision/manader');
    const row = page.locator(`[data-testid="month"][data-month="${month}"][data-status="NEEDS_REREPORT"]`);
    await row.getByTestId('month-why').click();
    await row.getByTestId('month-cause').first().waitFor();
    const causes = await row
      .getByTestId('month-cause')
      .getByTestId('timeline-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('data-position')));
    expect(causes).toContain(corrected.position);
    await accessible('why a month is re-reported');
  }, 150_000);

  it('explains an overview figure by its events, each leading into the timeline', async () => {
    await go('/oversikt?ar=2024');
    const figure = page.locator('[data-testid="funnel-total"] [data-testid="figure"][data-measure="tips"]');
    await figure.waitFor();
    const shown = Number(await figure.innerText());
    await figure.click();
    await page.locator('[data-testid="explain-count"]').waitFor();
    expect(Number(await page.getByTestId('explain-count').getAttribute('data-count'))).toBe(shown);
    expect(await page.getByTestId('explained-event').count()).toBe(shown);
    await accessible('the explain page');
    await page.getByTestId('explained-event').first().getByTestId('timeline-link').click();
    await page.getByTestId('entity-panel').waitFor();
  }, 60_000);

  it('lets the data protection officer erase a forum representative after confirming; every page then shows "raderad"', async () => {
    const forums = (await gql('AUDITOR', '{ forums { id members { representatives { personId name } } } }')).data
      .forums;
    const forum = forums.find((f: any) => f.members.some((m: any) => m.representatives.length));
    const person = forum.members.flatMap((m: any) => m.representatives)[0];
    const surname = person.name.split(' ').at(-1);
    // Before: the auditor sees the name where the forum's state names its people.
    await go(`/tidslinje?strom=forum-${forum.id}`);
    await page.getByTestId('entity-people').getByText(person.name).waitFor();

    await signInAs('DATA_PROTECTION_OFFICER');
    await go('/dataskydd');
    await page.getByTestId('people-search').fill(surname);
    await page.getByTestId('people-find').click();
    const row = page.locator(`[data-testid="person"][data-person="${person.personId}"]`);
    await row.getByTestId('open-erase').click();
    await row.locator('[data-field="reason"]').fill('Begäran om radering, dnr DSO 2026/14');
    await row.locator('[data-field="confirm"]').fill('ja');
    await row.getByTestId('erase-form-submit').click();
    // The confirmation step holds: nothing is erased until RADERA is typed.
    await row.locator('[data-field="confirm"][aria-invalid="true"]').waitFor();
    expect(
      (await gql('DATA_PROTECTION_OFFICER', `{ findPeople(text: "${surname}") { id } }`)).data.findPeople,
    ).toContainEqual({
      id: person.personId,
    });
    await accessible('the erasure form');
    await row.locator('[data-field="confirm"]').fill('RADERA');
    await row.getByTestId('erase-form-submit').click();
    await page.getByTestId('erased').waitFor();
    const erasure = (
      await gql(
        'AUDITOR',
        '{ timeline(first: 5, filter: { module: "privacy" }) { edges { node { type reason actor { role } } } } }',
      )
    ).data.timeline.edges.map((e: any) => e.node);
    expect(erasure).toEqual([
      expect.objectContaining({
        type: 'PersonErased',
        reason: 'Begäran om radering, dnr DSO 2026/14',
        actor: expect.objectContaining({ role: 'DATA_PROTECTION_OFFICER' }),
      }),
    ]);
    expect(await page.locator('body').innerText()).not.toContain(person.name);
    await accessible('the DPO desk after erasure');

    // Every page the auditor then visits: the name is gone, "raderad" stands in its place.
    await signInAs('AUDITOR');
    await go(`/tidslinje?strom=forum-${forum.id}`);
    await page.getByTestId('entity-people').getByText('raderad').first().waitFor();
    await page.getByTestId('timeline-entry').first().waitFor();
    expect(await page.locator('body').innerText()).not.toContain(person.name);
    await go(`/revision?fran=2024-05-01&till=${TO}`);
    await page.getByTestId('esf-body').waitFor();
    expect(await page.locator('body').innerText()).not.toContain(person.name);
    await go('/revision/forseglingar');
    await page.getByTestId('seal').first().waitFor();
    expect(await page.locator('body').innerText()).not.toContain(person.name);
    await page.screenshot({ path: join(ARTIFACTS, 'audit-desk.png') });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  /** `npm run cli -- <args>` on the workspace's data dir, beside the running server: its output. */
  async function cliOutput(args: string[]): Promise<string> {
    const { command, args: argv, options } = tsNode('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
    return (await promisify(execFile)(command, argv, { ...options, encoding: 'utf8', maxBuffer: 50_000_000 })).stdout;
  }

  /** Corrects the attendance of a forum meeting held in the period: two more managers for its first member. */
  async function correctAttendance(): Promise<{ title: string; heldOn: string; position: string }> {
    const report = (await gql('AUDITOR', REPORT)).data.esfReport;
    for (const activity of report.activities.filter((a: any) => a.deliverable === 'REGIONAL_FORUM')) {
      const history = (
        await gql(
          'AUDITOR',
          `{ entityHistory(stream: "${activity.stream}", first: 100) { edges { node { eventId type data } } } }`,
        )
      ).data.entityHistory.edges.map((e: any) => e.node);
      const recorded = history.filter((e: any) => Array.isArray(e.data?.members) && e.data.members.length).at(-1);
      if (!recorded) continue;
      const members = recorded.data.members.map((m: any, i: number) => ({
        organisationNumber: m.organisationNumber,
        managers: m.participants.MANAGER + (i === 0 ? 2 : 0),
        hr: m.participants.HR,
        other: m.participants.OTHER,
      }));
      const sent = await gql(
        'FORUM_COORDINATOR',
        `mutation($input: RecordForumAttendanceInput!) { recordForumMeetingAttendance(input: $input) { position } }`,
        {
          input: {
            meetingId: activity.stream.slice('forumMeeting-'.length),
            members,
            guests: [],
            correction: { corrects: recorded.eventId, reason: 'Två chefer saknades i närvaron' },
          },
        },
      );
      if (sent.errors) continue;
      return {
        title: activity.title,
        heldOn: activity.heldOn,
        position: sent.data.recordForumMeetingAttendance.position,
      };
    }
    throw new Error('No forum meeting in the period whose attendance the coordinator may correct');
  }
});
