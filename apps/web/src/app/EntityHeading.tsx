import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { STATUS_WORD } from './labels';

/**
 * An entity page's title and status line: the status as a tag (in Swedish where `labels` names
 * it), then what else marks the entity (`children`: its kind, period, revision …).
 */
export function EntityHeading({
  title,
  testid,
  status,
  labels,
  children,
}: {
  title: string;
  testid: string;
  status: string;
  labels: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph data-testid={testid} data-status={status}>
        {STATUS_WORD}: <Tag data-color="info">{labels[status] ?? status}</Tag> · {children}
      </Paragraph>
    </>
  );
}
