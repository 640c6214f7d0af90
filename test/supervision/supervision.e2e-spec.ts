import { refusalOf, useTestApp } from '../support/test-app';
import {
  CARRY_OVER,
  CHANGE_SECTORS,
  CLOSE_INSPECTION,
  CONCLUDE,
  EVALUATE,
  FINDINGS,
  FK_PARTICIPATION,
  FOLLOW_UP,
  kommun,
  LAUNCH,
  launchCommunication,
  halsosamtArbetsliv,
  PLAN_CAMPAIGN,
  RECORD_INSPECTION,
  REQUIREMENT,
  until,
  workplaceInspection,
} from '../support/supervision-fixtures';
import { decisionsOf } from '../support/decisions';

const AV = 'AV_INSPECTOR';
const reasonOf = (res: { errors?: { extensions?: Record<string, any> }[] }) =>
  res.errors?.[0]?.extensions?.details?.reason;

/**
 * "Ett hälsosamt arbetsliv" from plan to evaluation: workplace inspections, system deficiencies
 * that make the principal eligible, a principal-level inspection with FK, and the dashboard.
 */
describe('Joint supervision', () => {
  const t = useTestApp();
  let campaignId: string;
  let preschoolId: string;
  let principalId: string;
  let industryId: string;

  it('lets AV plan and launch a campaign with FK, and no one else', async () => {
    expect(refusalOf(await t.gql('FK_CASEWORKER', PLAN_CAMPAIGN, { input: halsosamtArbetsliv }))).toBe('FORBIDDEN');
    const planned = await t.gql(AV, PLAN_CAMPAIGN, { input: halsosamtArbetsliv });
    expect(planned.data.planSupervisionCampaign.campaign).toMatchObject({
      status: 'PLANNED',
      lead: 'AV',
      partner: 'FK',
    });
    campaignId = planned.data.planSupervisionCampaign.campaign.id;

    expect(refusalOf(await t.gql(AV, RECORD_INSPECTION, { input: workplaceInspection(campaignId) }))).toBe(
      'CAMPAIGN_NOT_LAUNCHED',
    );
    const launched = await t.gql(AV, LAUNCH, {
      input: { campaignId, launchedOn: '2025-08-20', communication: launchCommunication },
    });
    expect(launched.data.launchSupervisionCampaign.campaign).toMatchObject({
      status: 'LAUNCHED',
      launch: { on: '2025-08-20', communication: launchCommunication },
    });
  });

  it('records inspections only inside the period and the sectors of their year', async () => {
    expect(
      refusalOf(
        await t.gql(AV, RECORD_INSPECTION, { input: workplaceInspection(campaignId, { sector: 'HOME_CARE' }) }),
      ),
    ).toBe('SECTOR_NOT_IN_CAMPAIGN');
    expect(
      refusalOf(
        await t.gql(AV, RECORD_INSPECTION, { input: workplaceInspection(campaignId, { inspectedOn: '2025-07-15' }) }),
      ),
    ).toBe('INSPECTION_OUTSIDE_PERIOD');
    expect(
      refusalOf(
        await t.gql(AV, RECORD_INSPECTION, {
          input: workplaceInspection(campaignId, { sector: 'PRESCHOOL', inspectedOn: '2026-02-10' }),
        }),
      ),
    ).toBe('SECTOR_NOT_IN_CAMPAIGN');

    const preschool = await t.gql(AV, RECORD_INSPECTION, {
      input: workplaceInspection(campaignId, { otherInspectors: ['Ingrid Inspektör'] }),
    });
    expect(preschool.errors).toBeUndefined();
    expect(preschool.data.recordInspection.inspection).toMatchObject({
      level: 'WORKPLACE',
      status: 'OPEN',
      inspectors: [{ id: 'dev-av-inspector' }, { id: expect.stringMatching(/^person-/) }],
    });
    preschoolId = preschool.data.recordInspection.inspection.id;

    const industry = await t.gql(AV, RECORD_INSPECTION, {
      input: workplaceInspection(campaignId, {
        principal: { organisationNumber: '5560743089', name: 'Verkstad Syd AB' },
        workplace: 'Verkstaden',
        sector: 'INDUSTRY',
        inspectedOn: '2026-02-10',
      }),
    });
    expect(industry.data.recordInspection.inspection.principal.organisationNumber).toBe('556074-3089');
    industryId = industry.data.recordInspection.inspection.id;
  });

  it('allows a principal-level inspection only after a workplace inspection of that principal found system deficiencies', async () => {
    const principal = {
      campaignId,
      level: 'PRINCIPAL',
      principal: kommun,
      sector: 'PRESCHOOL',
      region: 'Skåne',
      inspectedOn: '2025-10-20',
    };
    const noBasis = await t.gql(AV, RECORD_INSPECTION, { input: principal });
    expect([refusalOf(noBasis), reasonOf(noBasis)]).toEqual(['PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES', 'NO_BASIS']);
    const noDeficiency = await t.gql(AV, RECORD_INSPECTION, {
      input: { ...principal, basedOnInspectionId: preschoolId },
    });
    expect([refusalOf(noDeficiency), reasonOf(noDeficiency)]).toEqual([
      'PRINCIPAL_LEVEL_NEEDS_SYSTEM_DEFICIENCIES',
      'NO_SYSTEM_DEFICIENCIES',
    ]);

    const findings = await t.gql(AV, FINDINGS, {
      input: {
        inspectionId: preschoolId,
        findings: [
          {
            area: 'Arbetsanpassning',
            description: 'Rutin för arbetsanpassning saknas hos huvudmannen',
            systemDeficiency: true,
          },
          { area: 'Arbetsbelastning', description: 'Hög arbetsbelastning i barngrupperna', systemDeficiency: false },
        ],
      },
    });
    expect(findings.data.recordInspectionFindings.inspection.systemDeficiencies).toBe(true);

    // The process manager, on its own subscription, marks the principal eligible.
    const eligible = await until(
      () =>
        t.gql(
          'AUDITOR',
          `query($id: String!) { supervisionCampaign(id: $id) { eligiblePrincipals { organisationNumber principalName basedOnInspectionId } } }`,
          { id: campaignId },
        ),
      (res) => res.data.supervisionCampaign.eligiblePrincipals.length > 0,
    );
    expect(eligible.data.supervisionCampaign.eligiblePrincipals).toEqual([
      { organisationNumber: kommun.organisationNumber, principalName: kommun.name, basedOnInspectionId: preschoolId },
    ]);
    const trail = await t.gql(
      'AUDITOR',
      `{ timeline(filter: { module: "supervision" }) { edges { node { eventId type causationId actor { id role } } } } }`,
    );
    const nodes = trail.data.timeline.edges.map((e: any) => e.node);
    const found = nodes.find((n: any) => n.type === 'FindingsRecorded');
    expect(nodes.find((n: any) => n.type === 'PrincipalMarkedEligible')).toMatchObject({
      causationId: found.eventId,
      actor: { id: 'process:principal-eligibility', role: 'SYSTEM' },
    });

    const recorded = await t.gql(AV, RECORD_INSPECTION, { input: { ...principal, basedOnInspectionId: preschoolId } });
    expect(recorded.data.recordInspection.inspection).toMatchObject({
      level: 'PRINCIPAL',
      basedOnInspectionId: preschoolId,
    });
    principalId = recorded.data.recordInspection.inspection.id;
  });

  it('closes a principal-level inspection only with FK taking part, recorded by FK', async () => {
    expect(
      refusalOf(await t.gql(AV, CLOSE_INSPECTION, { input: { inspectionId: principalId, closedOn: '2025-10-21' } })),
    ).toBe('FK_PARTICIPATION_REQUIRED');
    expect(
      refusalOf(await t.gql(AV, FK_PARTICIPATION, { input: { inspectionId: principalId, informedAbout: 'x' } })),
    ).toBe('FORBIDDEN');
    const fk = await t.gql('COLLABORATION_OFFICER', FK_PARTICIPATION, {
      input: {
        inspectionId: principalId,
        informedAbout: 'Stöd för att förebygga sjukfrånvaro och ersättningar',
        otherParticipants: ['Fia Försäkringskassan'],
      },
    });
    expect(fk.data.recordFkParticipation.inspection.fkParticipants).toEqual([
      { id: 'dev-collaboration-officer', name: expect.any(String) },
      { id: expect.stringMatching(/^person-/), name: 'Fia Försäkringskassan' },
    ]);
    const closed = await t.gql(AV, CLOSE_INSPECTION, { input: { inspectionId: principalId, closedOn: '2025-10-21' } });
    expect(closed.data.closeInspection.inspection).toMatchObject({ status: 'CLOSED', closedOn: '2025-10-21' });
  });

  it('closes a workplace inspection once its requirements are followed up', async () => {
    await t.gql(AV, REQUIREMENT, {
      input: {
        inspectionId: preschoolId,
        description: 'Ta fram en rutin för arbetsanpassning',
        dueDate: '2025-12-15',
        issuedOn: '2025-09-15',
      },
    });
    expect(
      refusalOf(await t.gql(AV, CLOSE_INSPECTION, { input: { inspectionId: preschoolId, closedOn: '2025-12-20' } })),
    ).toBe('REQUIREMENTS_NOT_FOLLOWED_UP');
    await t.gql(AV, FOLLOW_UP, {
      input: {
        inspectionId: preschoolId,
        followedUpOn: '2025-12-18',
        note: 'Rutinen är på plats',
        requirementsMet: true,
      },
    });
    expect(
      (await t.gql(AV, CLOSE_INSPECTION, { input: { inspectionId: preschoolId, closedOn: '2025-12-20' } })).data
        .closeInspection.inspection.status,
    ).toBe('CLOSED');
  });

  it('changes a year’s sectors as a decision, and concludes only when every inspection is closed or carried over', async () => {
    const changed = await t.gql('STEERING_GROUP', CHANGE_SECTORS, {
      input: {
        campaignId,
        sectors: { year: 2026, sectors: ['INDUSTRY'], preliminary: false },
        reason: 'Bygg tas i en egen insats 2027',
      },
    });
    expect(changed.data.changeCampaignSectors.campaign.sectorChanges).toEqual([
      { year: 2026, sectors: ['INDUSTRY'], reason: 'Bygg tas i en egen insats 2027' },
    ]);

    const closing = {
      campaignId,
      concludedOn: '2026-09-01',
      communication: { audiences: ['partnerråd'], summary: 'Avslutande kommunikation.' },
    };
    const open = await t.gql(AV, CONCLUDE, { input: closing });
    expect(open.errors?.[0].extensions).toMatchObject({
      rule: 'CAMPAIGN_HAS_OPEN_INSPECTIONS',
      details: { inspectionIds: [industryId] },
    });
    const carried = await t.gql(AV, CARRY_OVER, {
      input: { inspectionId: industryId, reason: 'Uppföljning pågår efter tillsynsperioden' },
    });
    expect(carried.data.carryOverInspection.inspection).toMatchObject({
      status: 'CARRIED_OVER',
      carryOverReason: 'Uppföljning pågår efter tillsynsperioden',
    });
    expect((await t.gql(AV, CONCLUDE, { input: closing })).data.concludeSupervisionCampaign.campaign).toMatchObject({
      status: 'CONCLUDED',
      conclusion: { on: '2026-09-01' },
    });
    const evaluated = await t.gql(AV, EVALUATE, {
      input: { campaignId, evaluatedOn: '2026-10-15', summary: 'Fler huvudmän har rutiner för arbetsanpassning.' },
    });
    expect(evaluated.data.evaluateSupervisionCampaign.campaign.status).toBe('EVALUATED');

    expect(await decisionsOf(t, 'supervision', 'type reason actor { role }')).toEqual(
      expect.arrayContaining([
        { type: 'CampaignSectorsChanged', reason: 'Bygg tas i en egen insats 2027', actor: { role: 'STEERING_GROUP' } },
        {
          type: 'InspectionCarriedOver',
          reason: 'Uppföljning pågår efter tillsynsperioden',
          actor: { role: 'AV_INSPECTOR' },
        },
      ]),
    );
  });

  it('reads the dashboard: by level, sector and region, deficiencies, requirements and principal-level follow-ups', async () => {
    const query = `query($id: String!) { inspectionsDashboard(campaignId: $id) { total workplaceInspections withSystemDeficiencies
      shareWithSystemDeficiencies requirementsIssued withFkParticipation principalFollowUps { eligiblePrincipals inspected awaiting }
      byLevel { key count { value } } bySector { key count { value display suppressed } } byRegion { key count { value display suppressed } } } }`;
    const exact = (await t.gql('AUDITOR', query, { id: campaignId })).data.inspectionsDashboard;
    expect(exact).toMatchObject({
      total: 3,
      workplaceInspections: 2,
      withSystemDeficiencies: 1,
      shareWithSystemDeficiencies: 0.5,
      requirementsIssued: 1,
      withFkParticipation: 1,
      principalFollowUps: { eligiblePrincipals: 1, inspected: 1, awaiting: 0 },
      byLevel: [
        { key: 'PRINCIPAL', count: { value: 1 } },
        { key: 'WORKPLACE', count: { value: 2 } },
      ],
      byRegion: [{ key: 'Skåne', count: { value: 3, display: '3', suppressed: false } }],
    });
    const dashboard = (await t.gql('DASHBOARD', query, { id: campaignId })).data.inspectionsDashboard;
    // Three inspections, all in Skåne: with the total exact no pattern of hidden regions protects Skåne's 3,
    // so the dashboard gets every region (and "Övriga"), none reported.
    expect(dashboard.byRegion.length).toBeGreaterThan(2);
    expect(dashboard.byRegion.at(-1).key).toBe('Övriga');
    for (const cell of dashboard.byRegion)
      expect(cell.count).toEqual({ value: null, display: 'ej redovisad', suppressed: true });
    expect(dashboard.total).toBe(3);
    expect(
      refusalOf(
        await t.gql('DASHBOARD', `query($id: String!) { supervisionCampaign(id: $id) { name } }`, { id: campaignId }),
      ),
    ).toBe('FORBIDDEN');
    // A dashboard finds the campaign by the one list it may read: what names it, nothing of its content.
    const listed = (await t.gql('DASHBOARD', '{ inspectionsDashboardCampaigns { id name period { from to } status } }'))
      .data.inspectionsDashboardCampaigns;
    const campaigns = (await t.gql('AUDITOR', '{ supervisionCampaigns { id name period { from to } status } }')).data
      .supervisionCampaigns;
    expect(listed).toEqual(campaigns);
    expect(listed.map((c: { id: string }) => c.id)).toContain(campaignId);
    expect(refusalOf(await t.gql('DASHBOARD', '{ supervisionCampaigns { id } }'))).toBe('FORBIDDEN');
    expect(refusalOf(await t.gql('DASHBOARD', '{ inspectionsDashboardCampaigns { id focus } }'))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
