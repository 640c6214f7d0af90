import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, describeInBrowser } from '../support/browser';
import { deskInBrowser } from '../support/desk-page';

/** A day in Stockholm, as the server dates what is left undated. */
const stockholmDay = (at: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(at);
const TODAY = stockholmDay(new Date());
/** The workplace inspection: a principal-level one must come after it. */
const EARLIER = stockholmDay(new Date(Date.now() - 7 * 24 * 3600 * 1000));
/** The campaign runs two years from the first of EARLIER's year, so both days lie in it whatever today is. */
const YEAR = Number(EARLIER.slice(0, 4));
const KOMMUN = { organisationNumber: '212000-1355', name: 'Exempelby kommun' };

const INSPECTION = `query($id: String!) { inspection(id: $id) { status level closedOn basedOnInspectionId
  requirements { description } followUps { requirementsMet } fkParticipants { id name } } }`;

/** A joint supervision campaign and its inspections through the web app, as AV and FK work them. */
describeInBrowser('the supervision desk browser test')('The joint supervision desk in a browser', () => {
  const desk = deskInBrowser('supervision');
  const { accessible, field, fillIn, submit, gql, pageErrors } = desk;
  const eventsOf = (stream: string) => desk.events(stream, 'type reason actor { role }');
  let page: Page;
  beforeAll(() => ({ page } = desk));
  let campaignId: string;
  let workplaceId: string;
  let principalId: string;
  const status = (what: 'campaign' | 'inspection', value: string) =>
    page.locator(`[data-testid="${what}-status"][data-status="${value}"]`).waitFor();
  /** Opens a command's form (unless it is open), fills it, sends it. */
  const send = async (command: string, values: Record<string, string>) => {
    if (!(await page.getByTestId(`form-${command}`).isVisible())) await page.getByTestId(`open-${command}`).click();
    await fillIn(`form-${command}`, values);
    await submit(`form-${command}`);
  };
  const refusedWith = async (rule: string) => {
    await page.locator(`[data-testid="form-problem"][data-rule="${rule}"]`).waitFor();
    return page.getByTestId('form-problem').innerText();
  };
  const signInAs = async (role: string) => {
    await desk.signInAs(role, 'tillsyn');
    await page.getByTestId('campaign-list').waitFor({ state: 'attached' });
  };
  const commandsOffered = () => page.getByTestId('inspection-commands').locator('[data-opens]').allInnerTexts();

  it('plans a campaign with sectors per year, the next year preliminary, changes those sectors by decision and launches it with its communication', async () => {
    await signInAs('AV_INSPECTOR');
    await accessible('campaigns');
    await send('plan', {
      name: 'Ett hälsosamt arbetsliv',
      focus: 'Arbetsanpassning',
      from: `${YEAR}-01-01`,
      to: `${YEAR + 1}-12-31`,
      year1: String(YEAR),
      sector1_1: 'PRESCHOOL',
      sector1_2: 'PRIMARY_CARE',
      year2: String(YEAR + 1),
      sector2_1: 'INDUSTRY',
      sector2_2: 'CONSTRUCTION',
    });
    await status('campaign', 'PLANNED');
    campaignId = page.url().split('/kampanj/')[1];
    const preliminary = page.locator(`[data-testid="sector-year"][data-year="${YEAR + 1}"]`);
    expect(await preliminary.getAttribute('data-preliminary')).toBe('true');
    expect(await preliminary.innerText()).toContain('Preliminär');
    expect(await page.locator(`[data-testid="sector-year"][data-year="${YEAR}"]`).innerText()).toBe(
      `${YEAR}: Förskola, Primärvård`,
    );
    await accessible('planned campaign');

    // The preliminary year is where the change form starts; the change is a decision with its reason.
    await page.getByTestId('open-changeSectors').click();
    expect(await field('form-changeSectors', 'year').inputValue()).toBe(String(YEAR + 1));
    expect(await field('form-changeSectors', 'sector_2').inputValue()).toBe('CONSTRUCTION');
    await page.getByTestId('open-changeSectors').click();
    await send('changeSectors', {
      sector_2: 'PRESCHOOL',
      preliminary: 'no',
      reason: 'Förskolorna följs upp även andra året',
    });
    await page.getByTestId('sector-changes').waitFor();
    expect(await preliminary.getAttribute('data-preliminary')).toBe('false');

    await send('launch', {
      audiences: 'partnerråd\nfackliga nätverk',
      summary: 'Kampanjen och dess inriktning presenterades',
    });
    await status('campaign', 'LAUNCHED');
    await page.getByTestId('milestone-launch').waitFor();
    await accessible('launched campaign');

    const { data } = await gql(
      'AUDITOR',
      'query($id: String!) { supervisionCampaign(id: $id) { status launch { on communication { audiences } } sectorsByYear { year sectors preliminary } } }',
      { id: campaignId },
    );
    expect(data.supervisionCampaign).toEqual({
      status: 'LAUNCHED',
      launch: { on: TODAY, communication: { audiences: ['partnerråd', 'fackliga nätverk'] } },
      sectorsByYear: [
        { year: YEAR, sectors: ['PRESCHOOL', 'PRIMARY_CARE'], preliminary: false },
        { year: YEAR + 1, sectors: ['INDUSTRY', 'PRESCHOOL'], preliminary: false },
      ],
    });
    const changed = (await eventsOf(`campaign-${campaignId}`)).find((e: any) => e.type === 'CampaignSectorsChanged');
    expect(changed).toMatchObject({
      reason: 'Förskolorna följs upp även andra året',
      actor: { role: 'AV_INSPECTOR' },
    });
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('takes a workplace inspection from recording to closed, with a requirement followed up as met', async () => {
    // Nothing makes a principal eligible yet: only the workplace level is offered.
    expect(await page.getByTestId('open-recordPrincipal').count()).toBe(0);
    // Only the campaign's sectors, each with the years it holds.
    await page.getByTestId('open-recordWorkplace').click();
    expect(await field('form-recordWorkplace', 'sector').locator('option').allInnerTexts()).toEqual([
      `Förskola (${YEAR}, ${YEAR + 1})`,
      `Primärvård (${YEAR})`,
      `Industri (${YEAR + 1})`,
    ]);
    await send('recordWorkplace', {
      organisationNumber: '212000-1356',
      name: KOMMUN.name,
      workplace: 'Förskolan Solrosen',
      sector: 'PRESCHOOL',
      inspectedOn: EARLIER,
      otherInspectors: 'Ingrid Inspektör',
    });
    // The organisation number's check digit is wrong: the server's refusal lands at the field.
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field('form-recordWorkplace', 'organisationNumber').getAttribute('aria-invalid')).toBe('true');
    await field('form-recordWorkplace', 'organisationNumber').fill(KOMMUN.organisationNumber);
    await page.getByTestId('form-recordWorkplace-submit').click();
    await status('inspection', 'OPEN');
    workplaceId = page.url().split('/inspektion/')[1];
    await accessible('recorded inspection');

    // A personal identity number never reaches the trail: refused at the field it was typed in.
    await send('findings', {
      area: 'Arbetsanpassning',
      description: 'Den anställde 811218-9876 saknar plan',
      systemDeficiency: 'yes',
    });
    await page.locator('[data-testid="form-problem"][data-problem="input"]').waitFor();
    expect(await field('form-findings', 'description').getAttribute('aria-invalid')).toBe('true');
    await send('findings', {
      area: 'Arbetsanpassning',
      description: 'Rutin för arbetsanpassning saknas hos huvudmannen',
      systemDeficiency: 'yes',
    });
    await page.getByTestId('findings').getByText('Systembrist').waitFor();
    await send('requirement', {
      description: 'Ta fram en rutin för arbetsanpassning',
      dueDate: `${YEAR + 1}-03-31`,
    });
    await page.getByTestId('requirements').locator('li').waitFor();

    // Not closed while the requirement is not followed up: the rule's message, in Swedish.
    await send('close', {});
    expect(await refusedWith('REQUIREMENTS_NOT_FOLLOWED_UP')).toContain('uppföljning har funnit varje krav uppfyllt');
    await send('followUp', { note: 'Rutinen är antagen och känd i verksamheten', requirementsMet: 'yes' });
    await page.getByTestId('follow-ups').getByText('Alla krav uppfyllda').waitFor();
    await send('close', {});
    await status('inspection', 'CLOSED');
    expect(await page.getByTestId('inspection-commands').count()).toBe(0);
    // AV does not read the timeline: no link to a page it may not open.
    expect(await page.getByTestId('inspection-timeline').count()).toBe(0);
    await accessible('closed inspection');
    await page.screenshot({ path: join(ARTIFACTS, 'supervision-desk-inspection.png'), fullPage: true });

    expect((await gql('AUDITOR', INSPECTION, { id: workplaceId })).data.inspection).toMatchObject({
      status: 'CLOSED',
      level: 'WORKPLACE',
      closedOn: TODAY,
      requirements: [{ description: 'Ta fram en rutin för arbetsanpassning' }],
      followUps: [{ requirementsMet: true }],
    });
    const events = await eventsOf(`inspection-${workplaceId}`);
    expect(events.map((e: any) => e.type)).toEqual([
      'InspectionRecorded',
      'FindingsRecorded',
      'RequirementIssued',
      'FollowUpRecorded',
      'InspectionClosed',
    ]);
    expect(events.every((e: any) => e.actor.role === 'AV_INSPECTOR')).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('offers the principal level once the system deficiencies made the principal eligible, and closes it after FK records its participation', async () => {
    await page.getByTestId('back-to-campaign').click();
    // The eligibility process runs on its own subscription: the page shows it once it has.
    const eligible = page.getByTestId('eligible-principal');
    for (let i = 0; i < 20 && !(await eligible.count()); i++) {
      await page.waitForTimeout(250);
      await page.getByTestId('campaign-reload').click();
    }
    expect(await eligible.getAttribute('data-organisation')).toBe(KOMMUN.organisationNumber);
    await page.locator('[data-testid="total-withSystemDeficiencies"][data-value="1"]').waitFor();
    expect(await page.getByTestId('total-requirementsIssued').getAttribute('data-value')).toBe('1');
    await accessible('campaign with an eligible principal');

    await send('recordPrincipal', { sector: 'PRESCHOOL' });
    await status('inspection', 'OPEN');
    principalId = page.url().split('/inspektion/')[1];
    expect(await page.getByTestId('inspection-level').innerText()).toBe('Huvudmannanivå');
    // AV may not record FK's part, and may not close without it.
    expect(await commandsOffered()).not.toContain('Registrera FK:s deltagande');
    await send('close', {});
    expect(await refusedWith('FK_PARTICIPATION_REQUIRED')).toContain('FK:s deltagande');

    // FK's collaboration officer finds the inspection from the campaign and records FK's part.
    await signInAs('COLLABORATION_OFFICER');
    await page.getByTestId('campaign-card').getByRole('link').click();
    await page.locator(`[data-testid="inspection-row"][data-inspection="${principalId}"] a`).click();
    await status('inspection', 'OPEN');
    expect(await commandsOffered()).toEqual(['Registrera FK:s deltagande']);
    await send('fk', {
      informedAbout: 'Stöd för att förebygga sjukfrånvaro',
      otherParticipants: 'Fia Försäkringskassan',
    });
    await page.getByTestId('fk-participation').getByText('Fia Försäkringskassan').waitFor();
    await accessible('inspection with FK participation');

    await signInAs('AV_INSPECTOR');
    await page.goto(`${desk.base}/#/tillsyn/inspektion/${principalId}`);
    await send('close', {});
    await status('inspection', 'CLOSED');

    const inspection = (await gql('AUDITOR', INSPECTION, { id: principalId })).data.inspection;
    expect(inspection).toMatchObject({ status: 'CLOSED', level: 'PRINCIPAL', basedOnInspectionId: workplaceId });
    expect(inspection.fkParticipants).toEqual([
      { id: 'dev-collaboration-officer', name: expect.any(String) },
      { id: expect.stringMatching(/^person-/), name: 'Fia Försäkringskassan' },
    ]);
    const fk = (await eventsOf(`inspection-${principalId}`)).find((e: any) => e.type === 'FkParticipationRecorded');
    expect(fk.actor.role).toBe('COLLABORATION_OFFICER');
    expect(pageErrors).toEqual([]);
  }, 90_000);

  it('carries an open inspection over by decision, concludes and evaluates the campaign; an auditor reads it without commands, each dashboard number leading to the events it counts', async () => {
    await page.goto(`${desk.base}/#/tillsyn/kampanj/${campaignId}`);
    await send('recordWorkplace', {
      organisationNumber: KOMMUN.organisationNumber,
      name: KOMMUN.name,
      workplace: 'Förskolan Vitsippan',
      sector: 'PRESCHOOL',
    });
    await status('inspection', 'OPEN');
    const openId = page.url().split('/inspektion/')[1];
    await page.getByTestId('back-to-campaign').click();
    await page.getByTestId('principal-inspected').waitFor();
    const conclusion = { audiences: 'partnerråd', summary: 'Resultaten återkopplades till parterna' };
    await send('conclude', conclusion);
    expect(await refusedWith('CAMPAIGN_HAS_OPEN_INSPECTIONS')).toContain('stängd eller överförd');

    await page.locator(`[data-testid="inspection-row"][data-inspection="${openId}"] a`).click();
    await send('carryOver', { reason: 'Uppföljningen av kraven sker efter kampanjen' });
    await status('inspection', 'CARRIED_OVER');
    // Carried over, the work on it goes on, but it is not carried over again.
    expect(await commandsOffered()).toContain('Stäng inspektionen');
    expect(await commandsOffered()).not.toContain('Beslut: för över inspektionen');
    const carried = (await eventsOf(`inspection-${openId}`)).find((e: any) => e.type === 'InspectionCarriedOver');
    expect(carried.reason).toBe('Uppföljningen av kraven sker efter kampanjen');

    await page.getByTestId('back-to-campaign').click();
    await send('conclude', conclusion);
    await status('campaign', 'CONCLUDED');
    // The steering group evaluates; concluded, the campaign offers it nothing else.
    await signInAs('STEERING_GROUP');
    await page.getByTestId('campaign-card').getByRole('link').click();
    await status('campaign', 'CONCLUDED');
    expect(await page.getByTestId('campaign-commands').locator('[data-opens]').allInnerTexts()).toEqual([
      'Utvärdera kampanjen',
    ]);
    await send('evaluate', { summary: 'Tre inspektioner, en huvudman följd upp med FK' });
    await status('campaign', 'EVALUATED');
    expect(await page.getByTestId('campaign-commands').count()).toBe(0);
    const evaluated = (await eventsOf(`campaign-${campaignId}`)).find((e: any) => e.type === 'CampaignEvaluated');
    expect(evaluated.actor.role).toBe('STEERING_GROUP');

    await signInAs('AUDITOR');
    await page.getByTestId('campaign-card').getByRole('link').click();
    await status('campaign', 'EVALUATED');
    await page.locator('[data-testid="total-inspections"][data-value="3"]').waitFor();
    expect(await page.getByTestId('campaign-commands').count()).toBe(0);
    expect(await page.getByTestId('campaign-timeline').getAttribute('href')).toBe(
      `#/tidslinje?strom=campaign-${campaignId}`,
    );
    const links = page.getByTestId('inspections-dashboard').getByTestId('figure');
    expect(await links.count()).toBeGreaterThan(5);
    for (const link of await links.all()) {
      const params = new URLSearchParams((await link.getAttribute('href'))!.split('?')[1]);
      const cell = {
        measure: params.get('matt'),
        campaignId: params.get('kampanj'),
        ...(params.get('grupp') ? { groupBy: params.get('grupp'), key: params.get('nyckel') } : {}),
      };
      const explained = await gql(
        'AUDITOR',
        'query($figure: String!, $cell: FigureCellInput!) { explain(figure: $figure, cell: $cell) { type } }',
        { figure: params.get('figur'), cell },
      );
      expect(explained.errors).toBeUndefined();
      expect(explained.data.explain).toHaveLength(Number(await link.innerText()));
    }
    await accessible('evaluated campaign (auditor)');
    await page.screenshot({ path: join(ARTIFACTS, 'supervision-desk-campaign.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
