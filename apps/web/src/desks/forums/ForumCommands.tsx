import type { ReactElement } from 'react';
import { AnyDocument, useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm, CommandFormProps } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import { FORUM_RULES, T } from './texts';

/** A command offered on a forum's page: the button's label and the form it opens. */
export interface Command {
  name: string;
  label: string;
  form: ReactElement<{ mutation: AnyDocument }>;
}

type Given<Data, Input> = Omit<
  CommandFormProps<Data, Input>,
  'title' | 'testid' | 'submitLabel' | 'rules' | 'onDone' | 'onCancel' | 'onReload' | 'expectedRevision'
>;

/**
 * The commands on one entity of a forum's page, each form as every forum form is: titled by its
 * label in the forum texts (or `label`, where it is not its name's), expecting the entity's
 * `revision` (none for a command that starts a new stream), the module's rule messages, closed when
 * done or cancelled, the room read again when done (a new meeting or action is not yet in the
 * cached room), and reloaded after a conflict.
 */
export const forumCommandsOn =
  (forms: OpenForm, revision?: number) =>
  <Data, Input>(name: keyof typeof T.commands, props: Given<Data, Input> & { label?: string }): Command => {
    const { label = T.commands[name], ...own } = props;
    const close = () => forms.toggle(null);
    const form = (
      <CommandForm
        {...own}
        {...(revision === undefined ? {} : { expectedRevision: revision })}
        title={label}
        testid={`form-${name}`}
        submitLabel={label}
        rules={FORUM_RULES}
        onDone={() => {
          close();
          forms.reload();
        }}
        onCancel={close}
        onReload={forms.reload}
      />
    );
    return { name, label, form };
  };

/**
 * The commands of one entity on the page: a button for each the role may send, and the open form.
 * Nothing at all where the token may not act on the forum (`Forum.mayAct`), since the server would
 * refuse every one of them there. `entity` tells apart the same command on several listed entities.
 */
export function CommandBar({
  commands,
  forms,
  mayAct,
  entity,
}: {
  commands: readonly Command[];
  forms: OpenForm;
  mayAct: boolean;
  entity?: string;
}) {
  const can = useCan();
  if (!mayAct) return null;
  const allowed = commands.filter((c) => can(c.form.props.mutation));
  if (!allowed.length) return null;
  const key = (c: Command) => (entity ? `${c.name}:${entity}` : c.name);
  const shown = allowed.find((c) => forms.open === key(c));
  return (
    <>
      <div className="form-actions">
        {allowed.map((c) => (
          <CommandButton
            key={c.name}
            name={key(c)}
            label={c.label}
            forms={forms}
            mutation={c.form.props.mutation}
            testid={entity ? `${c.name}-${entity}` : `open-${c.name}`}
          />
        ))}
      </div>
      {shown?.form ?? null}
    </>
  );
}
