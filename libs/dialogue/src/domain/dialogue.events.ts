import { action, decision, EventDefinitions } from '@samverkan/core/domain';
import { AGENCIES } from './dialogue.model';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import {
  agencyLabel,
  capitalised,
  counted,
  dialogueAudienceLabel,
  dialogueKindLabel,
  labelled,
  listOf,
  oneLine,
  selectionCriterionLabel,
} from './dialogue.summaries';
import { SelectionEvent } from './selection.commands';

/**
 * Summaries name areas, employers (legal persons), dates and codes, never people, and never free
 * text that may name them (criteria values and rationales, topics, outcomes, notes); reasons are
 * kept, as in every module.
 */
export const selectionEventDefinitions: EventDefinitions<SelectionEvent> = {
  EmployerSelected: decision((d) => {
    const criteria = labelled(
      d.employer.criteria.map(({ criterion }) => criterion),
      selectionCriterionLabel,
    );
    return (
      `${oneLine(d.employer.name)} (${d.employer.organisationNumber}) vald för dialog i ${oneLine(d.area)} ${d.year} ` +
      `utifrån ${listOf(criteria)}. Skäl: ${oneLine(d.reason)}`
    );
  }),
  EmployerDeselected: decision(
    (d) =>
      `Arbetsgivaren ${d.organisationNumber} är inte längre vald för dialog i ${oneLine(d.area)} ${d.year}. ` +
      `Skäl: ${oneLine(d.reason)}`,
  ),
};

export const dialogueMeetingEventDefinitions: EventDefinitions<DialogueMeetingEvent> = {
  DialogueMeetingPlanned: action((d) => {
    const kind = capitalised(dialogueKindLabel[d.kind] ?? d.kind);
    const employers = listOf(d.employers.map(({ name }) => oneLine(name)));
    const audiences = listOf(labelled(d.audiences, dialogueAudienceLabel));
    const topics = counted(d.topics.length, 'ämne', 'ämnen');
    return `${kind} planerad i ${oneLine(d.area)} ${d.plannedOn} med ${employers}, för ${audiences}, ${topics}`;
  }),
  DialogueParticipantsRecorded: action((d) => {
    const byAgency = AGENCIES.map(
      (agency) => [agency, d.participants.filter((p) => p.agency === agency).length] as const,
    )
      .filter(([, count]) => count > 0)
      .map(([agency, count]) => `${count} från ${agencyLabel[agency]}`);
    return `Deltagare från myndigheterna registrerade: ${listOf(byAgency)}`;
  }),
  DialogueMeetingHeld: action(
    (d) =>
      `Dialogmötet hölls ${d.heldOn} med ${counted(d.employerParticipants, 'deltagare', 'deltagare')} från arbetsgivarna`,
  ),
  DialogueMeetingCancelled: decision((d) => `Dialogmötet ställdes in: ${oneLine(d.reason)}`),
  DialogueOutcomesRecorded: action((d) => {
    const dated = d.outcomes.filter((outcome) => outcome.followUpBy).length;
    const of = dated ? `, varav ${dated} med datum för uppföljning` : '';
    return `Dialogmötets resultat registrerade ${d.recordedOn}: ${counted(d.outcomes.length, 'resultat', 'resultat')}${of}`;
  }),
  DialogueFollowUpRecorded: action(
    (d) => `Uppföljning av dialogmötets resultat ${d.followedUpOn}: ${d.done ? 'klart' : 'pågår'}`,
  ),
};
