import {
  dialogueMeetingDecider,
  DialogueMeetingRequest,
  DialogueMeetingState,
  dialogueMeetingStream,
  dialogueModuleEvents,
  dialogueParticipantId,
  selectionDecider,
  selectionIdFor,
  SelectionState,
  selectionStream,
} from '@samverkan/dialogue';
import { supervisionModuleEvents } from '@samverkan/supervision';
import { seedSupervision } from '../supervision';
import type { DemoStore } from '../testing/demo-store';
import {
  expectNamedOnlyInDirectory,
  expectStableSecondRun,
  NamedInSeed,
  seededDemoStore,
} from '../testing/seed-checks';
import { DEMO_DIALOGUE_MEETINGS, DEMO_SELECTIONS } from './demo-dialogues';
import { demoDialogueCommandIds, demoDialogueMeetingId, dialogueCommandCount, seedDialogue } from './seed-dialogue';

describe('The dialogue seed in a real store', () => {
  let store: DemoStore;
  const seed = { seed: seedDialogue, count: dialogueCommandCount };
  const modules = [supervisionModuleEvents, dialogueModuleEvents];
  // Topics cite the supervision demo's inspections.
  beforeAll(async () => (store = await seededDemoStore(modules, seed, (s) => seedSupervision(s))), 60_000);
  afterAll(() => store.close());

  it('selects every demo employer not deselected, per area and year', async () => {
    for (const { area, year, selected, deselected } of DEMO_SELECTIONS) {
      const state = (await store.state(
        selectionStream(selectionIdFor(area, year)),
        selectionDecider,
      )) as SelectionState;
      const gone = new Set(deselected.map((d) => d.organisationNumber));
      const kept = selected.map((s) => s.employer.organisationNumber).filter((n) => !gone.has(n));
      expect(state.status === 'NONE' ? [] : Object.keys(state.employers).sort()).toEqual(kept.sort());
    }
  });

  it('goes through the real endpoints without a refusal: every meeting ends as the demo tells it', async () => {
    for (const meeting of DEMO_DIALOGUE_MEETINGS) {
      const state = (await store.state(
        dialogueMeetingStream(demoDialogueMeetingId(meeting.key)),
        dialogueMeetingDecider,
      )) as DialogueMeetingState;
      expect([meeting.key, state.status]).toEqual([meeting.key, meeting.end.kind]);
    }
  });

  it('names the colleagues only in the person directory, under the ids the endpoint derives from the command ids', async () => {
    const named = store.sent.flatMap<NamedInSeed>(({ request, commandId }) => {
      const { type, data } = request as DialogueMeetingRequest;
      return type === 'RecordDialogueParticipants'
        ? data.others.map((p, i) => [dialogueParticipantId(commandId, i), p.name])
        : [];
    });
    await expectNamedOnlyInDirectory(store, named);
  });

  it('derives one stable command id per request, and a second run replays every one and names no one new', async () => {
    await expectStableSecondRun(store, seed, demoDialogueCommandIds);
  }, 60_000);
});
