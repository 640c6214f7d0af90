import { action, EventDefinitions } from '@samverkan/core/domain';
import { ObligationEvent } from './obligation.commands';
import { ObligationKind } from './oversight.model';

export const obligationKindLabel: Record<ObligationKind, string> = {
  TIP_OUTCOME: 'AV:s utfall för ett skickat tips',
  JOINT_ACTION: 'en gemensam åtgärd',
  PLAN_ACTIVITY: 'en aktivitet i samverkansplanen',
  DIALOGUE_OUTCOMES: 'utfall efter ett dialogmöte',
};

const ownerLabel = (owner: string) => (owner === 'JOINT' ? 'FK och AV gemensamt' : owner.replace(/\s+/g, ' ').trim());

/** Summaries name the kind of duty, its due date and the owning organisation, never people. */
export const obligationEventDefinitions: EventDefinitions<ObligationEvent> = {
  ObligationBecameOverdue: action(
    (d) =>
      `Försenat: ${obligationKindLabel[d.kind as ObligationKind] ?? d.kind} skulle vara klar ${d.dueOn} ` +
      `(ansvarig: ${ownerLabel(d.owner)}, ${d.sourceStream})`,
  ),
};
