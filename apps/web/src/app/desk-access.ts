/**
 * What each desk needs to call. A role sees a desk when its row of the server's role matrix
 * (`myOperations`) has every one of them: the roles themselves are named only by the server.
 */
export const DESK_NEEDS = {
  oversikt: ['Query.tipFunnel'],
  tidslinje: ['Query.timeline', 'Query.entityHistory', 'Subscription.timelineAppended'],
  styrgrupp: [
    'Query.collaborationPlan',
    'Query.timeline',
    'Query.obligations',
    'Query.planVersusActual',
    'Mutation.draftCollaborationPlan',
    'Mutation.adoptCollaborationPlan',
  ],
  // The steering group seals and reports months too; the integrity tab asks for its own queries.
  revision: ['Query.esfReport', 'Query.esfSeals', 'Query.esfReportAmendments', 'Query.participantMonths'],
  dataskydd: ['Query.findPeople', 'Mutation.erasePerson'],
  // Reached from a dashboard's numbers; in the menu last, where it says how to use it.
  forklaring: ['Query.explain'],
} as const satisfies Record<string, readonly string[]>;

export type DeskPath = keyof typeof DESK_NEEDS;

/** The desks, in menu order, that a role with these operations may use. */
export function desksFor(operations: Iterable<string>): DeskPath[] {
  const allowed = new Set(operations);
  return (Object.keys(DESK_NEEDS) as DeskPath[]).filter((desk) => DESK_NEEDS[desk].every((op) => allowed.has(op)));
}
