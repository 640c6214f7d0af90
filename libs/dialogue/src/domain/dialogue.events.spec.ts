import { describeModuleEvents, expectLabels, summaryOf, OneOfEach } from '@samverkan/core/testing/module-events';
import { dialogueModuleEvents } from './dialogue';
import { AGENCIES, DIALOGUE_AUDIENCES, DIALOGUE_KINDS, SELECTION_CRITERIA } from './dialogue.model';
import {
  agencyLabel,
  dialogueAudienceLabel,
  dialogueKindLabel,
  listOf,
  selectionCriterionLabel,
} from './dialogue.summaries';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import { SelectionEvent } from './selection.commands';
import {
  dialogueCancelled,
  dialogueHeld,
  dialoguePlanned,
  employerDeselected,
  employerSelected,
  followUpRecorded,
  otherRegion,
  outcomes,
  outcomesRecorded,
  participantsRecorded,
  PERSON,
  selectedCareCompany,
  selectedMunicipality,
} from './testing/dialogue.fixtures';

const oneSelectionEventOfEach: OneOfEach<SelectionEvent> = {
  EmployerSelected: employerSelected(),
  EmployerDeselected: employerDeselected(),
};
const oneMeetingEventOfEach: OneOfEach<DialogueMeetingEvent> = {
  DialogueMeetingPlanned: dialoguePlanned,
  DialogueParticipantsRecorded: participantsRecorded(),
  DialogueMeetingHeld: dialogueHeld,
  DialogueMeetingCancelled: dialogueCancelled,
  DialogueOutcomesRecorded: outcomesRecorded(),
  DialogueFollowUpRecorded: followUpRecorded(),
};
const summary = summaryOf(dialogueModuleEvents);
const freeText = [
  ...[...selectedMunicipality.criteria, ...selectedCareCompany.criteria].flatMap((c) => [c.value, c.rationale]),
  ...dialoguePlanned.data.topics.map((topic) => topic.title),
  ...outcomes.map((outcome) => outcome.description),
  followUpRecorded().data.note,
  ...Object.values(PERSON),
];

describe('Dialogue events', () => {
  describeModuleEvents(dialogueModuleEvents, {
    module: 'dialogue',
    streams: { employerSelection: oneSelectionEventOfEach, dialogueMeeting: oneMeetingEventOfEach },
    count: 8,
    decisions: ['EmployerSelected', 'EmployerDeselected', 'DialogueMeetingCancelled'],
    hidden: freeText,
  });

  it('summarises a selection, naming the employer, its criteria and the reason', () => {
    expect(summary(employerSelected())).toBe(
      'Exempelby kommun (212000-0142) vald för dialog i Västra Götaland 2025 utifrån ohälsotal och omfattning. ' +
        'Skäl: Gemensamt urval FK och AV, samverkansmöte 2025-09-03',
    );
    expect(summary(employerDeselected(otherRegion.organisationNumber, 'Ingår\ni annan dialog'))).toBe(
      'Arbetsgivaren 232100-0131 är inte längre vald för dialog i Västra Götaland 2025. Skäl: Ingår i annan dialog',
    );
  });

  it('summarises a meeting', () => {
    expect(summary(dialoguePlanned)).toBe(
      'Riktad fördjupad dialog planerad i Västra Götaland 2025-10-15 med Exempelby kommun och Omsorgshuset i Väst AB, ' +
        'för HR och chefer, 2 ämnen',
    );
    const leadershipData = { kind: 'LEADERSHIP', audiences: ['SENIOR_MANAGEMENT'], topics: [] };
    const leadership = { ...dialoguePlanned, data: { ...dialoguePlanned.data, ...leadershipData } };
    expect(summary(leadership as DialogueMeetingEvent)).toMatch(
      /^Ledningsdialog planerad .* för högsta ledning, 0 ämnen$/,
    );
    expect(summary(participantsRecorded())).toBe(
      'Deltagare från myndigheterna registrerade: 1 från Försäkringskassan och 1 från Arbetsmiljöverket',
    );
    expect(summary(participantsRecorded([{ personId: PERSON.av, agency: 'AV' }]))).toBe(
      'Deltagare från myndigheterna registrerade: 1 från Arbetsmiljöverket',
    );
    expect(summary(dialogueHeld)).toBe('Dialogmötet hölls 2025-10-15 med 18 deltagare från arbetsgivarna');
    expect(summary(dialogueCancelled)).toBe('Dialogmötet ställdes in: Kommunen omorganiserar HR-funktionen');
  });

  it('summarises outcomes and follow-ups by counts and dates only', () => {
    expect(summary(outcomesRecorded())).toBe(
      'Dialogmötets resultat registrerade 2025-10-20: 2 resultat, varav 1 med datum för uppföljning',
    );
    expect(summary(outcomesRecorded(outcomes.slice(1)))).toBe(
      'Dialogmötets resultat registrerade 2025-10-20: 1 resultat',
    );
    expect(summary(followUpRecorded())).toBe('Uppföljning av dialogmötets resultat 2025-11-18: klart');
    expect(summary(followUpRecorded('o-1', '2025-11-18', 'x', false))).toBe(
      'Uppföljning av dialogmötets resultat 2025-11-18: pågår',
    );
  });

  it('has a Swedish label for every criterion, kind, audience and agency', () => {
    expectLabels(
      [
        [SELECTION_CRITERIA, selectionCriterionLabel],
        [DIALOGUE_KINDS, dialogueKindLabel],
        [DIALOGUE_AUDIENCES, dialogueAudienceLabel],
      ],
      /^(HR$|[a-zåäö])/,
    );
    expectLabels([[AGENCIES, agencyLabel]], /^[A-ZÅÄÖ][a-zåäö]+$/);
    expect([listOf([]), listOf(['HR']), listOf(['HR', 'chefer', 'högsta ledning'])]).toEqual([
      'inga',
      'HR',
      'HR, chefer och högsta ledning',
    ]);
  });
});
