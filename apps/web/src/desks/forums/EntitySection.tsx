import { Section } from '../../app/DeskPage';
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
    <Section id={id} heading={title} none={empty}>
      <ul className="entities" data-testid={testid}>
        {children}
      </ul>
      {after}
    </Section>
  );
}
