import { Alert, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { TipsListDocument } from '../../gql/graphql';
import { TIP_STATUS, TT } from './texts';
import { Section } from '../../app/DeskPage';

const STATUSES = ['DRAFT', 'SENT', 'RECEIVED'];

/** Tips by status: FK's drafts, those sent and waiting for AV, those AV received. AV is given only sent ones. */
export function TipList() {
  const [{ data, error }] = useQuery({ query: TipsListDocument, requestPolicy: 'cache-and-network' });
  const tips = data?.tips.edges.map((e) => e.node) ?? [];
  return (
    <Section id="tips-heading" heading={TT.tipsHeading}>
      {error ? <Alert data-color="danger">{error.message}</Alert> : null}
      {data && !tips.length ? <Paragraph>{TT.noTips}</Paragraph> : null}
      {STATUSES.filter((status) => tips.some((t) => t.status === status)).map((status) => (
        <section key={status} aria-labelledby={`tips-${status}`} data-testid={`tips-${status}`}>
          <Heading level={3} data-size="sm" id={`tips-${status}`}>
            {TT.byStatus[status]}
          </Heading>
          <ul className="tip-list">
            {tips
              .filter((t) => t.status === status)
              .map((tip) => (
                <li key={tip.id}>
                  <Card data-testid="tip-card" data-tip={tip.id} data-status={tip.status}>
                    <Heading level={4} data-size="xs">
                      <Link to={`/tips/${tip.id}`} aria-label={TT.openTip(tip.employer.name)}>
                        {TT.employer(tip.employer.name, tip.employer.organisationNumber)}
                      </Link>
                    </Heading>
                    <Paragraph data-size="sm">
                      <Tag data-color="info">{TIP_STATUS[tip.status] ?? tip.status}</Tag> {tip.region} ·{' '}
                      {TT.impulses(tip.impulseIds.length)}
                      {tip.sentOn ? ` · ${TT.sent(tip.sentOn)}` : ''}
                      {tip.receivedOn ? ` · ${TT.received(tip.receivedOn)}` : ''}
                      {tip.outcomes.length ? ` · ${TT.outcomes(tip.outcomes.length)}` : ''}
                    </Paragraph>
                  </Card>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Section>
  );
}
