import { StoreUnavailableError } from '@samverkan/event-store';
import { ConcurrencyConflict, DomainRuleViolation, NotFoundError, ProjectionTimeout } from '../errors/domain-errors';
import { InputValidationError } from '../errors/input-validation-error';
import type { CommandOutcome } from './workspace-metrics';

/**
 * How a failed command counts: refused (with its stable rule code, or BAD_USER_INPUT), a conflict,
 * or failed. A projection timeout landed: the events are stored, the read models were slow.
 */
export function outcomeOf(error: unknown): { outcome: CommandOutcome; code: string } {
  if (error instanceof DomainRuleViolation || error instanceof NotFoundError)
    return { outcome: 'refused', code: error.code };
  if (error instanceof InputValidationError) return { outcome: 'refused', code: 'BAD_USER_INPUT' };
  if (error instanceof ConcurrencyConflict) return { outcome: 'conflict', code: 'CONFLICT' };
  if (error instanceof ProjectionTimeout) return { outcome: 'landed', code: 'PROJECTION_TIMEOUT' };
  if (error instanceof StoreUnavailableError) return { outcome: 'failed', code: 'STORE_UNAVAILABLE' };
  return { outcome: 'failed', code: 'INTERNAL' };
}
