import { commandEndpoint, PlainRequest, plainCommand, Prepared, RequestWith } from '@samverkan/core';
import { PlanCommand, planDecider, planStream, SteeringGroupDecision } from '../domain';
import { NamedDecisionMember, namedDecisionMembers } from './decision-members';

/** A steering group decision as the minutes give it: its members by name, before they have person ids. */
export type NamedDecision = Omit<SteeringGroupDecision, 'decidedBy'> & { members: readonly NamedDecisionMember[] };

type DecisionCommand =
  | PlanCommand<'ReturnPlanToDraft'>
  | PlanCommand<'AdoptPlan'>
  | PlanCommand<'AmendPlan'>
  | PlanCommand<'FollowUpPlan'>
  | PlanCommand<'ClosePlan'>;
/** A decision command's request: the decision's members named, not yet ids. */
type DecisionRequest<C extends DecisionCommand> = RequestWith<
  C,
  Omit<C['data'], 'decision'> & { decision: NamedDecision }
>;

export type PlanRequest =
  | PlainRequest<Exclude<PlanCommand, DecisionCommand>>
  | (DecisionCommand extends infer C ? (C extends DecisionCommand ? DecisionRequest<C> : never) : never);

/**
 * The annual plan's way in. A decision's members become person ids derived from the command id
 * (so a retry names the same entries); their names are written once the decision is stored.
 */
export const planEndpoint = commandEndpoint({
  name: 'plan',
  decider: planDecider,
  streamOf: (command: PlanCommand) => planStream(command.data.year),
  prepare(request: PlanRequest, tools): Prepared<PlanCommand> {
    if (!('decision' in request.data))
      return { command: plainCommand<PlanCommand>(request as PlainRequest<PlanCommand>, tools) };
    const { members, ...decision } = request.data.decision;
    const { decidedBy, people } = namedDecisionMembers(tools.commandId, members);
    const data = { ...request.data, decision: { ...decision, decidedBy } };
    return { command: { ...request, data, metadata: tools.metadata } as PlanCommand, people };
  },
});
