import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { T } from './texts';

/** Until the tidslinje moves into the app, the previous page at / shows it. */
export default function TimelineDesk() {
  return (
    <>
      <Heading level={1} data-size="lg">
        {T.title}
      </Heading>
      <Paragraph>
        {T.interim} <Link href="/#/tidslinje">{T.interimLink}</Link>
      </Paragraph>
    </>
  );
}
