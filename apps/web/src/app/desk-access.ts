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
  forum: ['Query.forums', 'Query.forum', 'Query.forumCadence'],
  dialog: [
    'Query.dialogueCoverage',
    'Query.employerSelections',
    'Query.dialogueMeetings',
    'Query.dialogueMeeting',
    'Query.supervisionCampaigns',
    'Query.regions',
    'Mutation.planDialogueMeeting',
  ],
  // Read by everyone who works with campaigns; each command's form is offered only to the roles that may send it.
  tillsyn: [
    'Query.supervisionCampaigns',
    'Query.supervisionCampaign',
    'Query.inspection',
    'Query.inspectionsDashboard',
  ],
  // Knowledge is there to be spread: every role that reads content reads the group's items; the forms follow the role.
  kunskap: ['Query.knowledgeGroup', 'Query.knowledgeItems', 'Query.knowledgeItem', 'Query.knowledgeReach'],
  // Momentum's project staff: those who plan its activities.
  momentum: ['Query.projectActivities', 'Query.projectActivity', 'Mutation.planProjectActivity'],
  impulser: ['Query.impulses', 'Query.regions', 'Mutation.reportImpulse'],
  tips: ['Query.tips', 'Query.tip'],
  // The steering group seals and reports months too; the integrity tab asks for its own queries.
  revision: ['Query.esfReport', 'Query.esfSeals', 'Query.esfReportAmendments', 'Query.participantMonths'],
  dataskydd: ['Query.findPeople', 'Mutation.erasePerson'],
  // Who may see which machine clients hold access: the issuers, and auditors; the forms follow the role.
  tjanster: ['Query.serviceCredentials'],
  // Reached from a dashboard's numbers; in the menu last, where it says how to use it.
  forklaring: ['Query.explain'],
} as const satisfies Record<string, readonly string[]>;

export type DeskPath = keyof typeof DESK_NEEDS;

/** The desks, in menu order, that a role with these operations may use. */
export function desksFor(operations: Iterable<string>): DeskPath[] {
  const allowed = new Set(operations);
  return (Object.keys(DESK_NEEDS) as DeskPath[]).filter((desk) => DESK_NEEDS[desk].every((op) => allowed.has(op)));
}
