import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode, RefObject } from 'react';

/**
 * A desk's own page: its title and what it is for. A page with forms passes `view` and `keepFocus`
 * from `useOpenForms`, so focus returns where a closed form was opened.
 */
export function DeskPage({
  title,
  intro,
  className,
  view,
  keepFocus,
  children,
}: {
  title: string;
  intro?: string;
  /** The desk's own class beside `desk`. */
  className?: string;
  view?: RefObject<HTMLDivElement | null>;
  keepFocus?: () => void;
  children: ReactNode;
}) {
  return (
    <div className={className ? `desk ${className}` : 'desk'} ref={view} onPointerDown={keepFocus}>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {children}
    </div>
  );
}

/**
 * A section of a page under its heading: why its content could not be read (`error`), or `none`
 * once it is read and there is nothing to show.
 */
export function Section({
  id,
  heading,
  error,
  failed,
  none,
  children,
}: {
  id: string;
  heading: string;
  error?: { message: string };
  failed?: (message: string) => string;
  /** The text for an empty list, given only once the list is read and empty. */
  none?: string | null;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="md" id={id}>
        {heading}
      </Heading>
      {error ? <Alert data-color="danger">{failed ? failed(error.message) : error.message}</Alert> : null}
      {none ? <Paragraph>{none}</Paragraph> : null}
      {children}
    </section>
  );
}
