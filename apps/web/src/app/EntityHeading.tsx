import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Fragment, ReactNode } from 'react';

/**
 * An entity page's title and status line: the status as a tag (in Swedish where `labels` names
 * it), then what else marks the entity, such as its kind, period and revision, each after a dot.
 */
export function EntityHeading({
  title,
  testid,
  status,
  labels,
  statusWord,
  details,
}: {
  title: string;
  testid: string;
  status: string;
  labels: Record<string, string>;
  statusWord: string;
  /** Left out where empty. */
  details: ReactNode[];
}) {
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph data-testid={testid} data-status={status}>
        {statusWord}: <Tag data-color="info">{labels[status] ?? status}</Tag>
        {details.filter(Boolean).map((detail, i) => (
          <Fragment key={i}> · {detail}</Fragment>
        ))}
      </Paragraph>
    </>
  );
}
