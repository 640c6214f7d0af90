import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { EntityPage, useEntityPage } from '../../app/EntityPage';
import { HistoryLink, ReloadButton } from '../../app/HistoryLink';
import { PlanDecisionEventsDocument, PlanDocumentFragment, SteeringPlanDocument } from '../../gql/graphql';
import type { OpenForm } from '../../forms/open-forms';
import { amendmentsByActivity } from './amendments';
import { ActivityCard } from './ActivityCard';
import { PlanCommands } from './PlanCommands';
import { AREAS, PLAN_STATUS, T } from './texts';
import '../../print/print.css';
import { Section } from '../../app/DeskPage';
import { EntityHeading } from '../../app/EntityHeading';

export type Plan = PlanDocumentFragment;

const dateOf = (iso: string) => iso.slice(0, 10);

/** One year's plan as a document: activities by area, decisions, follow-ups, and the commands its status allows. */
export function PlanDocumentView() {
  const year = Number(useParams().year);
  const page = useEntityPage({ query: SteeringPlanDocument, variables: { year } });
  const back = { to: '/styrgrupp', label: T.back, testid: 'back-to-plans' };
  return (
    <EntityPage page={page} entity={page.data?.collaborationPlan} back={back} texts={T} className="plan-document">
      {(plan) => <Document plan={plan} forms={page.forms} />}
    </EntityPage>
  );
}

/** The plan's decisions as recorded, read again whenever the plan's revision moves. */
function useAmendments(plan: Plan) {
  const [{ data }, refetch] = useQuery({
    query: PlanDecisionEventsDocument,
    variables: { stream: plan.stream },
    requestPolicy: 'network-only',
  });
  useEffect(() => refetch({ requestPolicy: 'network-only' }), [plan.revision, refetch]);
  return useMemo(() => amendmentsByActivity(data?.timeline.edges.map((e) => e.node) ?? []), [data]);
}

function Document({ plan, forms }: { plan: Plan; forms: OpenForm }) {
  const amendments = useAmendments(plan);
  const areas = Object.keys(AREAS).filter((area) => plan.activities.some((a) => a.area === area));
  return (
    <>
      <EntityHeading title={plan.title} testid="plan-status" status={plan.status} labels={PLAN_STATUS}>
        {T.diary(plan.diaryNumbers.av, plan.diaryNumbers.fk)} · version {plan.revision}
      </EntityHeading>
      <PlanCommands plan={plan} forms={forms} />
      <Section
        id="activities-heading"
        heading={T.activitiesHeading}
        none={!plan.activities.length ? T.noActivities : null}
      >
        {areas.map((area) => (
          <section key={area} aria-labelledby={`area-${area}`} className="area" data-testid={`area-${area}`}>
            <Heading level={3} data-size="sm" id={`area-${area}`}>
              {AREAS[area]}
            </Heading>
            <ul className="activities">
              {plan.activities
                .filter((a) => a.area === area)
                .map((activity) => (
                  <ActivityCard
                    key={activity.activityId}
                    plan={plan}
                    activity={activity}
                    amendments={amendments.get(activity.activityId) ?? []}
                    forms={forms}
                  />
                ))}
            </ul>
          </section>
        ))}
      </Section>
      <Section id="decisions-heading" heading={T.decisionsHeading} none={!plan.decisions.length ? T.noDecisions : null}>
        <ol className="decisions" data-testid="decisions">
          {plan.decisions.map((d) => (
            <li key={d.decisionId} className="decision" data-testid="decision" data-decision={d.decisionId}>
              <Heading level={3} data-size="xs">
                {d.decisionId}: {d.what}
              </Heading>
              <dl className="facts">
                <dt>{T.decidedBy}</dt>
                <dd data-testid="decided-by">
                  {d.decidedBy.map((m) => `${m.name ?? T.erased} (${m.organisation})`).join(', ')}
                </dd>
                <dt>{T.decidedAt}</dt>
                <dd>{dateOf(d.decidedAt)}</dd>
                <dt>{T.minutes}</dt>
                <dd>{d.minutesReference}</dd>
                <dt>{T.reason}</dt>
                <dd>{d.reason ?? '–'}</dd>
              </dl>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="followups-heading" heading={T.followUpsHeading} none={!plan.followUps.length ? T.noFollowUps : null}>
        {plan.followUps.map((f) => (
          <div key={f.decisionId} data-testid="follow-up">
            <Paragraph>
              <strong>{f.decisionId}</strong>: {f.summary}
            </Paragraph>
            <ul>
              {f.indicatorResults.map((r) => (
                <li key={`${r.activityId}-${r.indicator}`}>
                  {plan.activities.find((a) => a.activityId === r.activityId)?.title ?? r.activityId}: {r.indicator} –{' '}
                  {r.result}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </Section>
      <HistoryLink stream={plan.stream} label={T.timelineLink} testid="plan-timeline-link" />
      <ReloadButton forms={forms} label={T.reload} />
    </>
  );
}
