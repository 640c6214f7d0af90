import { entityIdFor, PersonDirectory } from '@samverkan/core';
import { DecisionMember } from '../domain';

/** A member of a steering group decision as the minutes name them: personal data. */
export interface NamedDecisionMember {
  name: string;
  organisation: string;
}

/**
 * The members of a decision by person id: names go to the erasable person directory, the decision
 * (and so the event) keeps ids and organisations only. The ids derive from the command id, so a
 * retried command (same commandId) names the same directory entries instead of adding new ones.
 * The GraphQL resolver and the demo seed both go through here.
 */
export function registerDecisionMembers(persons: PersonDirectory, commandId: string, members: readonly NamedDecisionMember[]): DecisionMember[] {
  return members.map((m, index) => {
    const personId = decisionMemberId(commandId, index);
    persons.upsert(personId, { name: m.name, organisation: m.organisation });
    return { personId, organisation: m.organisation };
  });
}

/** The person id of the index-th member of the decision a command cites. */
export function decisionMemberId(commandId: string, index: number): string {
  return `person-${entityIdFor(commandId, `decision-member-${index}`)}`;
}
