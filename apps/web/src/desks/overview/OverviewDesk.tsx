import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { T } from './texts';

/** Until the översikt moves into the app, the previous page at / shows it. */
export default function OverviewDesk() {
  return (
    <>
      <Heading level={1} data-size="lg">
        {T.title}
      </Heading>
      <Paragraph>
        {T.interim} <Link href="/#/oversikt">{T.interimLink}</Link>
      </Paragraph>
    </>
  );
}
