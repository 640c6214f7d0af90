import { Button } from '@digdir/designsystemet-react';
import { AnyDocument, operationOf, useCan } from './can';
import type { OpenForm } from './open-forms';

/**
 * The button that opens (and closes) a command's form, shown only to roles that may send the
 * command. `name` is the form's name in `forms` (with the entity's id where a page lists several).
 */
export function CommandButton({
  name,
  label,
  forms,
  mutation,
  testid,
}: {
  name: string;
  label: string;
  forms: OpenForm;
  mutation: AnyDocument;
  testid?: string;
}) {
  const can = useCan();
  if (!can(mutation)) return null;
  const open = forms.open === name;
  return (
    <Button
      variant={open ? 'primary' : 'secondary'}
      data-size="sm"
      aria-expanded={open}
      data-testid={testid ?? `open-${name}`}
      data-opens={name}
      data-mutation={operationOf(mutation)}
      onClick={() => forms.toggle(name)}
    >
      {label}
    </Button>
  );
}
