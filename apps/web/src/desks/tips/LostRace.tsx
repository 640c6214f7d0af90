import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ImpulseItemFragment, TipsImpulseNowDocument } from '../../gql/graphql';
import { DEFICIENCIES, TT } from './texts';

/** What became of the impulses a refused compile named: in another officer's tip, or dismissed. */
export function LostRace({ lost }: { lost: ImpulseItemFragment[] }) {
  return (
    <Alert data-color="warning" data-testid="lost-race">
      <Heading level={3} data-size="xs">
        {TT.lostHeading}
      </Heading>
      <ul>
        {lost.map((impulse) => (
          <LostImpulse key={impulse.id} impulse={impulse} />
        ))}
      </ul>
    </Alert>
  );
}

function LostImpulse({ impulse }: { impulse: ImpulseItemFragment }) {
  const [{ data }] = useQuery({
    query: TipsImpulseNowDocument,
    variables: { id: impulse.id },
    requestPolicy: 'network-only',
  });
  const now = data?.impulse;
  const which = TT.lostImpulse(impulse.reportedOn, DEFICIENCIES[impulse.deficiency] ?? impulse.deficiency);
  return (
    <li data-testid="lost-impulse" data-impulse={impulse.id} data-status={now?.status}>
      <Paragraph data-size="sm">
        {which}{' '}
        {now?.tipId ? (
          <>
            {TT.lostInTip}: <Link to={`/tips/${now.tipId}`}>{TT.lostOpenTip}</Link>
          </>
        ) : now?.dismissal ? (
          TT.lostDismissed(now.dismissal.reason)
        ) : null}
      </Paragraph>
    </li>
  );
}
