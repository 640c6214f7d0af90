import {
  forumDecider,
  forumsModuleEvents,
  forumStream,
  jointActionDecider,
  jointActionStream,
  meetingDecider,
  meetingStream,
} from '@samverkan/forums';
import { DemoStore, openDemoStore } from '../testing/demo-store';
import { DEMO_FORUMS, membersOn } from './demo-forums';
import { DEMO_JOINT_ACTIONS, DEMO_MEETINGS } from './demo-meetings';
import { demoForumsCommandIds, demoJointActionId, demoMeetingId, forumsCommandCount, seedForums } from './seed-forums';

/** The day the demo is written for. */
const TODAY = '2026-11-23';

const representativeNames = () =>
  DEMO_FORUMS.flatMap((f) => f.members.flatMap((m) => m.representatives.map((r) => r.name)));
const guestNames = () =>
  DEMO_MEETINGS.flatMap((m) => (m.outcome.kind === 'HELD' ? m.outcome.guests.map((g) => g.name) : []));
const ownerNames = () => DEMO_JOINT_ACTIONS.flatMap((a) => (a.owner.name ? [a.owner.name] : []));
/** Everyone the seed names, and the two dev people (steering group, coordinator) who send its requests. */
const namedCount = () => representativeNames().length + guestNames().length + ownerNames().length + 2;

describe('The forum seed, through the forums’ endpoints into a real store', () => {
  let run: DemoStore;
  let ticks = 0;
  beforeAll(async () => {
    run = openDemoStore([forumsModuleEvents]);
    await seedForums(run, () => ticks++);
  }, 120_000);
  afterAll(() => run.close());

  it('sends one request per step, each accepted and each appending', () => {
    expect(ticks).toBe(forumsCommandCount());
    expect(run.sent).toHaveLength(forumsCommandCount());
    for (const { sent } of run.sent) expect(sent.events.length).toBeGreaterThan(0);
  });

  it('leaves every forum with the members of the day it is written for', async () => {
    for (const forum of DEMO_FORUMS) {
      const state = await run.state(forumStream(forum.forumId), forumDecider);
      const members = state.status === 'ESTABLISHED' ? Object.keys(state.members).sort() : [];
      expect(members).toEqual(
        membersOn(forum, TODAY)
          .map((m) => m.employer.organisationNumber)
          .sort(),
      );
    }
  });

  it('gives the meetings and joint actions the ids the demo names them by, in the state their outcome says', async () => {
    for (const meeting of DEMO_MEETINGS) {
      const state = await run.state(meetingStream(demoMeetingId(meeting.key)), meetingDecider);
      expect(state).toMatchObject({ status: meeting.outcome.kind, forumId: meeting.forumId, date: meeting.date });
    }
    for (const action of DEMO_JOINT_ACTIONS) {
      const state = await run.state(jointActionStream(demoJointActionId(action.key)), jointActionDecider);
      const status = action.outcome?.kind ?? (action.progress.length ? 'IN_PROGRESS' : 'AGREED');
      expect(state).toMatchObject({ status, forumId: action.forumId, meetingId: demoMeetingId(action.meetingKey) });
    }
  });

  it('names representatives, guests and owners in the person directory only, never in an event', async () => {
    const names = [...representativeNames(), ...guestNames(), ...ownerNames()];
    expect(run.persons.count()).toBe(namedCount());
    const stored = JSON.stringify((await run.store.readAll()).map((e) => e.data));
    for (const name of new Set(names)) {
      expect(stored).not.toContain(name);
      expect(run.persons.search(name).map((p) => p.name)).toContain(name);
    }
  });

  it('derives one stable command id per step, and a second run replays every one and names no one new', async () => {
    const ids = demoForumsCommandIds();
    expect(new Set(ids).size).toBe(ids.length);
    expect(run.sent.map((s) => s.commandId)).toEqual(ids);
    const head = await run.store.headPosition();
    const before = run.sent.length;
    await seedForums(run);
    const again = run.sent.slice(before);
    expect(again).toHaveLength(forumsCommandCount());
    expect(again.every((s) => s.sent.replayed)).toBe(true);
    expect(await run.store.headPosition()).toBe(head);
    expect(run.persons.count()).toBe(namedCount());
  }, 120_000);
});
