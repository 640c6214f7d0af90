import { projectionSpecification } from '@samverkan/core/testing/projection-specification';
import {
  DialogueMeetingEvent,
  dialogueMeetingStream,
  dialogueModuleEvents,
  SelectionEvent,
  selectionStream,
} from '../domain';
import {
  aCancelledDialogue,
  aDialogueWithOutcomes,
  CANCELLATION_REASON,
  DESELECTION_REASON,
  employerDeselected,
  employerSelected,
  followUpRecorded,
  MEETING_ID,
  municipality,
  outcomes,
  PERSON,
  SELECTION_ID,
  SELECTION_REASON,
  selectedCareCompany,
  selectedMunicipality,
  YEAR,
} from '../domain/testing/dialogue.fixtures';
import { dialogueMeetingProjection, selectionProjection } from './dialogue.projections';
import { getDialogueMeetings, selectionsOfYear } from './dialogue.queries';

const onSelection = (events: SelectionEvent[]) => events.map((e) => ({ ...e, stream: selectionStream(SELECTION_ID) }));
const onMeeting = (events: DialogueMeetingEvent[]) =>
  events.map((e) => ({ ...e, stream: dialogueMeetingStream(MEETING_ID) }));

describe('The selection projection', () => {
  const spec = projectionSpecification(selectionProjection, [dialogueModuleEvents]);
  const selected = (db: Parameters<typeof selectionsOfYear>[0]) =>
    selectionsOfYear(db, YEAR).map((s) => ({
      id: s.selectionId,
      employers: s.employers.map((e) => [e.organisationNumber, e.reason]),
      deselected: s.deselected,
    }));

  it('keeps who is selected with the reason, and who was deselected, unchanged when the events come again', () =>
    spec
      .given(
        onSelection([
          employerSelected(selectedMunicipality),
          employerSelected(selectedCareCompany),
          employerDeselected(),
        ]),
      )
      .then(selected, [
        {
          id: SELECTION_ID,
          employers: [[selectedCareCompany.organisationNumber, SELECTION_REASON]],
          deselected: [
            {
              organisationNumber: municipality.organisationNumber,
              name: municipality.name,
              reason: DESELECTION_REASON,
            },
          ],
        },
      ]));

  it('takes a deselected employer back when it is selected again', () =>
    spec
      .given(onSelection([employerSelected(), employerDeselected(), employerSelected()]))
      .then(selected, [
        { id: SELECTION_ID, employers: [[municipality.organisationNumber, SELECTION_REASON]], deselected: [] },
      ]));
});

describe('The dialogue meeting projection', () => {
  const spec = projectionSpecification(dialogueMeetingProjection, [dialogueModuleEvents]);
  const meeting = (db: Parameters<typeof getDialogueMeetings>[0]) =>
    getDialogueMeetings(db, [MEETING_ID]).map(({ doc, revision }) => ({
      revision,
      status: doc.status,
      participants: doc.participants.map((p) => p.personId),
      heldOn: doc.heldOn,
      cancellationReason: doc.cancellationReason,
      outcomes: doc.outcomes.map((o) => ({ id: o.outcomeId, followUps: o.followUps.length, done: o.done })),
    }));

  it('follows a meeting to its outcomes and their follow-ups', () =>
    spec.given(onMeeting([...aDialogueWithOutcomes, followUpRecorded()])).then(meeting, [
      {
        revision: 4,
        status: 'HELD',
        participants: [PERSON.fk, PERSON.av],
        heldOn: '2025-10-15',
        cancellationReason: null,
        outcomes: [
          { id: outcomes[0].outcomeId, followUps: 1, done: true },
          { id: outcomes[1].outcomeId, followUps: 0, done: false },
        ],
      },
    ]));

  it('keeps a cancelled meeting with the reason', () =>
    spec.given(onMeeting(aCancelledDialogue)).then(meeting, [
      {
        revision: 1,
        status: 'CANCELLED',
        participants: [],
        heldOn: null,
        cancellationReason: CANCELLATION_REASON,
        outcomes: [],
      },
    ]));
});
