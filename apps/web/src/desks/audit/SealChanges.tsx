import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { EsfAmendmentsDocument, EsfAmendmentsQuery, EsfSealCheckDocument } from '../../gql/graphql';
import { CitedEvent } from './TimelineLink';
import { S, T } from './texts';
import { ColumnTable } from '../../app/ColumnTable';

type Amendments = EsfAmendmentsQuery['esfReportAmendments'];

/** What changed in a sealed report since it was sealed: whether the trail held, then row by row with causes. */
export function SealChanges() {
  const { sealId = '' } = useParams();
  const [result] = useQuery({ query: EsfAmendmentsDocument, variables: { sealId }, requestPolicy: 'network-only' });
  const found = result.data?.esfReportAmendments;
  return (
    <section aria-labelledby="changes-heading" data-testid="seal-changes-page">
      <p>
        <Link to="/revision/forseglingar">{S.back}</Link>
      </p>
      <Heading level={2} data-size="md" id="changes-heading">
        {found ? S.changesHeading(found.seal.from, found.seal.to) : S.changesWhat}
      </Heading>
      {result.error ? <Alert data-color="danger">{T.failed(S.changesWhat, result.error.message)}</Alert> : null}
      {!found && !result.error ? <Paragraph>{T.loading}</Paragraph> : null}
      {found ? <Body found={found} sealId={sealId} /> : null}
    </section>
  );
}

function Body({ found, sealId }: { found: Amendments; sealId: string }) {
  return (
    <>
      <SealCheck sealId={sealId} fingerprint={S.fingerprint(found.seal.contentHash)} />
      {found.seal.reportFormat === 1 ? <Paragraph data-size="sm">{S.format1}</Paragraph> : null}
      <Part
        heading={S.amendmentsHeading}
        shown={found.amendments.length > 0}
        none={S.noChanges}
        noneTestid="no-amendments"
      >
        <AmendmentList amendments={found.amendments} />
      </Part>
      <Part heading={S.afterSeal} shown={found.recordedAfterSeal.length > 0} none={S.noneAfter}>
        <ul className="cited" data-testid="recorded-after-seal">
          {found.recordedAfterSeal.map((c) => (
            <li key={c.position}>
              <CitedEvent event={c} />
            </li>
          ))}
        </ul>
      </Part>
    </>
  );
}

/** Whether the trail up to the seal holds: asked apart, since it walks every event before the seal. */
function SealCheck({ sealId, fingerprint }: { sealId: string; fingerprint: string }) {
  const [result] = useQuery({ query: EsfSealCheckDocument, variables: { sealId }, requestPolicy: 'network-only' });
  const check = result.data?.esfReportAmendments;
  if (result.error) return <Alert data-color="warning">{S.checkFailed(result.error.message)}</Alert>;
  if (!check)
    return (
      <Alert data-color="info" data-testid="seal-holds" aria-busy="true">
        {S.checking}
      </Alert>
    );
  return (
    <Alert data-color={check.holds ? 'success' : 'danger'} data-testid="seal-holds" data-holds={check.holds}>
      {check.holds ? S.holds : S.broken} {fingerprint}
    </Alert>
  );
}

/** One part of what changed, under its heading: its list when `shown`, else that there is nothing (`none`). */
function Part({
  heading,
  shown,
  none,
  noneTestid,
  children,
}: {
  heading: string;
  shown: boolean;
  none: string;
  noneTestid?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Heading level={3} data-size="sm">
        {heading}
      </Heading>
      {shown ? children : <Paragraph data-testid={noneTestid}>{none}</Paragraph>}
    </>
  );
}

/** Each row that differs from the sealed report: what changed in which fields, and the events that caused it. */
function AmendmentList({ amendments }: { amendments: Amendments['amendments'] }) {
  return (
    <ol className="amendments" data-testid="amendments">
      {amendments.map((a) => (
        <li key={`${a.section}-${a.id}`} data-testid="amendment" data-change={a.change}>
          <p>
            <strong>
              {S.change[a.change] ?? a.change} {(S.section[a.section] ?? a.section).toLowerCase()}
            </strong>{' '}
            {a.date} · {a.title}
          </p>
          {a.fields.length ? (
            <ColumnTable testid="amendment-fields" caption={a.title} columns={S.fieldHeaders}>
              {a.fields.map((f) => (
                <tr key={f.field} data-testid="amendment-field" data-field={f.field}>
                  <th scope="row">{f.field}</th>
                  <td>{f.before ?? '–'}</td>
                  <td>{f.after ?? '–'}</td>
                </tr>
              ))}
            </ColumnTable>
          ) : null}
          {a.causes.length ? (
            <>
              <p className="label">{S.causes}</p>
              <ul className="cited">
                {a.causes.map((c) => (
                  <li key={c.position} data-testid="amendment-cause">
                    <CitedEvent event={c} />
                    {c.corrects ? <span className="muted"> ({S.correction})</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
