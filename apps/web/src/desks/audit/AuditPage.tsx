import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode, RefObject } from 'react';

/**
 * One tab of the auditor's desk: its heading and what it is for. A tab with forms passes `view`
 * and `keepFocus` from `useOpenForms`, so focus returns where a closed form was opened.
 */
export function AuditPage({
  id,
  testid,
  heading,
  intro,
  view,
  keepFocus,
  children,
}: {
  /** The tab's name: its heading is `<id>-heading`, and the browser tests find it by `testid`. */
  id: string;
  testid: string;
  heading: string;
  intro: string;
  view?: RefObject<HTMLDivElement | null>;
  keepFocus?: () => void;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} ref={view} onPointerDown={keepFocus} data-testid={testid}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {heading}
      </Heading>
      <Paragraph data-size="sm">{intro}</Paragraph>
      {children}
    </section>
  );
}
