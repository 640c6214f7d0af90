import { Card } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { CommandForm, type CommandFormProps } from '../forms/CommandForm';
import { DeskPage, Section } from './DeskPage';

/**
 * A desk's front page: under its title, its entities as read (or why they could not be, or that
 * there are none yet once read), and then the form that adds one (`form`, shown by the caller
 * to roles that may send it).
 */
export function ListPage({
  texts,
  id,
  heading,
  read,
  count,
  none,
  form,
  children,
}: {
  /** The desk's texts: its title, what it is for, and why its list could not be read. */
  texts: { title: string; intro: string; loadFailed: (message: string) => string };
  id: string;
  heading: string;
  /** The list's query result: `none` shows once it is read with `count` zero. */
  read: { data?: unknown; error?: { message: string } };
  count: number;
  none: string;
  form: ReactNode;
  children: ReactNode;
}) {
  return (
    <DeskPage title={texts.title} intro={texts.intro}>
      <Section
        id={id}
        heading={heading}
        error={read.error}
        failed={texts.loadFailed}
        none={read.data && !count ? none : null}
      >
        {children}
      </Section>
      {form}
    </DeskPage>
  );
}

/** The form on a front page that adds an entity: titled and sent by its command's label, `form-<name>` to the browser tests. */
export function AddForm<Data, Input>({
  name,
  label,
  ...form
}: Omit<CommandFormProps<Data, Input>, 'title' | 'testid' | 'submitLabel'> & { name: string; label: string }) {
  return (
    <Card className="form-card">
      <CommandForm {...form} title={label} submitLabel={label} testid={`form-${name}`} />
    </Card>
  );
}
