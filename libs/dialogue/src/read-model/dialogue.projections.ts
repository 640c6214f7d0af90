import { documentProjection, Projection } from '@samverkan/core';
import type { DialogueMeetingEvent, SelectionEvent } from '../domain';
import { DialogueMeetingDoc, SelectionDoc } from './dialogue.documents';

export const SELECTION_TABLE = 'dialogue_selection';
export const DIALOGUE_MEETING_TABLE = 'dialogue_meeting';

export const selectionProjection: Projection = documentProjection<SelectionDoc>({
  name: 'dialogue.selection',
  version: 1,
  table: SELECTION_TABLE,
  categories: ['employerSelection'],
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

const meetingDocuments = documentProjection<DialogueMeetingDoc>({
  name: 'dialogue.meeting',
  version: 1,
  table: DIALOGUE_MEETING_TABLE,
  categories: ['dialogueMeeting'],
  keyOf: (event) => (event.data as { meetingId?: string }).meetingId ?? null,
  evolve(doc, event) {
    const e = { type: event.type, data: event.data } as DialogueMeetingEvent;
    if (e.type === 'DialogueMeetingPlanned') {
      return {
        ...e.data,
        participants: [],
        status: 'PLANNED',
        heldOn: null,
        employerParticipants: null,
        cancellationReason: null,
        outcomes: [],
        position: event.position.toString(),
      };
    }
    if (doc === null) return null;
    switch (e.type) {
      case 'DialogueParticipantsRecorded':
        return { ...doc, participants: [...doc.participants, ...e.data.participants] };
      case 'DialogueMeetingHeld':
        return { ...doc, status: 'HELD', heldOn: e.data.heldOn, employerParticipants: e.data.employerParticipants };
      case 'DialogueMeetingCancelled':
        return { ...doc, status: 'CANCELLED', cancellationReason: e.data.reason };
      case 'DialogueOutcomesRecorded':
        return {
          ...doc,
          outcomes: [
            ...doc.outcomes,
            ...e.data.outcomes.map((o) => ({
              outcomeId: o.outcomeId,
              description: o.description,
              followUpBy: o.followUpBy ?? null,
              recordedOn: e.data.recordedOn,
              followUps: [],
              done: false,
            })),
          ],
        };
      case 'DialogueFollowUpRecorded': {
        const { outcomeId, followedUpOn, note, done } = e.data;
        return {
          ...doc,
          outcomes: doc.outcomes.map((o) =>
            o.outcomeId === outcomeId ? { ...o, followUps: [...o.followUps, { followedUpOn, note, done }], done } : o,
          ),
        };
      }
      default:
        return doc;
    }
  },
});

export const dialogueMeetingProjection: Projection = {
  ...meetingDocuments,
  setup(db) {
    meetingDocuments.setup(db);
    db.exec(
      `CREATE INDEX IF NOT EXISTS ${DIALOGUE_MEETING_TABLE}_area ON ${DIALOGUE_MEETING_TABLE} (json_extract(doc, '$.area'));`,
    );
  },
};

export const dialogueProjections = [selectionProjection, dialogueMeetingProjection];
