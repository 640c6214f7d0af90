import { action, decision, EventDefinitions } from '@samverkan/core/domain';
import { GroupEvent } from './group.commands';
import { ItemEvent } from './item.commands';
import {
  capitalised,
  counted,
  itemKindLabel,
  listOf,
  oneLine,
  reviewVerdictLabel,
  termLabel,
} from './knowledge.summaries';

/**
 * Summaries name organisations (names and codes), titles, dates and codes, never people, and
 * never other free text (agenda items, review notes, topics); reasons are kept, as in every module.
 */
export const groupEventDefinitions: EventDefinitions<GroupEvent> = {
  GroupFounded: action(
    (d) => `Kunskapsgruppen bildades ${d.foundedOn} med ${oneLine(d.host.name)} (${d.host.code}) som värd`,
  ),
  GroupMemberAdmitted: action(
    (d) => `${oneLine(d.member.name)} (${d.member.code}) blev medlem i kunskapsgruppen ${d.joinedOn}`,
  ),
  GroupMemberRemoved: decision((d) => `${d.code} lämnade kunskapsgruppen ${d.leftOn}. Skäl: ${oneLine(d.reason)}`),
  GroupMeetingPlanned: action(
    (d) =>
      `Kunskapsgruppens möte planerat ${d.date} (${termLabel[d.term] ?? d.term} ${d.year}), ` +
      `${counted(d.agenda.length, 'punkt', 'punkter')} på dagordningen`,
  ),
  GroupMeetingHeld: action((d) => `Kunskapsgruppens möte hölls ${d.heldOn} med ${listOf(d.present)} närvarande`),
  GroupMeetingCancelled: decision((d) => `Kunskapsgruppens möte ställdes in: ${oneLine(d.reason)}`),
};

export const itemEventDefinitions: EventDefinitions<ItemEvent> = {
  ItemProposed: action(
    (d) =>
      `${capitalised(itemKindLabel[d.kind] ?? d.kind)} ”${oneLine(d.title)}” från ${oneLine(d.sourceOrganisation)} ` +
      `föreslogs av ${d.proposedBy} ${d.proposedOn}, ${counted(d.topics.length, 'ämne', 'ämnen')}`,
  ),
  ItemReviewed: decision(
    (d) =>
      `Kunskapsunderlaget granskades vid kunskapsgruppens möte ${d.reviewedOn}: ${reviewVerdictLabel[d.verdict] ?? d.verdict}`,
  ),
  ItemPublished: action((d) => `Kunskapsunderlaget publicerades ${d.publishedOn}`),
  ItemRetired: decision((d) => `Kunskapsunderlaget togs ur bruk ${d.retiredOn}. Skäl: ${oneLine(d.reason)}`),
  ItemPresented: action((d) => `Kunskapsunderlaget presenterades vid ett forummöte ${d.presentedOn}`),
};
