import type { ValidationError } from 'class-validator';

export interface FieldError {
  /** Dotted path inside the input, e.g. `decision.decidedBy.0.organisation`. */
  field: string;
  messages: string[];
}

/** Input failed validation: carries each field and what is wrong with it. */
export class InputValidationError extends Error {
  constructor(readonly fields: FieldError[]) {
    super(`Invalid input: ${fields.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | ')}`);
    this.name = 'InputValidationError';
  }

  static fromValidationErrors(errors: ValidationError[], parent = ''): InputValidationError {
    return new InputValidationError(flatten(errors, parent));
  }
}

function flatten(errors: ValidationError[], parent: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
