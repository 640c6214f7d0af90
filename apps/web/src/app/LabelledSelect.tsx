import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { ComponentProps } from 'react';
import { ChoiceOptions } from '../forms/fields/field-extras';
import { Choice, choicesOf } from '../forms/fields/choices';

/** Choices as a label table (value → label), values that are their own label (years), or choices. */
export type SelectOptions = Record<string, string> | readonly (string | number)[] | readonly Choice[];

function choicesFrom(options: SelectOptions): readonly Choice[] {
  if (!Array.isArray(options)) return choicesOf(options as Record<string, string>);
  return options.map((o: string | number | Choice) =>
    typeof o === 'object' ? o : { value: String(o), label: String(o) },
  );
}

/**
 * A labelled select outside a command form (a filter, a year, a clock): `any` adds a first choice
 * with the empty value, for a filter that may be left open; the other props go to the select.
 */
export function LabelledSelect({
  label,
  options,
  any,
  fieldClass,
  ...select
}: {
  label: string;
  options: SelectOptions;
  any?: string;
  /** The class of the field around label and select (its place in a toolbar or a row). */
  fieldClass?: string;
} & Omit<ComponentProps<typeof Select>, 'children'>) {
  return (
    <Field className={fieldClass}>
      <Label>{label}</Label>
      <Select {...select}>
        {any === undefined ? null : <option value="">{any}</option>}
        <ChoiceOptions options={choicesFrom(options)} />
      </Select>
    </Field>
  );
}
