import {
  Alert,
  Button,
  Field,
  FieldDescription,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ReactNode, useId, useRef, useState } from 'react';
import { useForm, UseFormRegister } from 'react-hook-form';
import { useMutation } from 'urql';
import { operationOf, useCan } from './can';
import { fieldFor, Problem, problemOf } from './command-errors';
import { CheckboxGroup } from './fields/CheckboxGroup';
import { FieldLabel } from './fields/FieldLabel';
import { ChoiceOptions, Choice, Derive, Suggestions, useDerivedValues } from './fields/field-extras';
import { CORE_RULES, FORM } from './texts';

/** Every field is text in the form; `toInput` makes the command's input of them. */
export type Values = Record<string, string>;

export interface FieldSpec {
  name: string;
  label: string;
  help?: string;
  required?: boolean;
  kind?: 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'select' | 'checkboxes';
  options?: readonly Choice[];
  /** Values offered while typing in a text field; any other value may still be typed. */
  suggestions?: readonly string[];
  /** A check before sending: the Swedish message when the value will not do. */
  validate?: (value: string) => string | undefined;
}

export interface CommandFormProps<Data, Input> {
  /** The form's heading, also its accessible name. */
  title: string;
  intro?: ReactNode;
  fields: readonly FieldSpec[];
  defaults?: Values;
  submitLabel: string;
  mutation: TypedDocumentNode<Data, { input: Input }>;
  /** The input without commandId and expectedRevision, which the kit adds. */
  toInput: (values: Values) => Omit<Input, 'commandId' | 'expectedRevision'>;
  /** The revision of the entity the page showed: the command is refused if it has changed since. */
  expectedRevision?: number;
  /** Swedish messages of the module's rule codes. */
  rules: Record<string, string>;
  onDone?: (data: Data) => void;
  onCancel?: () => void;
  /** Fetches what is current after a conflict. */
  onReload?: () => void;
  /** The field a server path lands at, where the form lays a list of the input out as fields. */
  fieldOf?: (path: string) => string | undefined;
  testid: string;
  /** Check the fields as they are typed, not only when sent. */
  checkAsTyped?: boolean;
  /** Fields set from others as the user types. */
  derive?: Derive;
  /** Told what went wrong when the server refused the command (to show more, or fetch anew). */
  onFailed?: (problem: Problem) => void;
}

/** A command id per form fill: a double click or a retry of the same fill is applied once. */
const newCommandId = () => crypto.randomUUID();

function problemText(problem: Problem, rules: Record<string, string>, shown?: number): string {
  switch (problem.kind) {
    case 'input':
      return FORM.fieldErrors;
    case 'rule':
      return rules[problem.rule] ?? CORE_RULES[problem.rule] ?? problem.message;
    case 'conflict':
      return FORM.conflict(problem.actualRevision ?? 0, shown);
    case 'unavailable':
      return FORM.unavailable;
    case 'timeout':
      return FORM.timeout;
    case 'forbidden':
      return FORM.forbidden;
    case 'notFound':
      return FORM.notFound;
    case 'other':
      return FORM.other(problem.message);
  }
}

/**
 * The one form for every command: labels, help texts and required marks in Swedish; the server's
 * BAD_USER_INPUT at its fields; a rule code's message; a conflict with the current state and a
 * reload; an unreachable store with the input kept for a retry with the same command id.
 */
export function CommandForm<Data, Input>(props: CommandFormProps<Data, Input>) {
  // A role that may not send the command is not offered its form (the server would refuse it).
  return useCan()(props.mutation) ? <PermittedForm {...props} /> : null;
}

function PermittedForm<Data, Input>(props: CommandFormProps<Data, Input>) {
  const { title, fields, rules, expectedRevision, testid } = props;
  const headingId = useId();
  const commandId = useRef(newCommandId());
  const sending = useRef(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [, execute] = useMutation(props.mutation);
  const form = useForm<Values>({
    defaultValues: props.defaults ?? {},
    shouldFocusError: true,
    mode: props.checkAsTyped ? 'onChange' : 'onSubmit',
  });
  useDerivedValues(form, props.derive);
  const { register, handleSubmit, formState, setError, reset } = form;
  const names = fields.map((f) => f.name);
  const fieldAt = (path: string) => props.fieldOf?.(path) ?? fieldFor(path, names);

  const submit = handleSubmit(async (values) => {
    // A second click while the first is on its way sends nothing; a retry sends the same command id.
    if (sending.current) return;
    sending.current = true;
    setProblem(null);
    try {
      const input = {
        ...props.toInput(values),
        commandId: commandId.current,
        ...(expectedRevision === undefined ? {} : { expectedRevision }),
      } as Input;
      const result = await execute({ input });
      if (result.error || !result.data) {
        const found = problemOf(result.error?.graphQLErrors ?? [], result.error?.message);
        setProblem(found);
        props.onFailed?.(found);
        if (found.kind === 'input') {
          for (const { field, messages } of found.fields) {
            const name = fieldAt(field);
            if (name) setError(name, { message: FORM.fieldRejected(messages.join('; ')) });
          }
        }
        if (found.kind === 'rule' && found.field) {
          const name = fieldAt(found.field);
          if (name) setError(name, { message: problemText(found, rules) });
        }
        return;
      }
      commandId.current = newCommandId();
      reset();
      props.onDone?.(result.data);
    } finally {
      sending.current = false;
    }
  });

  return (
    <form
      className="command-form"
      aria-labelledby={headingId}
      data-testid={testid}
      data-mutation={operationOf(props.mutation)}
      onSubmit={submit}
      noValidate
    >
      <Heading level={3} data-size="xs" id={headingId}>
        {title}
      </Heading>
      {props.intro ? <Paragraph data-size="sm">{props.intro}</Paragraph> : null}
      <Paragraph data-size="xs">{FORM.requiredLegend}</Paragraph>
      {fields.map((spec) => (
        <FormField key={spec.name} spec={spec} register={register} error={formState.errors[spec.name]?.message} />
      ))}
      <div aria-live="polite">
        {problem ? (
          <Alert
            data-color={problem.kind === 'timeout' ? 'warning' : 'danger'}
            data-testid="form-problem"
            data-problem={problem.kind}
            data-rule={problem.kind === 'rule' ? problem.rule : undefined}
          >
            <Paragraph>{problemText(problem, rules, expectedRevision)}</Paragraph>
            {problem.kind === 'conflict' && props.onReload ? (
              <Button
                variant="secondary"
                data-size="sm"
                data-testid="form-reload"
                onClick={() => {
                  setProblem(null);
                  props.onReload?.();
                }}
              >
                {FORM.reload}
              </Button>
            ) : null}
          </Alert>
        ) : null}
      </div>
      <div className="form-actions">
        <Button type="submit" loading={formState.isSubmitting} data-testid={`${testid}-submit`}>
          {formState.isSubmitting ? FORM.sending : props.submitLabel}
        </Button>
        {props.onCancel ? (
          <Button variant="tertiary" onClick={props.onCancel}>
            {FORM.cancel}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

const labelOf = (spec: FieldSpec) => <FieldLabel spec={spec} />;

function FormField({ spec, register, error }: { spec: FieldSpec; register: UseFormRegister<Values>; error?: string }) {
  const rules = {
    ...(spec.required
      ? { validate: (v: string) => (v?.trim() ? spec.validate?.(v) : `${spec.label} ${FORM.required}`) }
      : {}),
    ...(!spec.required && spec.validate ? { validate: (v: string) => (v ? spec.validate!(v) : undefined) } : {}),
  };
  if (spec.kind === 'checkboxes') return <CheckboxGroup spec={spec} register={register} error={error} />;
  const registered = register(spec.name, rules);
  if (spec.kind === 'select') {
    return (
      <Field>
        <Label>{labelOf(spec)}</Label>
        {spec.help ? <FieldDescription>{spec.help}</FieldDescription> : null}
        <Select {...registered} required={spec.required} aria-invalid={error ? true : undefined} data-field={spec.name}>
          {spec.required ? null : <option value="">–</option>}
          <ChoiceOptions options={spec.options ?? []} />
        </Select>
        {error ? <ValidationMessage>{error}</ValidationMessage> : null}
      </Field>
    );
  }
  const common = {
    label: labelOf(spec),
    description: spec.help,
    error,
    required: spec.required,
    'data-field': spec.name,
  };
  if (spec.kind === 'textarea') return <Textfield {...common} {...registered} multiline rows={3} />;
  const type = { date: 'date', datetime: 'datetime-local', number: 'number', text: 'text' }[spec.kind ?? 'text'] as
    'date' | 'datetime-local' | 'number' | 'text';
  const listId = spec.suggestions?.length ? `${registered.name}-suggestions` : undefined;
  return (
    <>
      <Textfield {...common} {...registered} type={type} list={listId} autoComplete={listId ? 'off' : undefined} />
      {listId ? <Suggestions id={listId} values={spec.suggestions} /> : null}
    </>
  );
}
