import {
  campaignDecider,
  campaignStream,
  inspectionDecider,
  InspectionRequest,
  inspectionStream,
  otherFkParticipantId,
  otherInspectorId,
  supervisionModuleEvents,
} from '@samverkan/supervision';
import {
  expectNamedOnlyInDirectory,
  expectStableSecondRun,
  NamedInSeed,
  useSeededDemoStore,
} from '../testing/seed-checks';
import { DEMO_CAMPAIGNS } from './demo-campaigns';
import { DEMO_INSPECTIONS } from './demo-inspections';
import { demoCampaignId, demoInspectionId, supervisionSeed } from './seed-supervision';

describe('The supervision seed in a real store', () => {
  const seeded = useSeededDemoStore([supervisionModuleEvents], supervisionSeed);

  it('goes through the real endpoints without a refusal: välfärden evaluated, hälsosamt still launched', async () => {
    const status = async (key: string) =>
      (await seeded.store.state(campaignStream(demoCampaignId(key)), campaignDecider)).status;
    expect(await Promise.all(DEMO_CAMPAIGNS.map((c) => status(c.key)))).toEqual(['EVALUATED', 'LAUNCHED']);
  });

  it('leaves every inspection as the demo tells it ended, at its level', async () => {
    for (const i of DEMO_INSPECTIONS) {
      const state = await seeded.store.state(inspectionStream(demoInspectionId(i.key)), inspectionDecider);
      expect(state).toMatchObject({ status: i.outcome.kind, level: i.level, campaignId: demoCampaignId(i.campaign) });
    }
  });

  it('names the colleagues only in the person directory, under the ids the endpoint derives from the command ids', async () => {
    const named = seeded.store.sent.flatMap<NamedInSeed>(({ request, commandId }) => {
      const { type, data } = request as InspectionRequest;
      if (type === 'RecordInspection')
        return data.otherInspectors.map((name, i) => [otherInspectorId(commandId, i), name]);
      if (type === 'RecordFkParticipation')
        return data.otherParticipants.map((name, i) => [otherFkParticipantId(commandId, i), name]);
      return [];
    });
    await expectNamedOnlyInDirectory(seeded.store, named);
  });

  it('derives one stable command id per request, and a second run replays every one and names no one new', async () => {
    await expectStableSecondRun(seeded.store, supervisionSeed);
  }, 60_000);
});
