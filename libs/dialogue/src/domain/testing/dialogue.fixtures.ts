import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { fixedClock } from '@samverkan/core/testing/fixed-clock';
import { DialogueEmployer, DialogueOutcome, SelectedEmployer } from '../dialogue.model';
import { dialogueMeetingDecider } from '../dialogue-meeting';
import { DialogueMeetingCommand } from '../dialogue-meeting.commands';
import { DialogueMeetingEvent } from '../dialogue-meeting.events';
import { selectionDecider } from '../selection';
import { SelectionCommand, SelectionEvent } from '../selection.commands';

/** Västra Götaland in autumn 2025, with fictional employers; organisation numbers pass the Luhn check. */

export const selectionSpec = deciderSpecification(selectionDecider);
export const dialogueMeetingSpec = deciderSpecification(dialogueMeetingDecider);

/** Late morning on 20 November 2025 in Stockholm. */
export const { NOW, TODAY, TOMORROW, metadata, commandOf } = fixedClock('2025-11-20T10:00:00Z', '2025-11-20');

export const AREA = 'Västra Götaland';
export const YEAR = 2025;
export const SELECTION_ID = 'vastra-gotaland_2025';
export const MEETING_ID = 'dlg-2025-vg-01';
export const INSPECTION_ID = 'insp-2025-0001';
export const PERSON = { fk: 'person-fk-01', fk2: 'person-fk-02', av: 'person-av-01' };

export const municipality: DialogueEmployer = { organisationNumber: '212000-0142', name: 'Exempelby kommun' };
export const careCompany: DialogueEmployer = { organisationNumber: '556036-0793', name: 'Omsorgshuset i Väst AB' };
export const otherRegion: DialogueEmployer = { organisationNumber: '232100-0131', name: 'Exempelregionen' };

// ── selection ───────────────────────────────────────────────────────────────────────────────

export const selectedMunicipality: SelectedEmployer = {
  ...municipality,
  criteria: [
    { criterion: 'ILL_HEALTH_RATE', value: 'ohälsotal 14,2 dagar', rationale: 'Tydligt över länets snitt i tre år' },
    { criterion: 'SIZE', value: '6 200 anställda', rationale: 'Största arbetsgivaren i kommunen' },
  ],
};
export const selectedCareCompany: SelectedEmployer = {
  ...careCompany,
  criteria: [
    { criterion: 'KNOWN_CHALLENGES', value: 'Brister i arbetsanpassning', rationale: 'Flera impulser under 2024' },
  ],
};
export const SELECTION_REASON = 'Gemensamt urval FK och AV, samverkansmöte 2025-09-03';

/** A `reason` of null leaves the reason out. */
export function selectEmployer(
  employer: SelectedEmployer = selectedMunicipality,
  reason: string | null = SELECTION_REASON,
): SelectionCommand<'SelectEmployer'> {
  return commandOf('SelectEmployer', { selectionId: SELECTION_ID, area: AREA, year: YEAR, employer }, reason);
}
export function employerSelected(
  employer: SelectedEmployer = selectedMunicipality,
  reason = SELECTION_REASON,
): SelectionEvent<'EmployerSelected'> {
  return { type: 'EmployerSelected', data: { selectionId: SELECTION_ID, area: AREA, year: YEAR, employer, reason } };
}
export const DESELECTION_REASON = 'Arbetsgivaren deltar redan i forum väst';
/** A `reason` of null leaves the reason out. */
export function deselectEmployer(
  organisationNumber = municipality.organisationNumber,
  reason: string | null = DESELECTION_REASON,
): SelectionCommand<'DeselectEmployer'> {
  return commandOf('DeselectEmployer', { selectionId: SELECTION_ID, organisationNumber }, reason);
}
export function employerDeselected(
  organisationNumber = municipality.organisationNumber,
  reason = DESELECTION_REASON,
): SelectionEvent<'EmployerDeselected'> {
  return {
    type: 'EmployerDeselected',
    data: { selectionId: SELECTION_ID, area: AREA, year: YEAR, organisationNumber, reason },
  };
}

// ── dialogue meeting ────────────────────────────────────────────────────────────────────────

export const planDialogue: DialogueMeetingCommand<'PlanDialogueMeeting'> = commandOf('PlanDialogueMeeting', {
  meetingId: MEETING_ID,
  area: AREA,
  kind: 'TARGETED',
  employers: [municipality, careCompany],
  plannedOn: '2025-10-15',
  audiences: ['HR', 'MANAGERS'],
  topics: [
    { title: 'Systembrister i arbetsanpassningen', citedInspectionId: INSPECTION_ID },
    { title: 'Stöd för att förebygga sjukfrånvaro' },
  ],
  selectedInArea: [municipality.organisationNumber, careCompany.organisationNumber],
  citedInspections: [
    { inspectionId: INSPECTION_ID, exists: true, principalOrganisationNumber: municipality.organisationNumber },
  ],
});
const { selectedInArea: _selected, citedInspections: _cited, ...plannedData } = planDialogue.data;
export const dialoguePlanned: DialogueMeetingEvent<'DialogueMeetingPlanned'> = {
  type: 'DialogueMeetingPlanned',
  data: plannedData,
};

export function recordParticipants(
  participants: DialogueMeetingCommand<'RecordDialogueParticipants'>['data']['participants'] = [
    { personId: PERSON.fk, agency: 'FK' },
    { personId: PERSON.av, agency: 'AV' },
  ],
): DialogueMeetingCommand<'RecordDialogueParticipants'> {
  return commandOf('RecordDialogueParticipants', { meetingId: MEETING_ID, participants });
}
export function participantsRecorded(
  participants: DialogueMeetingEvent<'DialogueParticipantsRecorded'>['data']['participants'] = recordParticipants().data
    .participants,
): DialogueMeetingEvent<'DialogueParticipantsRecorded'> {
  return { type: 'DialogueParticipantsRecorded', data: { meetingId: MEETING_ID, participants } };
}

export function holdDialogue(
  heldOn = '2025-10-15',
  employerParticipants = 18,
): DialogueMeetingCommand<'HoldDialogueMeeting'> {
  return commandOf('HoldDialogueMeeting', { meetingId: MEETING_ID, heldOn, employerParticipants });
}
export const dialogueHeld: DialogueMeetingEvent<'DialogueMeetingHeld'> = {
  type: 'DialogueMeetingHeld',
  data: holdDialogue().data,
};

export const CANCELLATION_REASON = 'Kommunen omorganiserar HR-funktionen';
export function cancelDialogue(
  reason: string | null = CANCELLATION_REASON,
): DialogueMeetingCommand<'CancelDialogueMeeting'> {
  return commandOf('CancelDialogueMeeting', { meetingId: MEETING_ID }, reason);
}
export const dialogueCancelled: DialogueMeetingEvent<'DialogueMeetingCancelled'> = {
  type: 'DialogueMeetingCancelled',
  data: { meetingId: MEETING_ID, reason: CANCELLATION_REASON },
};

export const outcomes: DialogueOutcome[] = [
  { outcomeId: 'o-1', description: 'Kommunen tar fram en rutin för arbetsanpassning', followUpBy: '2026-01-31' },
  { outcomeId: 'o-2', description: 'Cheferna erbjuds utbildning i rehabiliteringsansvaret' },
];
export function recordOutcomes(
  recorded: DialogueOutcome[] = outcomes,
  recordedOn = '2025-10-20',
): DialogueMeetingCommand<'RecordDialogueOutcomes'> {
  return commandOf('RecordDialogueOutcomes', { meetingId: MEETING_ID, outcomes: recorded, recordedOn });
}
export function outcomesRecorded(
  recorded: DialogueOutcome[] = outcomes,
  recordedOn = '2025-10-20',
): DialogueMeetingEvent<'DialogueOutcomesRecorded'> {
  return { type: 'DialogueOutcomesRecorded', data: { meetingId: MEETING_ID, outcomes: recorded, recordedOn } };
}

export const FOLLOW_UP_NOTE = 'Rutinen är antagen av kommunstyrelsen';
export function recordFollowUp(
  outcomeId = 'o-1',
  followedUpOn = '2025-11-18',
  note = FOLLOW_UP_NOTE,
  done = true,
): DialogueMeetingCommand<'RecordDialogueFollowUp'> {
  return commandOf('RecordDialogueFollowUp', { meetingId: MEETING_ID, outcomeId, followedUpOn, note, done });
}
/** The follow-up as recorded: what `recordFollowUp` with the same arguments asks for. */
export function followUpRecorded(
  ...args: Parameters<typeof recordFollowUp>
): DialogueMeetingEvent<'DialogueFollowUpRecorded'> {
  return { type: 'DialogueFollowUpRecorded', data: recordFollowUp(...args).data };
}

export const aPlannedDialogue: DialogueMeetingEvent[] = [dialoguePlanned];
export const aDialogueWithBothAgencies: DialogueMeetingEvent[] = [dialoguePlanned, participantsRecorded()];
export const aHeldDialogue: DialogueMeetingEvent[] = [...aDialogueWithBothAgencies, dialogueHeld];
export const aCancelledDialogue: DialogueMeetingEvent[] = [dialoguePlanned, dialogueCancelled];
export const aDialogueWithOutcomes: DialogueMeetingEvent[] = [...aHeldDialogue, outcomesRecorded()];
