import {
  campaignDecider,
  CampaignState,
  campaignStream,
  inspectionDecider,
  InspectionRequest,
  InspectionState,
  inspectionStream,
  otherFkParticipantId,
  otherInspectorId,
  supervisionModuleEvents,
} from '@samverkan/supervision';
import type { DemoStore } from '../testing/demo-store';
import {
  expectNamedOnlyInDirectory,
  expectStableSecondRun,
  NamedInSeed,
  seededDemoStore,
} from '../testing/seed-checks';
import { DEMO_CAMPAIGNS } from './demo-campaigns';
import { DEMO_INSPECTIONS } from './demo-inspections';
import {
  demoCampaignId,
  demoInspectionId,
  demoSupervisionCommandIds,
  seedSupervision,
  supervisionCommandCount,
} from './seed-supervision';

describe('The supervision seed in a real store', () => {
  let store: DemoStore;
  const seed = { seed: seedSupervision, count: supervisionCommandCount };
  beforeAll(async () => (store = await seededDemoStore([supervisionModuleEvents], seed)), 60_000);
  afterAll(() => store.close());

  it('goes through the real endpoints without a refusal: välfärden evaluated, hälsosamt still launched', async () => {
    const status = async (key: string) =>
      ((await store.state(campaignStream(demoCampaignId(key)), campaignDecider)) as CampaignState).status;
    expect(await Promise.all(DEMO_CAMPAIGNS.map((c) => status(c.key)))).toEqual(['EVALUATED', 'LAUNCHED']);
  });

  it('leaves every inspection as the demo tells it ended, at its level', async () => {
    for (const i of DEMO_INSPECTIONS) {
      const state = (await store.state(
        inspectionStream(demoInspectionId(i.key)),
        inspectionDecider,
      )) as InspectionState;
      expect(state).toMatchObject({ status: i.outcome.kind, level: i.level, campaignId: demoCampaignId(i.campaign) });
    }
  });

  it('names the colleagues only in the person directory, under the ids the endpoint derives from the command ids', async () => {
    const named = store.sent.flatMap<NamedInSeed>(({ request, commandId }) => {
      const { type, data } = request as InspectionRequest;
      if (type === 'RecordInspection')
        return data.otherInspectors.map((name, i) => [otherInspectorId(commandId, i), name]);
      if (type === 'RecordFkParticipation')
        return data.otherParticipants.map((name, i) => [otherFkParticipantId(commandId, i), name]);
      return [];
    });
    await expectNamedOnlyInDirectory(store, named);
  });

  it('derives one stable command id per request, and a second run replays every one and names no one new', async () => {
    await expectStableSecondRun(store, seed, demoSupervisionCommandIds);
  }, 60_000);
});
