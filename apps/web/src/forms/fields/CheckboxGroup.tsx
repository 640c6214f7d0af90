import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { UseFormRegister } from 'react-hook-form';
import type { FieldSpec, Values } from '../CommandForm';
import { FORM } from '../texts';
import { checkedValues } from './checked-values';
import { FieldLabel } from './FieldLabel';

/**
 * A choice of several among `options` (kind `checkboxes`): a fieldset of native checkboxes under
 * one name, so the form reads the ticked values itself (see `checkedValues`). Required means at
 * least one ticked; `validate` gets the ticked values joined by commas.
 */
export function CheckboxGroup({
  spec,
  register,
  error,
}: {
  spec: FieldSpec;
  register: UseFormRegister<Values>;
  error?: string;
}) {
  const registered = register(spec.name, {
    validate: (value: unknown) => {
      const ticked = checkedValues(value);
      if (!ticked.length) return spec.required ? `${spec.label} ${FORM.requiredChoice}` : undefined;
      return spec.validate?.(ticked.join(','));
    },
  });
  return (
    <Fieldset data-field={spec.name}>
      <Fieldset.Legend>
        <FieldLabel spec={spec} />
      </Fieldset.Legend>
      {spec.help ? <Fieldset.Description>{spec.help}</Fieldset.Description> : null}
      {spec.options?.map((option) => (
        <Checkbox
          key={option.value}
          {...registered}
          value={option.value}
          label={option.label}
          aria-invalid={error ? true : undefined}
          data-value={option.value}
        />
      ))}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
