import { documentProjection, entityProjection, Projection } from '@samverkan/core';
import type { DialogueMeetingEvent, SelectionEvent } from '../domain';
import { DialogueMeetingDoc, SelectionDoc } from './dialogue.documents';

export const SELECTION_TABLE = 'dialogue_selection';
export const DIALOGUE_MEETING_TABLE = 'dialogue_meeting';

export const selectionProjection: Projection = documentProjection<SelectionDoc>({
  name: 'dialogue.selection',
  version: 1,
  table: SELECTION_TABLE,
  categories: ['employerSelection'],
  // The coverage figure reads one year's selections.
  indexes: { year: ['year'] },
  keyOf: (event) => (event.data as { selectionId?: string }).selectionId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as SelectionEvent;
    const base: SelectionDoc = doc ?? {
      selectionId: e.data.selectionId,
      area: e.data.area,
      year: e.data.year,
      employers: [],
      deselected: [],
    };
    switch (e.type) {
      case 'EmployerSelected':
        return {
          ...base,
          employers: [...base.employers, { ...e.data.employer, reason: e.data.reason }],
          deselected: base.deselected.filter((d) => d.organisationNumber !== e.data.employer.organisationNumber),
        };
      case 'EmployerDeselected': {
        const leaving = base.employers.find((x) => x.organisationNumber === e.data.organisationNumber);
        return {
          ...base,
          employers: base.employers.filter((x) => x.organisationNumber !== e.data.organisationNumber),
          deselected: [
            ...base.deselected,
            { organisationNumber: e.data.organisationNumber, name: leaving?.name ?? '', reason: e.data.reason },
          ],
        };
      }
      default:
        return doc;
    }
  },
});

export const dialogueMeetingProjection: Projection = entityProjection<DialogueMeetingEvent, DialogueMeetingDoc>({
  name: 'dialogue.meeting',
  table: DIALOGUE_MEETING_TABLE,
  category: 'dialogueMeeting',
  key: 'meetingId',
  indexes: { area: ['area'] },
  start: {
    DialogueMeetingPlanned: ({ data }, { position }) => ({
      ...data,
      participants: [],
      status: 'PLANNED',
      heldOn: null,
      employerParticipants: null,
      cancellationReason: null,
      outcomes: [],
      position: position.toString(),
    }),
  },
  change: {
    DialogueParticipantsRecorded: (doc, { data }) => ({
      ...doc,
      participants: [...doc.participants, ...data.participants],
    }),
    DialogueMeetingHeld: (doc, { data: { heldOn, employerParticipants } }) => ({
      ...doc,
      status: 'HELD',
      heldOn,
      employerParticipants,
    }),
    DialogueMeetingCancelled: (doc, { data }) => ({ ...doc, status: 'CANCELLED', cancellationReason: data.reason }),
    DialogueOutcomesRecorded: (doc, { data: { outcomes, recordedOn } }) => ({
      ...doc,
      outcomes: [
        ...doc.outcomes,
        ...outcomes.map((o) => ({
          outcomeId: o.outcomeId,
          description: o.description,
          followUpBy: o.followUpBy ?? null,
          recordedOn,
          followUps: [],
          done: false,
        })),
      ],
    }),
    DialogueFollowUpRecorded: (doc, { data: { outcomeId, followedUpOn, note, done } }) => ({
      ...doc,
      outcomes: doc.outcomes.map((o) =>
        o.outcomeId === outcomeId ? { ...o, followUps: [...o.followUps, { followedUpOn, note, done }], done } : o,
      ),
    }),
  },
});

export const dialogueProjections = [selectionProjection, dialogueMeetingProjection];
