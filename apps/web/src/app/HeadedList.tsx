import { Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * A short list of what an entity holds (its progress notes, its agenda, its former members) under
 * its own heading; left out, heading and all, while there is nothing in it.
 */
export function HeadedList<Item>({
  heading,
  level,
  items,
  testid,
  ordered = false,
  children,
}: {
  heading: string;
  /** The heading's level under the entity's own; the deeper, the smaller. */
  level: 3 | 4 | 5;
  /** Shown as they come (keyed by place: the list is only read, never edited in place). */
  items: readonly Item[];
  testid?: string;
  /** An ordered list, where the order is the story (changes in turn). */
  ordered?: boolean;
  children: (item: Item) => ReactNode;
}) {
  if (!items.length) return null;
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      <Heading level={level} data-size={level === 3 ? 'xs' : '2xs'}>
        {heading}
      </Heading>
      <List data-testid={testid}>
        {items.map((item, i) => (
          <li key={i}>{children(item)}</li>
        ))}
      </List>
    </>
  );
}
