import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

type Color = 'info' | 'success' | 'warning' | 'neutral' | 'danger';

/**
 * One entity in a list: its title (a link where it has a page), its status as a tag and a line of
 * what marks it, then whatever the desk shows of it. `marks` are the card's data-* attributes.
 */
export function EntityCard({
  title,
  size = 'xs',
  status,
  line,
  testid,
  marks,
  children,
}: {
  title: ReactNode;
  size?: 'xs' | 'sm';
  status: { label: string; color: Color };
  line: ReactNode;
  testid: string;
  marks?: Record<`data-${string}`, string | number | boolean>;
  children?: ReactNode;
}) {
  return (
    <Card data-testid={testid} {...marks}>
      <Heading level={3} data-size={size}>
        {title}
      </Heading>
      <Paragraph data-size="sm">
        <Tag data-color={status.color}>{status.label}</Tag> {line}
      </Paragraph>
      {children}
    </Card>
  );
}
