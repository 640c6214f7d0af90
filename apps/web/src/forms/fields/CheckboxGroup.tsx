import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * A closed list where several may be chosen (the members present at a meeting): one checkbox per
 * option under a legend, so only valid choices can be sent. The form keeps the chosen values as
 * the list `checkedValues` reads.
 */
export function CheckboxGroup({
  name,
  legend,
  help,
  options,
  registered,
  error,
}: {
  name: string;
  legend: ReactNode;
  help?: string;
  options: readonly { value: string; label: string }[];
  registered: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <Fieldset data-field={name}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {help ? <Fieldset.Description>{help}</Fieldset.Description> : null}
      {options.map((option) => (
        <Checkbox
          key={option.value}
          {...registered}
          value={option.value}
          label={option.label}
          data-option={option.value}
        />
      ))}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
