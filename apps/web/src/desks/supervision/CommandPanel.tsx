import { Card, Heading } from '@digdir/designsystemet-react';
import type { ReactElement } from 'react';
import { AnyDocument, useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import type { OpenForm } from '../../forms/open-forms';
import { T } from './texts';

/** A command offered on an entity's page: its button's name and label, and its form. */
export interface Command {
  name: string;
  label: string;
  form: ReactElement<{ mutation: AnyDocument }>;
}

/** The commands an entity's state allows that the role may send, each a form opened in place. */
export function CommandPanel({ commands, forms, testid }: { commands: Command[]; forms: OpenForm; testid: string }) {
  const can = useCan();
  const offered = commands.filter((c) => can(c.form.props.mutation));
  if (!offered.length) return null;
  const shown = offered.find((c) => c.name === forms.open);
  return (
    <Card className="plan-commands" data-testid={testid}>
      <Heading level={2} data-size="sm">
        {T.actions}
      </Heading>
      <div className="form-actions">
        {offered.map((c) => (
          <CommandButton key={c.name} name={c.name} label={c.label} forms={forms} mutation={c.form.props.mutation} />
        ))}
      </div>
      {shown?.form ?? null}
    </Card>
  );
}
