import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** A section of the room listing one kind of entity: its heading, a line when there are none, the list. */
export function EntitySection({
  id,
  title,
  empty,
  testid,
  children,
  after,
}: {
  id: string;
  title: string;
  /** What to say when there are none; null while the list is not yet known. */
  empty: string | null;
  testid: string;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {empty ? <Paragraph>{empty}</Paragraph> : null}
      <ul className="entities" data-testid={testid}>
        {children}
      </ul>
      {after}
    </section>
  );
}
