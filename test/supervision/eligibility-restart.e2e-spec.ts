import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, ProcessManagerRunner } from '@samverkan/core';
import { EventStore } from '@samverkan/event-store';
import { startTestApp } from '../support/test-app';
import {
  FINDINGS,
  kommun,
  launchedCampaign,
  RECORD_INSPECTION,
  until,
  workplaceInspection,
} from '../support/supervision-fixtures';

const ELIGIBLE = `query($id: String!) { supervisionCampaign(id: $id) { eligiblePrincipals { organisationNumber } } }`;

/** The eligibility process runs on a durable subscription: what it missed while down, it does after a restart, once. */
describe('Principal eligibility across restarts', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-eligibility-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('given system deficiencies recorded while the process was stopped, then a restarted server marks the principal, once', async () => {
    const first = await startTestApp({ dataDir });
    const campaignId = await launchedCampaign(first);
    const inspection = await first.gql('AV_INSPECTOR', RECORD_INSPECTION, { input: workplaceInspection(campaignId) });
    await first.app.get(ProcessManagerRunner).stop();
    await first.gql('AV_INSPECTOR', FINDINGS, {
      input: {
        inspectionId: inspection.data.recordInspection.inspection.id,
        findings: [{ area: 'Rehabilitering', description: 'Ingen rutin', systemDeficiency: true }],
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(
      (await first.gql('AUDITOR', ELIGIBLE, { id: campaignId })).data.supervisionCampaign.eligiblePrincipals,
    ).toEqual([]);
    await first.close();

    const second = await startTestApp({ dataDir });
    const eligible = await until(
      () => second.gql('AUDITOR', ELIGIBLE, { id: campaignId }),
      (res) => res.data.supervisionCampaign.eligiblePrincipals.length > 0,
    );
    expect(eligible.data.supervisionCampaign.eligiblePrincipals).toEqual([
      { organisationNumber: kommun.organisationNumber },
    ]);
    await second.close();

    // A third start finds the checkpoint past the findings: nothing is marked twice.
    const third = await startTestApp({ dataDir });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const marks = (
      await third.app.get<EventStore>(EVENT_STORE).readAll({ filter: { eventTypes: ['PrincipalMarkedEligible'] } })
    ).length;
    expect(marks).toBe(1);
    expect(
      (await third.gql('AUDITOR', ELIGIBLE, { id: campaignId })).data.supervisionCampaign.eligiblePrincipals,
    ).toHaveLength(1);
    await third.close();
  }, 60_000);
});
