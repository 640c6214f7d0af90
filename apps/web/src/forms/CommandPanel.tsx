import { Card, Heading } from '@digdir/designsystemet-react';
import { Fragment, type Key, type ReactElement } from 'react';
import { AnyDocument, useCan } from './can';
import { CommandButton } from './CommandButton';
import { CommandForm, CommandFormProps } from './CommandForm';
import type { OpenForm } from './open-forms';
import { FORM } from './texts';

/** A command of an entity's page: the button's label, the form it opens, and what the form sends. */
export interface PanelCommand {
  name: string;
  label: string;
  /** The form; its `mutation` decides whether the role is offered the command. */
  form: ReactElement<{ mutation?: AnyDocument }>;
  /** What the command sends, where `form` is not the form itself (a notice in its place). */
  mutation?: AnyDocument;
}

/** The document a panel command sends, which decides whether the role is offered it. */
export const sentBy = (c: PanelCommand): AnyDocument => {
  const mutation = c.mutation ?? c.form.props.mutation;
  if (!mutation) throw new Error(`panel command ${c.name} names no mutation`);
  return mutation;
};

/** A command whose form is titled, labelled and named (`form-<name>`) after the command. */
export function panelCommand<Data, Input>(
  name: string,
  label: string,
  props: Omit<CommandFormProps<Data, Input>, 'title' | 'testid' | 'submitLabel'>,
): PanelCommand {
  return {
    name,
    label,
    mutation: props.mutation,
    form: <CommandForm {...props} title={label} testid={`form-${name}`} submitLabel={label} />,
  };
}

type OwnProps<Data, Input, Shared> = Omit<
  CommandFormProps<Data, Input>,
  'title' | 'testid' | 'submitLabel' | keyof Shared
> & { remountOn?: Key };

/** Makes a page's command by its name: titled by the name's label in the desk's table, or by `label`. */
export interface MakeCommand<Shared, Name extends string> {
  <Data, Input>(name: Name, props: OwnProps<Data, Input, Shared> & { label?: string }): PanelCommand;
  <Data, Input>(name: string, props: OwnProps<Data, Input, Shared> & { label: string }): PanelCommand;
}

/**
 * `panelCommand` on the props a page's forms share (`entityFormProps`) and the desk's command
 * labels (`T.commands`), so a command is named once; `label` where it is not its name's (a
 * correction), and `remountOn` starts a form afresh when its choices arrive.
 */
export function panelCommandsWith<Shared extends Partial<CommandFormProps<unknown, unknown>>, Labels extends object>(
  shared: Shared,
  labels: Labels,
): MakeCommand<Shared, keyof Labels & string> {
  return <Data, Input>(name: string, props: OwnProps<Data, Input, Shared> & { label?: string }): PanelCommand => {
    const { remountOn, label: given, ...own } = props;
    const label = given ?? (labels as Record<string, string>)[name];
    const all = { ...shared, ...own } as Omit<CommandFormProps<Data, Input>, 'title' | 'testid' | 'submitLabel'>;
    return {
      name,
      label,
      mutation: all.mutation,
      form: <CommandForm key={remountOn} {...all} title={label} testid={`form-${name}`} submitLabel={label} />,
    };
  };
}

/**
 * The commands a page offers now, as buttons that open their form in place, one at a time; the
 * ones the role may not send are left out, and with none left, the panel too.
 */
export function CommandPanel({
  heading = FORM.commandsHeading,
  commands,
  forms,
  testid,
}: {
  /** The panel's heading: "Det du kan göra nu" unless the desk says otherwise. */
  heading?: string;
  commands: readonly PanelCommand[];
  forms: OpenForm;
  testid: string;
}) {
  const can = useCan();
  const offered = commands.filter((c) => can(sentBy(c)));
  if (!offered.length) return null;
  const shown = offered.find((c) => c.name === forms.open);
  return (
    <Card className="command-panel" data-testid={testid}>
      <Heading level={2} data-size="sm">
        {heading}
      </Heading>
      <div className="form-actions">
        {offered.map((c) => (
          <CommandButton key={c.name} name={c.name} label={c.label} forms={forms} mutation={sentBy(c)} />
        ))}
      </div>
      {/* Keyed by command: going straight to another command's form starts it afresh, with its own command id. */}
      {shown ? <Fragment key={shown.name}>{shown.form}</Fragment> : null}
    </Card>
  );
}
