import { InputValidationError } from '../errors/input-validation-error';
import type { PrepareTools } from './command-endpoint';

/**
 * The region list is configuration, not a domain rule: a region outside it is an input error at
 * its field, checked in `prepare` before the decider sees the command.
 */
export function assertConfiguredRegion(tools: Pick<PrepareTools, 'env'>, region: string, field = 'region'): void {
  if (!tools.env.REGIONS.includes(region)) {
    throw new InputValidationError([
      { field, messages: ['must be one of the configured regions (see the `regions` query)'] },
    ]);
  }
}
