import { ValidationPipe } from '@nestjs/common';
import { ValidateBy, ValidationArguments } from 'class-validator';
import { isCalendarDate } from '../domain/calendar';
import { InputValidationError } from '../errors/input-validation-error';

/** Validates every @Args input with class-validator; failures name each field. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} must be a real date written YYYY-MM-DD`,
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
        typeof value === 'number' && Number.isFinite(value) && Math.abs(Math.round(value * factor) - value * factor) < 1e-9,
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'value'} must have at most ${places} decimal(s)`,
    },
  });
}
