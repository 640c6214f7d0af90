import { DomainRuleViolation } from '../errors/domain-errors';
import { RuleCode } from '../errors/rules';

/**
 * The entity, when its status is one of `allowed`; otherwise `code`, saying what it is instead
 * (`Meeting m-1 is held`), with that status among the details. `label` names the entity.
 */
export function requireStatus<X extends { status: string }, A extends X['status']>(
  entity: X,
  allowed: readonly A[],
  code: RuleCode,
  label: string,
  details: Record<string, unknown>,
): X & { status: A } {
  if (!(allowed as readonly string[]).includes(entity.status)) {
    throw new DomainRuleViolation(code, `${label} is ${entity.status.toLowerCase()}`, {
      ...details,
      status: entity.status,
    });
  }
  return entity as X & { status: A };
}

/**
 * Only a planned meeting is cancelled: one held (`held`, with the day it was held) or already
 * cancelled (`cancelled`) is not. `label` names the meeting.
 */
export function assertCancellable(
  meeting: { status: string; heldOn?: string },
  label: string,
  codes: { held: RuleCode; cancelled: RuleCode },
  details: Record<string, unknown>,
): void {
  if (meeting.status === 'HELD') {
    throw new DomainRuleViolation(codes.held, `${label} was held on ${meeting.heldOn}`, {
      ...details,
      heldOn: meeting.heldOn,
    });
  }
  if (meeting.status === 'CANCELLED') {
    throw new DomainRuleViolation(codes.cancelled, `${label} is already cancelled`, details);
  }
}
