import { CommandButton } from './CommandButton';
import { CommandForm, CommandFormProps } from './CommandForm';
import type { OpenForm } from './open-forms';

type OpenedFormProps<Data, Input> = Omit<CommandFormProps<Data, Input>, 'onCancel'> & { name: string; forms: OpenForm };

/**
 * A command's form while its button (`CommandButton` of the same `name`) has it open: cancelling
 * closes it, and once the command is sent it closes, `onDone` sees the result and the page's data
 * is read anew (`forms.reload`), so the page shows what the command changed.
 */
export function OpenedForm<Data, Input>({ name, forms, onDone, ...form }: OpenedFormProps<Data, Input>) {
  if (forms.open !== name) return null;
  return (
    <CommandForm
      {...form}
      onCancel={() => forms.toggle(null)}
      onDone={(data) => {
        forms.toggle(null);
        onDone?.(data);
        forms.reload();
      }}
    />
  );
}

/**
 * A command offered where its form is to open: its button (`label`, found by `buttonTestid`) and,
 * right under it, its form while open; the name and the mutation serve both.
 */
export function OpenableCommand<Data, Input>({
  label,
  buttonTestid,
  ...form
}: OpenedFormProps<Data, Input> & { label: string; buttonTestid?: string }) {
  return (
    <>
      <CommandButton name={form.name} label={label} forms={form.forms} mutation={form.mutation} testid={buttonTestid} />
      <OpenedForm {...form} />
    </>
  );
}
