import { Card, Heading } from '@digdir/designsystemet-react';
import { Fragment, type Key, type ReactElement } from 'react';
import { AnyDocument, useCan } from './can';
import { CommandButton } from './CommandButton';
import { CommandForm, CommandFormProps } from './CommandForm';
import type { OpenForm } from './open-forms';

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

/**
 * `panelCommand` on the props a page's forms share (`entityFormProps`); `remountOn` starts a form
 * afresh when its choices arrive.
 */
export function panelCommandsWith<Shared extends Partial<CommandFormProps<unknown, unknown>>>(shared: Shared) {
  return <Data, Input>(
    name: string,
    label: string,
    props: Omit<CommandFormProps<Data, Input>, 'title' | 'testid' | 'submitLabel' | keyof Shared> & { remountOn?: Key },
  ): PanelCommand => {
    const { remountOn, ...own } = props;
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
  heading,
  commands,
  forms,
  testid,
}: {
  heading: string;
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
