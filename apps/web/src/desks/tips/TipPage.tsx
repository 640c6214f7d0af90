import { useParams } from 'react-router';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import { HistoryLink, ReloadButton } from '../../app/HistoryLink';
import type { OpenForm } from '../../forms/open-forms';
import { TipDetailDocument, TipItemFragment } from '../../gql/graphql';
import { outcomeText } from './outcomes';
import { TipCommands } from './TipCommands';
import { TipImpulses } from './TipImpulses';
import { TIP_STATUS, TP } from './texts';
import { Section } from '../../app/DeskPage';
import { EntityHeading } from '../../app/EntityHeading';

/** One tip: its facts, the commands its status allows, its impulses, what AV recorded, and its history. */
export function TipPage() {
  const id = useParams().id ?? '';
  const page = useEntityPage({ query: TipDetailDocument, variables: { id } });
  const back = { to: '/tips', label: TP.back, testid: 'back-to-tips' };
  return (
    <EntityPage page={page} entity={page.data?.tip} back={back} texts={TP} className="tip-page">
      {(tip) => <Tip tip={tip} forms={page.forms} />}
    </EntityPage>
  );
}

function Tip({ tip, forms }: { tip: TipItemFragment; forms: OpenForm }) {
  return (
    <>
      <EntityHeading title={TP.heading(tip.employer.name)} testid="tip-status" status={tip.status} labels={TIP_STATUS}>
        version {tip.revision}
      </EntityHeading>
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
      <Section id="outcomes-heading" heading={TP.outcomesHeading} none={!tip.outcomes.length ? TP.noOutcomes : null}>
        <ul data-testid="tip-outcomes">
          {tip.outcomes.map((o) => (
            <li key={`${o.kind}-${o.recordedAt}`} data-testid="tip-outcome" data-kind={o.kind}>
              {o.decidedOn}: {outcomeText(o)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="history-heading" heading={TP.historyHeading}>
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
        <HistoryLink stream={`tip-${tip.id}`} label={TP.timelineLink} testid="tip-timeline-link" />
      </Section>
      <ReloadButton forms={forms} label={TP.reload} />
    </>
  );
}
