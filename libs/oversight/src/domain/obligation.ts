import { calendarDate, Decider, handled, oneOf, requiredId, requiredText } from '@samverkan/core/domain';
import { ObligationCommand, ObligationEvent } from './obligation.commands';
import { IsoDate, MODULE_OF, OBLIGATION_KINDS } from './oversight.model';
import { OVERSIGHT_RULES } from './oversight.rules';

/** One stream per obligation; it holds only what the system recorded about it. */
export function obligationStream(obligationId: string): string {
  return `obligation-${obligationId}`;
}

export interface ObligationState {
  /** Set once the obligation was recorded as overdue. */
  overdueSince: IsoDate | null;
}

export function initialObligationState(): ObligationState {
  return { overdueSince: null };
}

// ── evolve ──────────────────────────────────────────────────────────────────────────────────

export function evolveObligation(state: ObligationState, event: ObligationEvent): ObligationState {
  switch (event.type) {
    case 'ObligationBecameOverdue':
      return state.overdueSince === null ? { overdueSince: event.data.dueOn } : state;
    default: {
      // A type this release does not know (a later release's) changes nothing it folds.
      const _unknown: never = event.type;
      return state;
    }
  }
}

// ── decide ──────────────────────────────────────────────────────────────────────────────────
// The watcher may ask again (a restart, a second replica, a later tick): a marked obligation
// answers with no events rather than an error, so asking is always safe.

export function decideObligation(command: ObligationCommand, state: ObligationState): ObligationEvent[] {
  switch (command.type) {
    case 'MarkObligationOverdue':
      return state.overdueSince !== null ? [] : markOverdue(command);
    default: {
      const unknown: never = command.type;
      throw new Error(`Unknown obligation command ${unknown as string}`);
    }
  }
}

function markOverdue(command: ObligationCommand<'MarkObligationOverdue'>): ObligationEvent[] {
  const obligationId = requiredId(command.data.obligationId, 'obligationId');
  const details = { obligationId };
  const kind = oneOf(command.data.kind, OBLIGATION_KINDS, 'kind', details);
  const module = MODULE_OF[kind];
  if (command.data.module !== module) {
    throw OVERSIGHT_RULES.violation('MODULE_MISMATCH', `A ${kind} obligation belongs to ${module}`, {
      ...details,
      module: command.data.module,
    });
  }
  const dueOn = calendarDate(command.data.dueOn, 'dueOn', details);
  const owner = requiredText(command.data.owner, 'owner', { details });
  const sourceStream = requiredText(command.data.sourceStream, 'sourceStream', { details });
  return [{ type: 'ObligationBecameOverdue', data: { obligationId, module, kind, dueOn, owner, sourceStream } }];
}

export const obligationDecider: Decider<ObligationCommand, ObligationEvent, ObligationState> = {
  initialState: initialObligationState,
  evolve: evolveObligation,
  decide: decideObligation,
  worldTimes: {
    // Marked by the overdue sweep when it sees the obligation; the due date is its subject.
    MarkObligationOverdue: handled,
  },
};
