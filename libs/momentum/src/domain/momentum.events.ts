import { action, decision, EventDefinitions } from '@samverkan/core/domain';
import { ActivityEvent } from './project-activity.commands';
import { activityKindLabel, capitalised, counted, decimal, oneLine, peopleIn } from './momentum.summaries';

/**
 * Summaries name the kind, title, organiser, place, dates and figures, never people, and never
 * other free text (the account of a held activity); reasons are kept, as in every module.
 */
export const activityEventDefinitions: EventDefinitions<ActivityEvent> = {
  ActivityPlanned: action(
    (d) =>
      `${capitalised(activityKindLabel[d.kind] ?? d.kind)} ”${oneLine(d.title)}” planerades till ${d.date} i ${oneLine(d.place)}` +
      `${d.country ? ` (${d.country})` : ''} av ${d.organiser}, ${counted(d.expectedParticipants, 'förväntad deltagare', 'förväntade deltagare')}`,
  ),
  ActivityRescheduled: action((d) => `Aktiviteten flyttades från ${d.previous} till ${d.date}`),
  ActivityHeld: action((d) => `Aktiviteten genomfördes ${d.heldOn}`),
  ParticipantsRecorded: action((d) => {
    const people = d.organisations.reduce((sum, o) => sum + peopleIn(o.participants), 0) + d.namedParticipants.length;
    const figures = `${counted(d.organisations.length, 'organisation', 'organisationer')}, ${counted(people, 'deltagare', 'deltagare')}`;
    return d.reason
      ? `Deltagarna rättades: ${figures}. Skäl: ${oneLine(d.reason)}`
      : `Deltagarna registrerades: ${figures}`;
  }),
  ActivityCancelled: decision((d) => `Aktiviteten ställdes in: ${oneLine(d.reason)}`),
  ActivityEvaluated: action((d) => {
    const figures = `${decimal(d.scale)} av 10 i snitt, ${counted(d.respondents, 'svarande', 'svarande')}`;
    return d.reason
      ? `Utvärderingen rättades: ${figures}. Skäl: ${oneLine(d.reason)}`
      : `Aktiviteten utvärderades: ${figures}`;
  }),
};
