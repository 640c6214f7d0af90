import type { ReactNode } from 'react';
import type { AnyDocument } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import type { OpenForm } from '../../forms/open-forms';

/**
 * A command on one entry of a list (an employer of the selection, an outcome of a meeting): its
 * button, and below it the form while it is open. `name` carries the entry's id, so one form of
 * the page is open at a time.
 */
export function ListedCommand({
  name,
  label,
  mutation,
  forms,
  children,
}: {
  name: string;
  label: string;
  mutation: AnyDocument;
  forms: OpenForm;
  children: ReactNode;
}) {
  return (
    <>
      <div className="form-actions">
        <CommandButton name={name} label={label} forms={forms} mutation={mutation} />
      </div>
      {forms.open === name ? children : null}
    </>
  );
}
