import { useTestApp } from '../support/test-app';
import { expectEachRefusedWithoutNames, namesMarked } from '../support/named-people';
import {
  CLOSE_INSPECTION,
  FINDINGS,
  FK_PARTICIPATION,
  launchedCampaign,
  RECORD_INSPECTION,
  workplaceInspection,
} from '../support/supervision-fixtures';

const AV = 'AV_INSPECTOR';
const FK = 'COLLABORATION_OFFICER';

/**
 * Issue 20, the same class in supervision: other inspectors and FK participants named in a request
 * reach the person directory only with the event that records them.
 */
describe('Names of inspection staff', () => {
  const t = useTestApp();
  let campaignId: string;
  let openId: string;
  let closedId: string;
  beforeAll(async () => {
    campaignId = await launchedCampaign(t);
    const record = async () =>
      (await t.gql(AV, RECORD_INSPECTION, { input: workplaceInspection(campaignId) })).data.recordInspection.inspection
        .id as string;
    openId = await record();
    closedId = await record();
    await t.gql(AV, FINDINGS, {
      input: {
        inspectionId: closedId,
        findings: [{ area: 'Rehabilitering', description: 'Rutin saknas', systemDeficiency: false }],
      },
    });
    const closed = await t.gql(AV, CLOSE_INSPECTION, { input: { inspectionId: closedId, closedOn: '2025-09-20' } });
    expect(closed.errors).toBeUndefined();
  });

  it('recordInspection: no other inspector is named when a rule, a role, a stale revision or a region refuses it; exactly them when recorded', async () => {
    const marker = 'Inspvägrad';
    const input = (extra: Record<string, unknown>) => ({
      input: workplaceInspection(campaignId, { otherInspectors: [`Per ${marker}`], ...extra }),
    });
    await expectEachRefusedWithoutNames(t, RECORD_INSPECTION, marker, [
      [AV, input({ inspectedOn: '2025-07-01' }), 'INSPECTION_OUTSIDE_PERIOD'],
      [FK, input({}), 'FORBIDDEN'],
      [AV, input({ expectedRevision: 0 }), 'CONFLICT'],
      // The region list is checked by the handler, after the resolver made the names.
      [AV, input({ region: 'Atlantis' }), 'BAD_USER_INPUT'],
    ]);

    const recorded = await t.gql(AV, RECORD_INSPECTION, {
      input: workplaceInspection(campaignId, { otherInspectors: ['Per Inspgodkänd'] }),
    });
    expect(recorded.errors).toBeUndefined();
    expect(namesMarked(t, 'Inspgodkänd')).toEqual(['Per Inspgodkänd']);
  });

  it('recordFkParticipation: no FK participant is named when a rule, a role or a stale revision refuses it; exactly them when recorded', async () => {
    const marker = 'Fkvägrad';
    const input = (inspectionId: string, extra: Record<string, unknown> = {}) => ({
      input: {
        inspectionId,
        otherParticipants: [`Sara ${marker}`],
        informedAbout: 'Stöd för att förebygga sjukskrivning',
        ...extra,
      },
    });
    await expectEachRefusedWithoutNames(t, FK_PARTICIPATION, marker, [
      [FK, input(closedId), 'INSPECTION_CLOSED'],
      [AV, input(openId), 'FORBIDDEN'],
      [FK, input(openId, { expectedRevision: 5 }), 'CONFLICT'],
    ]);

    const recorded = await t.gql(FK, FK_PARTICIPATION, {
      input: { inspectionId: openId, otherParticipants: ['Sara Fkgodkänd'], informedAbout: 'Stöd' },
    });
    expect(recorded.errors).toBeUndefined();
    expect(namesMarked(t, 'Fkgodkänd')).toEqual(['Sara Fkgodkänd']);
  });
});
