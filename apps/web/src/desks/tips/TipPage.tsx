import { Alert, Button, Heading, Paragraph, Spinner, Tag } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useOperations } from '../../forms/can';
import { OpenForm, useOpenForms } from '../../forms/open-forms';
import { TipDetailDocument, TipItemFragment } from '../../gql/graphql';
import { outcomeText } from './outcomes';
import { TipCommands } from './TipCommands';
import { TipImpulses } from './TipImpulses';
import { TIP_STATUS, TP } from './texts';

/** One tip: its facts, the commands its status allows, its impulses, what AV recorded, and its history. */
export function TipPage() {
  const id = useParams().id ?? '';
  const [{ data, error, fetching }, refetch] = useQuery({ query: TipDetailDocument, variables: { id } });
  const { forms, view, keepFocus } = useOpenForms(() => refetch({ requestPolicy: 'network-only' }));
  const tip = data?.tip;
  return (
    <div className="desk tip-page" ref={view} onPointerDown={keepFocus}>
      <p>
        <Link to="/tips" data-testid="back-to-tips">
          {TP.back}
        </Link>
      </p>
      {!tip && fetching ? (
        <Paragraph>
          <Spinner aria-hidden data-size="sm" /> …
        </Paragraph>
      ) : null}
      {error && !tip ? <Alert data-color="danger">{TP.loadFailed(error.message)}</Alert> : null}
      {tip ? <Tip tip={tip} forms={forms} /> : null}
    </div>
  );
}

function Tip({ tip, forms }: { tip: TipItemFragment; forms: OpenForm }) {
  const operations = useOperations();
  return (
    <>
      <Heading level={1} data-size="lg">
        {TP.heading(tip.employer.name)}
      </Heading>
      <Paragraph data-testid="tip-status" data-status={tip.status}>
        {TP.status}: <Tag data-color="info">{TIP_STATUS[tip.status] ?? tip.status}</Tag> · version {tip.revision}
      </Paragraph>
      <dl className="facts">
        <dt>{TP.organisationNumber}</dt>
        <dd>{tip.employer.organisationNumber}</dd>
        <dt>{TP.region}</dt>
        <dd>{tip.region}</dd>
        <dt>{TP.industry}</dt>
        <dd>{TP.industryValue(tip.industry.code, tip.industry.section, tip.industry.sectionName)}</dd>
        <dt>{TP.avDiary}</dt>
        <dd>{tip.avDiaryNumber ?? '–'}</dd>
        <dt>{TP.summary}</dt>
        <dd data-testid="tip-summary">{tip.summary}</dd>
      </dl>
      <TipCommands tip={tip} forms={forms} />
      <TipImpulses tip={tip} forms={forms} />
      <section aria-labelledby="outcomes-heading" className="stack">
        <Heading level={2} data-size="md" id="outcomes-heading">
          {TP.outcomesHeading}
        </Heading>
        {!tip.outcomes.length ? <Paragraph>{TP.noOutcomes}</Paragraph> : null}
        <ul data-testid="tip-outcomes">
          {tip.outcomes.map((o) => (
            <li key={`${o.kind}-${o.recordedAt}`} data-testid="tip-outcome" data-kind={o.kind}>
              {o.decidedOn}: {outcomeText(o)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="history-heading" className="stack">
        <Heading level={2} data-size="md" id="history-heading">
          {TP.historyHeading}
        </Heading>
        <ol className="tip-history" data-testid="tip-history">
          <li>{TP.compiled(tip.compiledAt.slice(0, 10), tip.compiledBy?.name ?? TP.someone)}</li>
          {tip.sentOn ? <li>{TP.sent(tip.sentOn)}</li> : null}
          {tip.receivedOn ? <li>{TP.received(tip.receivedOn, tip.avDiaryNumber)}</li> : null}
          {tip.outcomes.map((o) => (
            <li key={`${o.kind}-${o.recordedAt}`}>
              {TP.outcome(o.recordedAt.slice(0, 10), outcomeText(o), o.recordedBy?.name ?? TP.someone)}
            </li>
          ))}
        </ol>
        {operations?.has('Query.timeline') ? (
          <Paragraph data-size="sm">
            <Link to={`/tidslinje?strom=${encodeURIComponent(`tip-${tip.id}`)}`} data-testid="tip-timeline-link">
              {TP.timelineLink}
            </Link>
          </Paragraph>
        ) : null}
      </section>
      <Button variant="tertiary" data-size="sm" onClick={forms.reload}>
        {TP.reload}
      </Button>
    </>
  );
}
