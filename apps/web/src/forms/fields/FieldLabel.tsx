import type { FieldSpec } from '../CommandForm';
import { FORM } from '../texts';

/** A field's label, with the mark a required field has (hidden from screen readers, which hear `required`). */
export function FieldLabel({ spec }: { spec: Pick<FieldSpec, 'label' | 'required'> }) {
  return (
    <>
      {spec.label}
      {spec.required ? (
        <span className="required-mark" aria-hidden="true">
          {FORM.requiredMark}
        </span>
      ) : null}
    </>
  );
}
