import { Card, Heading } from '@digdir/designsystemet-react';
import type { Key, ReactElement } from 'react';
import { AnyDocument, useCan } from './can';
import { CommandButton } from './CommandButton';
import { CommandForm, CommandFormProps } from './CommandForm';
import type { OpenForm } from './open-forms';

/** A command an entity's page offers: the button's name and label, and the form it opens. */
export interface PanelCommand {
  name: string;
  label: string;
  form: ReactElement<{ mutation: AnyDocument }>;
}

/**
 * Builds a page's commands on the props its forms share (`entityFormProps`): each form is titled,
 * sent and test-named after its command. `remountOn` starts the form afresh when its choices arrive.
 */
export function panelCommandsWith<Shared extends Partial<CommandFormProps<unknown, unknown>>>(shared: Shared) {
  return <Data, Input>(
    name: string,
    label: string,
    props: Omit<CommandFormProps<Data, Input>, 'title' | 'testid' | 'submitLabel' | keyof Shared> & { remountOn?: Key },
  ): PanelCommand => {
    const { remountOn, ...own } = props;
    const all = { ...shared, ...own, title: label, testid: `form-${name}`, submitLabel: label } as CommandFormProps<
      Data,
      Input
    >;
    return { name, label, form: <CommandForm key={remountOn} {...all} /> };
  };
}

/**
 * What can be done with an entity now: a button per command the role may send, and the form of
 * the one that is open. Nothing at all where the role may send none of them.
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
