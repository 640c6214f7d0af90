import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Choice, groupChoices } from './choices';

export type { Choice } from './choices';

/** The options of a select, under optgroups where the choices name groups. */
export function ChoiceOptions({ options }: { options: readonly Choice[] }) {
  return (
    <>
      {groupChoices(options).map(({ group, options: choices }) => {
        const items = choices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ));
        return group ? (
          <optgroup key={group} label={group}>
            {items}
          </optgroup>
        ) : (
          items
        );
      })}
    </>
  );
}

/** Values the browser offers while a text field is typed in (a datalist): the user may still type anything. */
export function Suggestions({ id, values }: { id: string; values?: readonly string[] }) {
  if (!values?.length) return null;
  return (
    <datalist id={id}>
      {values.map((value) => (
        <option key={value} value={value} />
      ))}
    </datalist>
  );
}

/**
 * Fields that follow from others as the user types (a name known for the organisation number just
 * typed, a code chosen in a picker): `derive` gets the changed field and all values and returns the
 * values to set, or nothing.
 */
export type Derive = (changed: string, values: Record<string, string>) => Record<string, string> | undefined;

export function useDerivedValues(form: UseFormReturn<Record<string, string>>, derive?: Derive) {
  useEffect(() => {
    if (!derive) return;
    const subscription = form.watch((values, { name }) => {
      if (!name) return;
      const derived = derive(name, values as Record<string, string>);
      for (const [field, value] of Object.entries(derived ?? {})) {
        if (form.getValues(field) !== value) form.setValue(field, value, { shouldValidate: true });
      }
    });
    return () => subscription.unsubscribe();
  }, [form, derive]);
}
