import { Button, Textfield } from '@digdir/designsystemet-react';
import { createContext, useContext, type FormEvent, type ReactNode } from 'react';
import { LabelledSelect, type SelectOptions } from './LabelledSelect';
import { FILTER } from './texts';

/** The filter form a field stands in: its fields are named `<form>-filter-<field>` for tests. */
const FilterName = createContext('');
const useFieldTestid = (field: string) => `${useContext(FilterName)}-filter-${field}`;

/**
 * A list's filters in a row (`<name>-filters`) with its button (`<name>-filter-apply`): the fields
 * are read when the filter is applied, not as they change, so `onApply` gets the form's data once
 * per click.
 */
export function FilterForm({
  name,
  label,
  onApply,
  children,
}: {
  name: string;
  /** The form's accessible name. */
  label: string;
  onApply: (form: FormData) => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(new FormData(event.currentTarget));
  };
  return (
    <form className="filter-row" onSubmit={submit} aria-label={label} data-testid={`${name}-filters`}>
      <FilterName.Provider value={name}>{children}</FilterName.Provider>
      <Button type="submit" data-testid={`${name}-filter-apply`}>
        {FILTER.apply}
      </Button>
    </form>
  );
}

/** A choice of a filter form, which may be left at `any` (the empty value: no filter). */
export function FilterSelect(props: { name: string; label: string; any: string; options: SelectOptions }) {
  return <LabelledSelect {...props} data-testid={useFieldTestid(props.name)} />;
}

/** A text (or number) field of a filter form. */
export function FilterText(props: { name: string; label: string; type?: 'text' | 'number' }) {
  return <Textfield {...props} data-testid={useFieldTestid(props.name)} />;
}
