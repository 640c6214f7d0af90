import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FieldSpec, Values } from '../../forms/CommandForm';
import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
import type { OpenForm } from '../../forms/open-forms';
import {
  AddActivityDocument,
  AdoptPlanDocument,
  AmendPlanDocument,
  ClosePlanDocument,
  FollowUpPlanDocument,
  PlanDecisionInput,
  ReturnPlanToDraftDocument,
  SubmitPlanDocument,
} from '../../gql/graphql';
import {
  ACTIVITY_DEFAULTS,
  ACTIVITY_FIELDS,
  activityInput,
  DECISION_FIELDS,
  decisionDefaults,
  decisionInput,
} from './plan-fields';
import { planFormProps } from './plan-form-props';
import type { Plan } from './PlanDocumentView';
import { T } from './texts';
const C = T.commands;

/** One result field per indicator of each activity that is not cancelled. */
function indicatorFields(plan: Plan): FieldSpec[] {
  return plan.activities
    .filter((a) => a.status !== 'CANCELLED')
    .flatMap((a) =>
      a.indicators.map((indicator, i) => ({
        name: `result:${a.activityId}:${i}`,
        label: T.fields.indicatorResult(indicator, a.title),
      })),
    );
}

function indicatorResults(plan: Plan, values: Values) {
  return plan.activities.flatMap((a) =>
    a.indicators
      .map((indicator, i) => ({
        activityId: a.activityId,
        indicator,
        result: values[`result:${a.activityId}:${i}`]?.trim() ?? '',
      }))
      .filter((r) => r.result),
  );
}

/** The plan-level commands its status allows, each a form opened in place. */
export function PlanCommands({ plan, forms }: { plan: Plan; forms: OpenForm }) {
  const year = plan.year;
  const command = panelCommandsWith(planFormProps(plan.revision, forms), T.commands);
  const decision = <Data,>(
    name: string,
    label: string,
    mutation: TypedDocumentNode<Data, { input: PlanDecisionInput }>,
  ) =>
    command(name, {
      label,
      mutation,
      fields: DECISION_FIELDS,
      defaults: decisionDefaults(),
      toInput: (v) => ({ year, ...decisionInput(v) }),
    });
  const byStatus: Record<string, PanelCommand[]> = {
    DRAFT: [
      command('add', {
        mutation: AddActivityDocument,
        fields: ACTIVITY_FIELDS,
        defaults: ACTIVITY_DEFAULTS,
        toInput: (v) => ({ year, activity: activityInput(v) }),
      }),
      command('submit', { mutation: SubmitPlanDocument, fields: [], toInput: () => ({ year }) }),
    ],
    SUBMITTED: [
      decision('adopt', C.adopt, AdoptPlanDocument),
      decision('returnToDraft', C.returnToDraft, ReturnPlanToDraftDocument),
    ],
    ADOPTED: [],
    FOLLOWED_UP: [],
    CLOSED: [],
  };
  if (plan.status === 'ADOPTED' || plan.status === 'FOLLOWED_UP') {
    byStatus[plan.status].push(
      command('amendAdd', {
        mutation: AmendPlanDocument,
        fields: [...ACTIVITY_FIELDS, ...DECISION_FIELDS],
        defaults: { ...ACTIVITY_DEFAULTS, ...decisionDefaults() },
        toInput: (v) => ({ year, addActivity: activityInput(v), ...decisionInput(v) }),
      }),
      command('followUp', {
        mutation: FollowUpPlanDocument,
        defaults: decisionDefaults(),
        fields: [
          { name: 'summary', label: T.fields.summary, kind: 'textarea', required: true },
          ...indicatorFields(plan),
          ...DECISION_FIELDS,
        ],
        toInput: (v) => ({
          year,
          summary: v.summary.trim(),
          indicatorResults: indicatorResults(plan, v),
          ...decisionInput(v),
        }),
      }),
    );
  }
  if (plan.status === 'FOLLOWED_UP') byStatus.FOLLOWED_UP.push(decision('close', C.close, ClosePlanDocument));
  return <CommandPanel commands={byStatus[plan.status] ?? []} forms={forms} testid="plan-commands" />;
}
