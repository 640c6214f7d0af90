import { activityDecider, activityStream, momentumModuleEvents, namedParticipantId } from '@samverkan/momentum';
import { DemoStore, openDemoStore } from '../testing/demo-store';
import { DEMO_PROJECT_ACTIVITIES, DemoParticipants } from './demo-momentum';
import { demoMomentumCommandIds, demoProjectActivityId, momentumCommandCount, seedMomentum } from './seed-momentum';

const listsOf = (outcome: (typeof DEMO_PROJECT_ACTIVITIES)[number]['outcome']): DemoParticipants[] =>
  outcome.kind === 'HELD'
    ? [outcome.participants, ...(outcome.correction ? [outcome.correction.participants] : [])]
    : [];
const named = () => DEMO_PROJECT_ACTIVITIES.flatMap((a) => listsOf(a.outcome).flatMap((p) => p.named));

describe('The Momentum seed, through the activities’ endpoint into a real store', () => {
  let run: DemoStore;
  beforeAll(async () => {
    run = openDemoStore([momentumModuleEvents]);
    await seedMomentum(run);
  });
  afterAll(() => run.close());

  it('sends one accepted request per step, under stable command ids', () => {
    const ids = demoMomentumCommandIds();
    expect(new Set(ids).size).toBe(momentumCommandCount());
    expect(run.sent.map((s) => s.commandId)).toEqual(ids);
    for (const { sent } of run.sent) expect(sent.events.length).toBeGreaterThan(0);
  });

  it('gives each activity the id the demo names it by, in the state its outcome says', async () => {
    for (const demo of DEMO_PROJECT_ACTIVITIES) {
      const state = await run.state(activityStream(demoProjectActivityId(demo.key)), activityDecider);
      expect(state).toMatchObject({ status: demo.outcome.kind, date: demo.date });
    }
  });

  it('names the participants in the person directory under ids the endpoint derives, never in an event', async () => {
    // The dev steering-group person who sends, and each named participant of each list.
    expect(run.persons.count()).toBe(named().length + 1);
    const participants = run.sent.filter((s) => s.sent.events[0]?.type === 'ParticipantsRecorded');
    for (const { commandId, sent } of participants) {
      const { namedParticipants } = sent.events[0].data as { namedParticipants: { personId: string }[] };
      expect(namedParticipants.map((p) => p.personId)).toEqual(
        namedParticipants.map((_, i) => namedParticipantId(commandId, i)),
      );
    }
    const stored = JSON.stringify((await run.store.readAll()).map((e) => e.data));
    for (const { name } of named()) {
      expect(stored).not.toContain(name);
      expect(run.persons.search(name).map((p) => p.name)).toContain(name);
    }
  });

  it('appends nothing and names no one new when run again', async () => {
    const head = await run.store.headPosition();
    const people = run.persons.count();
    await seedMomentum(run);
    expect(run.sent.slice(-momentumCommandCount()).every((s) => s.sent.replayed)).toBe(true);
    expect(await run.store.headPosition()).toBe(head);
    expect(run.persons.count()).toBe(people);
  });
});
