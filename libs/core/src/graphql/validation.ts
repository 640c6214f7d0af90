import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidateBy, ValidationArguments } from 'class-validator';
import { isCalendarDate } from '../domain/calendar';
import { InputValidationError } from '../errors/input-validation-error';
import { mergeFieldErrors, personalIdentityNumberFields } from './personal-identity-number-input';

/** @nestjs/graphql's `GqlParamtype.ARGS`, which the package does not export. */
const GRAPHQL_ARGS = 3;
/** Arguments a client sends: GraphQL arguments, and an HTTP route's body, query and parameters. */
const CLIENT_INPUT = new Set<unknown>([GRAPHQL_ARGS, 'body', 'query', 'param']);

/**
 * class-validator on every argument, and a refusal of any string in it (however deeply nested)
 * that holds a personal identity number: the one check no new field can skip. Both name each field.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const pins = CLIENT_INPUT.has(metadata.type)
      ? personalIdentityNumberFields(value, typeof value === 'string' ? (metadata.data ?? '') : '')
      : [];
    let validated: unknown;
    try {
      validated = await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InputValidationError && pins.length > 0)
        throw new InputValidationError(mergeFieldErrors(error.fields, pins));
      throw error;
    }
    if (pins.length > 0) throw new InputValidationError(pins);
    return validated;
  }
}

/** Validates every @Args input with class-validator; failures name each field. */
export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => InputValidationError.fromValidationErrors(errors),
  });
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused), for inputs and arguments. */
export function IsCalendarDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must be a real date written YYYY-MM-DD`,
    },
  });
}

/**
 * A number with at most `places` decimals. class-validator's own `maxDecimalPlaces` reads the
 * number's printed form and throws on an exponent (7e-323), which would answer a 500.
 */
export function HasAtMostDecimals(places: number): PropertyDecorator {
  const factor = 10 ** places;
  return ValidateBy({
    name: 'hasAtMostDecimals',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'number' &&
        Number.isFinite(value) &&
        Math.abs(Math.round(value * factor) - value * factor) < 1e-9,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property ?? 'value'} must have at most ${places} decimal(s)`,
    },
  });
}
