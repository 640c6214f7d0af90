import { Card, Heading } from '@digdir/designsystemet-react';
import type { ReactElement } from 'react';
import { AnyDocument, useCan } from './can';
import { CommandButton } from './CommandButton';
import type { OpenForm } from './open-forms';

/** A command an entity's state allows: the button's name and label, and the form it opens. */
export interface PanelCommand {
  name: string;
  label: string;
  form: ReactElement<{ mutation: AnyDocument }>;
}

/**
 * The commands an entity's page offers now, each a button that opens its form in place; only those
 * the role may send, and nothing at all when there are none.
 */
export function CommandPanel({
  title,
  commands,
  forms,
  testid,
}: {
  title: string;
  commands: readonly PanelCommand[];
  forms: OpenForm;
  testid: string;
}) {
  const can = useCan();
  const allowed = commands.filter((c) => can(c.form.props.mutation));
  if (!allowed.length) return null;
  const shown = allowed.find((c) => c.name === forms.open);
  return (
    <Card data-testid={testid}>
      <Heading level={2} data-size="sm">
        {title}
      </Heading>
      <div className="form-actions">
        {allowed.map((c) => (
          <CommandButton key={c.name} name={c.name} label={c.label} forms={forms} mutation={c.form.props.mutation} />
        ))}
      </div>
      {shown?.form ?? null}
    </Card>
  );
}
