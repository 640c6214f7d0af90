import { EventDefinitions } from '@samverkan/core/domain';
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

export type GroupEventType = GroupEvent['type'];
export type ItemEventType = ItemEvent['type'];

/**
 * Summaries name organisations (names and codes), titles, dates and codes, never people, and
 * never other free text (agenda items, review notes, topics); reasons are kept, as in every module.
 */
export const groupEventDefinitions: EventDefinitions<GroupEvent> = {
  GroupFounded: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Kunskapsgruppen bildades ${d.foundedOn} med ${oneLine(d.host.name)} (${d.host.code}) som värd`,
  },
  GroupMemberAdmitted: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `${oneLine(d.member.name)} (${d.member.code}) blev medlem i kunskapsgruppen ${d.joinedOn}`,
  },
  GroupMemberRemoved: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `${d.code} lämnade kunskapsgruppen ${d.leftOn}. Skäl: ${oneLine(d.reason)}`,
  },
  GroupMeetingPlanned: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) =>
      `Kunskapsgruppens möte planerat ${d.date} (${termLabel[d.term] ?? d.term} ${d.year}), ` +
      `${counted(d.agenda.length, 'punkt', 'punkter')} på dagordningen`,
  },
  GroupMeetingHeld: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Kunskapsgruppens möte hölls ${d.heldOn} med ${listOf(d.present)} närvarande`,
  },
  GroupMeetingCancelled: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Kunskapsgruppens möte ställdes in: ${oneLine(d.reason)}`,
  },
};

export const itemEventDefinitions: EventDefinitions<ItemEvent> = {
  ItemProposed: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) =>
      `${capitalised(itemKindLabel[d.kind] ?? d.kind)} ”${oneLine(d.title)}” från ${oneLine(d.sourceOrganisation)} ` +
      `föreslogs av ${d.proposedBy} ${d.proposedOn}, ${counted(d.topics.length, 'ämne', 'ämnen')}`,
  },
  ItemReviewed: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) =>
      `Kunskapsunderlaget granskades vid kunskapsgruppens möte ${d.reviewedOn}: ${reviewVerdictLabel[d.verdict] ?? d.verdict}`,
  },
  ItemPublished: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Kunskapsunderlaget publicerades ${d.publishedOn}`,
  },
  ItemRetired: {
    kind: 'decision',
    schemaVersion: 1,
    summary: (d) => `Kunskapsunderlaget togs ur bruk ${d.retiredOn}. Skäl: ${oneLine(d.reason)}`,
  },
  ItemPresented: {
    kind: 'action',
    schemaVersion: 1,
    summary: (d) => `Kunskapsunderlaget presenterades vid ett forummöte ${d.presentedOn}`,
  },
};
