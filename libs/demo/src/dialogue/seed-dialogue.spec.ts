import {
  dialogueMeetingDecider,
  DialogueMeetingRequest,
  dialogueMeetingStream,
  dialogueModuleEvents,
  dialogueParticipantId,
  selectionDecider,
  selectionIdFor,
  selectionStream,
} from '@samverkan/dialogue';
import { supervisionModuleEvents } from '@samverkan/supervision';
import { seedSupervision } from '../supervision';
import {
  expectNamedOnlyInDirectory,
  expectStableSecondRun,
  NamedInSeed,
  useSeededDemoStore,
} from '../testing/seed-checks';
import { DEMO_DIALOGUE_MEETINGS, DEMO_SELECTIONS } from './demo-dialogues';
import { demoDialogueMeetingId, dialogueSeed } from './seed-dialogue';

describe('The dialogue seed in a real store', () => {
  // Topics cite the supervision demo's inspections.
  const seeded = useSeededDemoStore([supervisionModuleEvents, dialogueModuleEvents], dialogueSeed, seedSupervision);

  it('selects every demo employer not deselected, per area and year', async () => {
    for (const { area, year, selected, deselected } of DEMO_SELECTIONS) {
      const state = await seeded.store.state(selectionStream(selectionIdFor(area, year)), selectionDecider);
      const gone = new Set(deselected.map((d) => d.organisationNumber));
      const kept = selected.map((s) => s.employer.organisationNumber).filter((n) => !gone.has(n));
      expect(state.status === 'NONE' ? [] : Object.keys(state.employers).sort()).toEqual(kept.sort());
    }
  });

  it('goes through the real endpoints without a refusal: every meeting ends as the demo tells it', async () => {
    for (const meeting of DEMO_DIALOGUE_MEETINGS) {
      const state = await seeded.store.state(
        dialogueMeetingStream(demoDialogueMeetingId(meeting.key)),
        dialogueMeetingDecider,
      );
      expect([meeting.key, state.status]).toEqual([meeting.key, meeting.end.kind]);
    }
  });

  it('names the colleagues only in the person directory, under the ids the endpoint derives from the command ids', async () => {
    const named = seeded.store.sent.flatMap<NamedInSeed>(({ request, commandId }) => {
      const { type, data } = request as DialogueMeetingRequest;
      return type === 'RecordDialogueParticipants'
        ? data.others.map((p, i) => [dialogueParticipantId(commandId, i), p.name])
        : [];
    });
    await expectNamedOnlyInDirectory(seeded.store, named);
  });

  it('derives one stable command id per request, and a second run replays every one and names no one new', async () => {
    await expectStableSecondRun(seeded.store, dialogueSeed);
  }, 60_000);
});
