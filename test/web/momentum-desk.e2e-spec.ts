import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { deskInBrowser } from '../support/desk-page';

/** A fictional limited company with a valid check digit. */
const BOLAG = '556901-2346';
const VISIT = { title: 'Studiebesök om arbetsinkludering', place: 'Oslo' };

/**
 * Momentum's activities desk in headless Chromium: a study visit is planned, moved, held, its
 * participants recorded and then corrected with a reason, and evaluated; it is found in the list by
 * kind, status and year, and it counts in the ESF report an auditor reads.
 */
describeInBrowser('the momentum desk browser test')("Momentum's activities desk in a browser", () => {
  const desk = deskInBrowser('momentum');
  const { accessible, field, sendForm, submit, gql, signInAs, events, pageErrors } = desk;
  let page: Page;
  beforeAll(() => ({ page } = desk));
  let activityId: string;

  const status = (value: string) => page.locator(`[data-testid="activity-status"][data-status="${value}"]`).waitFor();
  const esfActivities = async () =>
    (
      await gql(
        'AUDITOR',
        `{ esfReport(from: "2026-10-01", to: "2026-10-31") { activities { activityId deliverable format title heldOn
          organisations { organisation participants { managers hr other } } participants { managers hr other named total } } } }`,
      )
    ).data.esfReport.activities;

  it('plans a study visit (one without a country refused by its rule), moves it and holds it with a summary', async () => {
    await signInAs('FORUM_COORDINATOR', 'momentum');
    await page.getByTestId('open-plan').waitFor();
    await accessible('activities');
    await sendForm('plan', {
      kind: 'STUDY_VISIT',
      title: VISIT.title,
      organiser: 'FK',
      date: '2026-10-05',
      place: VISIT.place,
      expectedParticipants: '12',
    });
    await page.locator('[data-testid="form-problem"][data-rule="COUNTRY_REQUIRED"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('anger landet');
    await field('form-plan', 'country').fill('NO');
    await accessible('plan an activity');
    await submit('form-plan');
    await status('PLANNED');
    activityId = decodeURIComponent(page.url().split('#/momentum/')[1]);
    await accessible('planned activity');

    await sendForm('reschedule', { date: '2026-10-07' });
    await page.getByTestId('activity-date').getByText('2026-10-07').waitFor();

    await sendForm('hold', {
      heldOn: '2026-10-07',
      summary: 'Besök hos NAV om arbetsinkludering och samverkan med arbetsgivare.',
    });
    await status('HELD');
    // A held activity is no longer moved, held or cancelled.
    expect(await page.getByTestId('open-reschedule').count()).toBe(0);
  }, 60_000);

  it('records the participants by organisation and by name, then corrects them with a reason, and takes the evaluation', async () => {
    await page.getByTestId('open-record').click();
    await field('form-record', 'organisations').fill(`${BOLAG}; 3; 2; 0\nFK; 0; 0; 4`);
    await field('form-record', 'namedParticipants').fill('Fiktiv Värd; NAV; vard@example.no');
    await accessible('record participants');
    await submit('form-record');
    await page.locator('[data-testid="participant-totals"][data-total="10"][data-recordings="1"]').waitFor();
    expect(await page.getByTestId('named-participants').innerText()).toBe('Fiktiv Värd, NAV');

    // The second recording is a correction: the form now asks why, and sends nothing without it.
    await page.getByTestId('open-record').click();
    expect(await field('form-record', 'organisations').inputValue()).toBe(`${BOLAG}; 3; 2; 0\nFK; 0; 0; 4`);
    await field('form-record', 'organisations').fill(`${BOLAG}; 3; 2; 0\nFK; 0; 0; 2`);
    await field('form-record', 'namedParticipants').fill('Fiktiv Värd; NAV');
    await submit('form-record');
    await page.getByTestId('form-record').getByText('Skäl till rättelsen måste fyllas i').waitFor();
    await field('form-record', 'reason').fill('Två av FK:s deltagare var med på distans i ett annat projekt');
    await submit('form-record');
    await page.locator('[data-testid="participant-totals"][data-total="8"][data-recordings="2"]').waitFor();

    await sendForm('evaluate', { scale: '8,45', respondents: '6' });
    await page.getByTestId('form-evaluate').getByText('Skriv ett tal mellan 1 och 10 med högst en decimal.').waitFor();
    await field('form-evaluate', 'scale').fill('8,4');
    await submit('form-evaluate');
    await page.getByTestId('evaluation').getByText('8,4 av 10, 6 svarande').waitFor();
    await accessible('held activity');
    await page.screenshot({ path: join(ARTIFACTS, 'momentum-activity.png'), fullPage: true });

    const recordings = (await events(`projectActivity-${activityId}`, 'type reason data')).filter(
      (n: any) => n.type === 'ParticipantsRecorded',
    );
    expect(recordings.map((n: any) => n.reason)).toEqual([
      null,
      'Två av FK:s deltagare var med på distans i ett annat projekt',
    ]);
    // The names went to the person directory; the trail keeps only the person's id.
    expect(JSON.stringify(recordings)).not.toContain('Fiktiv Värd');
    const { participants, evaluation } = (
      await gql(
        'STEERING_GROUP',
        `query($id: String!) { projectActivity(id: $id) { participants { totals { managers hr other named total } named { name } } evaluation { scale respondents } } }`,
        { id: activityId },
      )
    ).data.projectActivity;
    expect(participants).toEqual({
      totals: { managers: 3, hr: 2, other: 2, named: 1, total: 8 },
      named: [{ name: 'Fiktiv Värd' }],
    });
    expect(evaluation).toEqual({ scale: 8.4, respondents: 6 });
  }, 60_000);

  it('finds the visit in the list by kind, status and year, and the auditor finds it in the ESF report with the corrected participants', async () => {
    // A conference planned through the API shows that the filter leaves it out.
    const conference = await gql(
      'STEERING_GROUP',
      `mutation($input: PlanProjectActivityInput!) { planProjectActivity(input: $input) { activity { id } } }`,
      {
        input: {
          kind: 'CONFERENCE',
          title: 'Slutkonferens',
          organiser: 'FK',
          date: '2027-03-15',
          place: 'Stockholm',
          expectedParticipants: 150,
        },
      },
    );
    expect(conference.errors).toBeUndefined();
    await page.getByTestId('back-to-activities').click();
    await page.getByTestId('activity-row').nth(1).waitFor();
    await page.getByTestId('activity-filter-kind').selectOption('STUDY_VISIT');
    await page.getByTestId('activity-filter-status').selectOption('HELD');
    await page.getByTestId('activity-filter-year').fill('2026');
    await page.getByTestId('activity-filter-apply').click();
    await page.locator('[data-testid="activity-row"]').nth(1).waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="activity-row"]').getAttribute('data-activity')).toBe(activityId);
    await page.getByTestId('activity-filter-year').fill('2027');
    await page.getByTestId('activity-filter-apply').click();
    await page.getByText('Inga aktiviteter matchar filtret.').waitFor();
    await accessible('filtered activities');

    expect(await esfActivities()).toEqual([
      {
        activityId,
        deliverable: 'STUDY_VISIT',
        format: 'STUDY_VISIT',
        title: VISIT.title,
        heldOn: '2026-10-07',
        organisations: [
          { organisation: BOLAG, participants: { managers: 3, hr: 2, other: 0 } },
          { organisation: 'FK', participants: { managers: 0, hr: 0, other: 2 } },
        ],
        participants: { managers: 3, hr: 2, other: 2, named: 1, total: 8 },
      },
    ]);

    // The conference, still planned, is cancelled by a decision with its reason.
    const conferenceId = conference.data.planProjectActivity.activity.id;
    await page.goto(`${desk.base}/#/momentum/${encodeURIComponent(conferenceId)}`);
    await sendForm('cancel', { reason: 'Ersätts av regionala konferenser' });
    await status('CANCELLED');
    expect(await page.getByTestId('activity-commands').count()).toBe(0);
    const cancelled = (
      await gql(
        'AUDITOR',
        `query($s: String!) { timeline(first: 10, filter: { stream: $s, kind: decision }) { edges { node { type reason } } } }`,
        { s: `projectActivity-${conferenceId}` },
      )
    ).data.timeline.edges.map((e: any) => e.node);
    expect(cancelled).toEqual([{ type: 'ActivityCancelled', reason: 'Ersätts av regionala konferenser' }]);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
