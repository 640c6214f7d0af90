import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { deskInBrowser } from '../support/desk-page';
import {
  halsosamtArbetsliv,
  kommun,
  LAUNCH,
  launchCommunication,
  PLAN_CAMPAIGN,
  RECORD_INSPECTION,
  workplaceInspection,
} from '../support/supervision-fixtures';

/** The page's globals, for the functions that run in the browser (the project compiles without the DOM types). */
declare const document: any;

const omsorg = { organisationNumber: '556074-3089', name: 'Omsorg i Syd AB' };
const elsewhere = { organisationNumber: '212000-0142', name: 'Storstads kommun' };
/** Today in Stockholm: a meeting is planned, held and followed up on the day the test runs. */
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
const year = Number(today.slice(0, 4));
const selectionStream = `employerSelection-skane_${year}`;

/** A targeted dialogue in Skåne from the selection of its employers to a followed-up outcome, through the desk. */
describeInBrowser('the dialogue desk browser test')('The dialogue desk in a browser', () => {
  let inspectionId: string;
  let meetingId: string;
  const desk = deskInBrowser('dialogue', {
    prepare: async ({ gql }) => {
      // An earlier joint supervision inspection of the municipality, for a topic to cite.
      const planned = await gql('AV_INSPECTOR', PLAN_CAMPAIGN, { input: halsosamtArbetsliv });
      const campaignId = planned.data.planSupervisionCampaign.campaign.id;
      await gql('AV_INSPECTOR', LAUNCH, {
        input: { campaignId, launchedOn: '2025-08-20', communication: launchCommunication },
      });
      const inspection = await gql('AV_INSPECTOR', RECORD_INSPECTION, { input: workplaceInspection(campaignId) });
      inspectionId = inspection.data.recordInspection.inspection.id;
      // Selected in another area: never offered for a dialogue in Skåne.
      const other = await gql(
        'COLLABORATION_OFFICER',
        'mutation($input: SelectEmployerInput!) { selectEmployerForDialogue(input: $input) { revision } }',
        {
          input: {
            area: 'Stockholm',
            year,
            employer: elsewhere,
            criteria: [{ criterion: 'SIZE', value: '9 000 anställda', rationale: 'Största arbetsgivaren i länet' }],
            reason: 'Storlek',
          },
        },
      );
      expect(other.errors).toBeUndefined();
    },
  });
  const { accessible, field, fillIn, gql, events, pageErrors } = desk;
  let page: Page;
  beforeAll(() => ({ page } = desk));

  const tick = (form: string, name: string, value: string) =>
    field(form, name).locator(`input[value="${value}"]`).check();
  const signInAs = async (role: string) => {
    await desk.signInAs(role, 'dialog');
    await page.getByTestId('dialogue-coverage').waitFor();
  };
  const openSkane = async () => {
    await page.getByTestId('area-link-Skåne').click();
    await page.getByRole('heading', { level: 1, name: `Dialog i Skåne ${year}` }).waitFor();
  };
  const status = (value: string) => page.locator(`[data-testid="meeting-status"][data-status="${value}"]`).waitFor();

  it('selects employers in an area as decisions with criteria and rationale, withdraws one, and plans a targeted dialogue with the selected employers only, citing an inspection', async () => {
    await signInAs('COLLABORATION_OFFICER');
    await accessible('dialogue overview');
    await openSkane();
    await page.getByTestId('open-select').click();
    // Checked as typed: a wrong check digit never reaches the server.
    await field('form-select', 'organisationNumber').fill('212000-1356');
    await page.getByTestId('form-select-submit').click();
    await page.getByTestId('form-select').getByText('Organisationsnumret är inte giltigt').waitFor();
    expect(await field('form-select', 'organisationNumber').getAttribute('aria-invalid')).toBe('true');
    await fillIn('form-select', {
      ...kommun,
      'value:ILL_HEALTH_RATE': 'ohälsotal 16,1 dagar',
      'rationale:ILL_HEALTH_RATE': 'Klart över länets snitt',
      'value:KNOWN_CHALLENGES': 'Systembrister i rehabiliteringen',
      'rationale:KNOWN_CHALLENGES': 'Tillsynen 2025 fann brister',
      reason: 'Högt ohälsotal och brister i tillsynen',
    });
    await accessible('select form');
    await page.getByTestId('form-select-submit').click();
    const selected = page.locator(`[data-testid="selected-employer"][data-employer="${kommun.organisationNumber}"]`);
    await selected.waitFor();
    expect(await selected.innerText()).toContain('Tillsynen 2025 fann brister');
    expect(await selected.getByTestId('selection-reason').innerText()).toBe('Högt ohälsotal och brister i tillsynen');

    // The server's refusal of the second criterion's missing rationale lands at that field.
    await page.getByTestId('open-select').click();
    await fillIn('form-select', {
      ...omsorg,
      'value:ILL_HEALTH_RATE': 'ohälsotal 12 dagar',
      'rationale:ILL_HEALTH_RATE': 'Över snittet',
      'value:SIZE': '1 400 anställda',
      reason: 'Stor arbetsgivare i hemtjänsten',
    });
    await page.getByTestId('form-select-submit').click();
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field('form-select', 'rationale:SIZE').getAttribute('aria-invalid')).toBe('true');
    expect(await field('form-select', 'rationale:ILL_HEALTH_RATE').getAttribute('aria-invalid')).toBeNull();
    await field('form-select', 'rationale:SIZE').fill('Många anställda i hemtjänsten');
    await page.getByTestId('form-select-submit').click();
    await page.locator(`[data-testid="selected-employer"][data-employer="${omsorg.organisationNumber}"]`).waitFor();

    // A rule the server holds shows its message: the municipality is already selected.
    await page.getByTestId('open-select').click();
    await fillIn('form-select', {
      ...kommun,
      'value:SIZE': '3 000 anställda',
      'rationale:SIZE': 'Stor',
      reason: 'Igen',
    });
    await page.getByTestId('form-select-submit').click();
    await page.locator('[data-testid="form-problem"][data-rule="ALREADY_SELECTED"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('redan utvald');
    await page.getByTestId('open-select').click();

    // Withdrawn, as a decision with its reason.
    await page.getByTestId(`open-deselect-${omsorg.organisationNumber}`).click();
    await field('form-deselect', 'reason').fill('Dialog sker i stället inom forum Syd');
    await page.getByTestId('form-deselect-submit').click();
    await page
      .locator(`[data-testid="selected-employer"][data-employer="${omsorg.organisationNumber}"]`)
      .waitFor({ state: 'detached' });
    await accessible('area with its selection');
    await page.screenshot({ path: join(ARTIFACTS, 'dialogue-desk-area.png'), fullPage: true });
    const decisions = await events(selectionStream);
    expect(decisions.map((e: any) => [e.type, e.kind, e.reason])).toEqual([
      ['EmployerSelected', 'decision', 'Högt ohälsotal och brister i tillsynen'],
      ['EmployerSelected', 'decision', 'Stor arbetsgivare i hemtjänsten'],
      ['EmployerDeselected', 'decision', 'Dialog sker i stället inom forum Syd'],
    ]);

    // Planned: only the employer still selected in Skåne this year is offered, and only its inspection.
    await page.getByTestId('open-planTargeted').click();
    const offered = await field('form-planTargeted', 'employers').locator('input[type="checkbox"]').count();
    expect(offered).toBe(1);
    expect(await field('form-planTargeted', 'employers').innerText()).toContain(kommun.name);
    expect(await field('form-planTargeted', 'employers').innerText()).not.toContain(omsorg.name);
    expect(await field('form-planTargeted', 'employers').innerText()).not.toContain(elsewhere.name);
    const citable = await field('form-planTargeted', 'citedInspectionId')
      .locator('option')
      .evaluateAll((options: any[]) => options.map((o) => o.value));
    expect(citable).toEqual(['', inspectionId]);
    // Nothing ticked: said at the field before anything is sent.
    await page.getByTestId('form-planTargeted-submit').click();
    await page.getByTestId('form-planTargeted').getByText('Arbetsgivare – välj minst ett').waitFor();
    await tick('form-planTargeted', 'employers', kommun.organisationNumber);
    await field('form-planTargeted', 'plannedOn').fill(today);
    await tick('form-planTargeted', 'audiences', 'HR');
    await tick('form-planTargeted', 'audiences', 'MANAGERS');
    await field('form-planTargeted', 'topics').fill('Arbetsanpassning för chefer');
    await field('form-planTargeted', 'citedInspectionId').selectOption(inspectionId);
    // A personal identity number in the citing topic: refused by the server, marked at that field.
    await field('form-planTargeted', 'citedTopic').fill('Fynd om 811218-9876');
    await page.getByTestId('form-planTargeted-submit').click();
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field('form-planTargeted', 'citedTopic').getAttribute('aria-invalid')).toBe('true');
    expect(await field('form-planTargeted', 'topics').getAttribute('aria-invalid')).toBeNull();
    await field('form-planTargeted', 'citedTopic').fill('Rutiner för rehabilitering efter tillsynen');
    await accessible('targeted plan form');
    await page.getByTestId('form-planTargeted-submit').click();
    await status('PLANNED');
    meetingId = decodeURIComponent(/#\/dialog\/mote\/(.+)$/.exec(page.url())![1]);
    const planned = await gql(
      'AUDITOR',
      'query($id: String!) { dialogueMeeting(id: $id) { kind area plannedOn audiences employers { organisationNumber } topics { title citedInspectionId } } }',
      { id: meetingId },
    );
    expect(planned.data.dialogueMeeting).toEqual({
      kind: 'TARGETED',
      area: 'Skåne',
      plannedOn: today,
      audiences: ['HR', 'MANAGERS'],
      employers: [{ organisationNumber: kommun.organisationNumber }],
      topics: [
        { title: 'Rutiner för rehabilitering efter tillsynen', citedInspectionId: inspectionId },
        { title: 'Arbetsanpassning för chefer', citedInspectionId: null },
      ],
    });
    expect(await page.getByTestId('meeting-topics').innerText()).toContain(inspectionId);
    // The citation leads to the inspection's page on the supervision desk.
    expect(await page.getByTestId('cited-inspection').getAttribute('href')).toBe(
      `#/tillsyn/inspektion/${encodeURIComponent(inspectionId)}`,
    );
    await accessible('planned meeting');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('holds the dialogue only once both FK and AV take part, saying why in the form, then records an outcome and follows it up; the coverage counts it', async () => {
    await page.getByTestId('open-participants').click();
    await field('form-participants', 'others').fill('Fredrik Fors, FK');
    await page.getByTestId('form-participants-submit').click();
    await page.locator('[data-testid="meeting-participants"] li').nth(1).waitFor();
    expect(await page.getByTestId('meeting-participants').innerText()).toContain('Fredrik Fors');

    // Only FK is there: the form says AV is missing, and the server's refusal says the same.
    await page.getByTestId('open-hold').click();
    expect(await page.getByTestId('hold-agencies').getAttribute('data-missing')).toBe('AV');
    expect(await page.getByTestId('hold-agencies').innerText()).toContain('Saknas: AV');
    await field('form-hold', 'employerParticipants').fill('8');
    await accessible('hold form without AV');
    await page.getByTestId('form-hold-submit').click();
    await page.locator('[data-testid="form-problem"][data-rule="BOTH_AGENCIES_REQUIRED"]').waitFor();
    expect(await page.getByTestId('form-problem').innerText()).toContain('både FK och AV');

    // The AV inspector finds the meeting through the desk, takes part and holds it.
    await signInAs('AV_INSPECTOR');
    await openSkane();
    await page.locator(`[data-testid="dialogue-meeting"][data-meeting="${meetingId}"] a`).click();
    await status('PLANNED');
    await page.getByTestId('open-participants').click();
    await page.getByTestId('form-participants-submit').click();
    await page.locator('[data-testid="meeting-participants"] li[data-agency="AV"]').waitFor();
    await page.getByTestId('open-hold').click();
    expect(await page.getByTestId('hold-agencies').getAttribute('data-missing')).toBe('');
    await field('form-hold', 'employerParticipants').fill('8');
    await page.getByTestId('form-hold-submit').click();
    await status('HELD');
    expect(await page.getByTestId('employer-participants').innerText()).toBe('8');

    await page.getByTestId('open-outcome').click();
    await field('form-outcome', 'outcome').fill('Kommunen tar fram en rehabiliteringsrutin');
    await field('form-outcome', 'followUpBy').fill(today);
    await page.getByTestId('form-outcome-submit').click();
    const outcome = page.getByTestId('outcome').filter({ hasText: 'Kommunen tar fram en rehabiliteringsrutin' });
    await outcome.waitFor();
    const outcomeId = (await outcome.getAttribute('data-outcome'))!;
    await page.getByTestId(`open-followUp-${outcomeId}`).click();
    await field('form-followUp', 'note').fill('Rutinen är antagen av kommunstyrelsen');
    await field('form-followUp', 'done').selectOption('yes');
    await page.getByTestId('form-followUp-submit').click();
    await page.locator(`[data-testid="outcome"][data-outcome="${outcomeId}"][data-done="true"]`).waitFor();
    expect(await outcome.getByTestId('follow-ups').innerText()).toContain('Rutinen är antagen av kommunstyrelsen');
    await accessible('meeting followed up');
    await page.screenshot({ path: join(ARTIFACTS, 'dialogue-desk-meeting.png'), fullPage: true });

    const stored = await gql(
      'AUDITOR',
      `query($id: String!) { dialogueMeeting(id: $id) { status heldOn employerParticipants participants { name agency }
        outcomes { outcomeId description followUpBy done followUps { note done } } } }`,
      { id: meetingId },
    );
    const meeting = stored.data.dialogueMeeting;
    expect(meeting).toMatchObject({ status: 'HELD', heldOn: today, employerParticipants: 8 });
    expect(meeting.participants.map((p: any) => p.agency).sort()).toEqual(['AV', 'FK', 'FK']);
    expect(meeting.outcomes).toEqual([
      {
        outcomeId,
        description: 'Kommunen tar fram en rehabiliteringsrutin',
        followUpBy: today,
        done: true,
        followUps: [{ note: 'Rutinen är antagen av kommunstyrelsen', done: true }],
      },
    ]);
    const trail = await events(`dialogueMeeting-${meetingId}`);
    expect(trail.map((e: any) => `${e.type} ${e.actor.role}`)).toEqual([
      'DialogueMeetingPlanned COLLABORATION_OFFICER',
      'DialogueParticipantsRecorded COLLABORATION_OFFICER',
      'DialogueParticipantsRecorded AV_INSPECTOR',
      'DialogueMeetingHeld AV_INSPECTOR',
      'DialogueOutcomesRecorded AV_INSPECTOR',
      'DialogueFollowUpRecorded AV_INSPECTOR',
    ]);

    // The coverage per area counts it, each number read from the server's figure.
    await page.getByTestId('nav-dialog').click();
    const skane = page.locator('[data-testid="coverage-row"][data-area="Skåne"]');
    await skane.waitFor();
    const cell = (measure: string) => skane.locator(`[data-measure="${measure}"]`).innerText();
    expect(await cell('employersSelected')).toBe('1');
    expect(await cell('meetingsHeld')).toBe('1');
    expect(await cell('outcomes')).toBe('1');
    expect(await cell('outcomesFollowedUp')).toBe('1');
    await accessible('dialogue overview with coverage');
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('gives the steering group the coverage as links to the events behind it, and the leadership dialogue but not the targeted one', async () => {
    await signInAs('STEERING_GROUP');
    const link = page
      .locator('[data-testid="coverage-row"][data-area="Skåne"] [data-measure="outcomesFollowedUp"]')
      .getByTestId('figure');
    expect(await link.getAttribute('href')).toBe(
      `#/forklaring?figur=dialogueCoverage&matt=outcomesFollowedUp&nyckel=Sk%C3%A5ne&ar=${year}`,
    );
    const explained = await gql(
      'STEERING_GROUP',
      'query($cell: FigureCellInput!) { explain(figure: "dialogueCoverage", cell: $cell) { type stream } }',
      { cell: { measure: 'outcomesFollowedUp', key: 'Skåne', year } },
    );
    expect(explained.data.explain).toEqual([
      { type: 'DialogueFollowUpRecorded', stream: `dialogueMeeting-${meetingId}` },
    ]);

    await page.getByTestId('area-link-Stockholm').click();
    await page.getByTestId('open-planLeadership').waitFor();
    expect(await page.getByTestId('open-planTargeted').count()).toBe(0);
    expect(await page.getByTestId('open-select').count()).toBe(0);
    await page.getByTestId('open-planLeadership').click();
    await field('form-planLeadership', 'employers').fill(`${elsewhere.organisationNumber} ${elsewhere.name}`);
    await field('form-planLeadership', 'plannedOn').fill(today);
    await tick('form-planLeadership', 'audiences', 'SENIOR_MANAGEMENT');
    await field('form-planLeadership', 'topics').fill('Arbetsmiljö och rehabilitering i välfärdsyrkena');
    await accessible('leadership plan form');
    await page.getByTestId('form-planLeadership-submit').click();
    await status('PLANNED');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('Ledningsdialog');
    const id = decodeURIComponent(/#\/dialog\/mote\/(.+)$/.exec(page.url())![1]);
    // Cancelled as a decision, with its reason; nothing else is offered for a cancelled meeting.
    await page.getByTestId('open-cancel').click();
    await field('form-cancel', 'reason').fill('Flyttas till våren på kommundirektörernas begäran');
    await page.getByTestId('form-cancel-submit').click();
    await status('CANCELLED');
    expect(await page.getByTestId('meeting-commands').count()).toBe(0);
    expect(await page.getByTestId('meeting-facts').innerText()).toContain('kommundirektörernas begäran');
    expect((await events(`dialogueMeeting-${id}`)).map((e: any) => [e.type, e.kind, e.actor.role, e.reason])).toEqual([
      ['DialogueMeetingPlanned', 'action', 'STEERING_GROUP', null],
      ['DialogueMeetingCancelled', 'decision', 'STEERING_GROUP', 'Flyttas till våren på kommundirektörernas begäran'],
    ]);
    await accessible('cancelled leadership dialogue');
    await page.waitForFunction(() => document.title.startsWith('Dialogmöten'));
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
