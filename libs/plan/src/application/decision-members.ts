import { entityIdFor, NamedPerson } from '@samverkan/core';
import { DecisionMember } from '../domain';

/** A member of a steering group decision as the minutes name them: personal data. */
export interface NamedDecisionMember {
  name: string;
  organisation: string;
}

/**
 * The members of a decision by person id, and the people to name: the decision (and so the event)
 * keeps ids and organisations only, the names travel in the command context's `people`, which the
 * pipeline writes to the erasable person directory once the decision is stored. The ids derive
 * from the command id, so a retried command (same commandId) names the same directory entries
 * instead of adding new ones. The GraphQL resolver and the demo seed both go through here.
 */
export function namedDecisionMembers(
  commandId: string,
  members: readonly NamedDecisionMember[],
): { decidedBy: DecisionMember[]; people: NamedPerson[] } {
  const people = members.map((m, index) => ({
    id: decisionMemberId(commandId, index),
    fields: { name: m.name, organisation: m.organisation },
  }));
  return {
    decidedBy: members.map((m, index) => ({ personId: people[index].id, organisation: m.organisation })),
    people,
  };
}

/** The person id of the index-th member of the decision a command cites. */
export function decisionMemberId(commandId: string, index: number): string {
  return `person-${entityIdFor(commandId, `decision-member-${index}`)}`;
}
