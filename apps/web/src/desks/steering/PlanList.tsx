import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { DraftPlanDocument, SteeringPlansDocument } from '../../gql/graphql';
import { PLAN_RULES, PLAN_STATUS, T } from './texts';
import { AddForm, ListPage } from '../../app/ListPage';
import { EntityCard } from '../../app/EntityCard';

const F = T.fields;

/** Every plan by year, newest first, and the form that starts next year's draft. */
export function PlanList() {
  const [read] = useQuery({ query: SteeringPlansDocument });
  const navigate = useNavigate();
  const plans = [...(read.data?.collaborationPlans.edges.map((e) => e.node) ?? [])].sort((a, b) => b.year - a.year);
  const next = Math.max(new Date().getFullYear() + 1, ...plans.map((p) => p.year + 1));
  return (
    <ListPage
      texts={T}
      id="plans-heading"
      heading={T.plansHeading}
      read={read}
      count={plans.length}
      none={T.noPlans}
      form={
        // Shown once the plans are known: its year defaults to the year after the last plan.
        read.data ? (
          <AddForm
            key={next}
            name="draft"
            label={T.commands.draft}
            mutation={DraftPlanDocument}
            rules={PLAN_RULES}
            defaults={{ year: String(next), title: `Plan för aktiv samverkan ${next}` }}
            fields={[
              { name: 'year', label: F.year, kind: 'number', required: true },
              { name: 'title', label: F.planTitle, required: true },
              { name: 'diaryNumberAv', label: F.diaryAv },
              { name: 'diaryNumberFk', label: F.diaryFk },
            ]}
            toInput={(v) => ({
              year: Number(v.year),
              title: v.title.trim(),
              ...(v.diaryNumberAv?.trim() ? { diaryNumberAv: v.diaryNumberAv.trim() } : {}),
              ...(v.diaryNumberFk?.trim() ? { diaryNumberFk: v.diaryNumberFk.trim() } : {}),
            })}
            onDone={(d) => navigate(`/styrgrupp/${d.draftCollaborationPlan.plan.year}`)}
          />
        ) : null
      }
    >
      <ul className="plan-list" data-testid="plan-list">
        {plans.map((plan) => (
          <li key={plan.year}>
            <EntityCard
              testid={`plan-${plan.year}`}
              size="sm"
              title={
                <Link to={`/styrgrupp/${plan.year}`} aria-label={T.open(plan.year)}>
                  {plan.year}: {plan.title}
                </Link>
              }
              status={{ label: PLAN_STATUS[plan.status] ?? plan.status, color: 'info' }}
              line={T.activities(plan.activities.length)}
            />
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
