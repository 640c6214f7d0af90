import type { AnyDocument } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm, CommandFormProps } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import { knowledgeFormProps } from './knowledge-fields';
import { T } from './texts';

type Command = keyof typeof T.commands;

type KnowledgeFormProps<Data, Input> = Omit<
  CommandFormProps<Data, Input>,
  'title' | 'testid' | 'submitLabel' | 'rules'
> & {
  command: Command;
  /** The entity's revision the page showed; none for a command that starts one. */
  revision?: number;
  forms: OpenForm;
  /** The heading, where it names more than the command (whom it is about). */
  title?: string;
};

/** A command's form on the desk: titled, labelled and named (`form-<command>`) after the command. */
export function KnowledgeForm<Data, Input>({
  command,
  revision,
  forms,
  title,
  ...props
}: KnowledgeFormProps<Data, Input>) {
  return (
    <CommandForm
      {...knowledgeFormProps(revision, forms)}
      {...props}
      title={title ?? T.commands[command]}
      testid={`form-${command}`}
      submitLabel={T.commands[command]}
    />
  );
}

/** A command offered once on the page: its button, and below it the form while it is open. */
export function KnowledgeCommand<Data, Input>(props: KnowledgeFormProps<Data, Input>) {
  const { command, forms, mutation } = props;
  return (
    <>
      <div className="form-actions">
        <CommandButton name={command} label={T.commands[command]} forms={forms} mutation={mutation} />
      </div>
      {forms.open === command ? <KnowledgeForm {...props} /> : null}
    </>
  );
}

/**
 * The button of a command on one entry of a list (a meeting, a member): its form is named
 * `<command>:<id>`, so one form of the page is open at a time.
 */
export function EntryButton({
  command,
  id,
  forms,
  mutation,
}: {
  command: Command;
  id: string;
  forms: OpenForm;
  mutation: AnyDocument;
}) {
  return (
    <CommandButton
      name={entryForm(command, id)}
      label={T.commands[command]}
      forms={forms}
      mutation={mutation}
      testid={`${command}-${id}`}
    />
  );
}

export const entryForm = (command: Command, id: string) => `${command}:${id}`;
