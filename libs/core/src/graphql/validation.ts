import { ValidationPipe } from '@nestjs/common';
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
