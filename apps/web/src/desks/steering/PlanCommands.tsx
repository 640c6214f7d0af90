import { Card, Heading } from '@digdir/designsystemet-react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ReactElement } from 'react';
import { AnyDocument, useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm, FieldSpec, Values } from '../../forms/CommandForm';
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
  const can = useCan();
  const year = plan.year;
  const common = planFormProps(plan, forms);
  const decision = <Data,>(
    name: string,
    label: string,
    mutation: TypedDocumentNode<Data, { input: PlanDecisionInput }>,
  ) => ({
    name,
    label,
    form: (
      <CommandForm
        {...common}
        title={label}
        testid={`form-${name}`}
        submitLabel={label}
        mutation={mutation}
        fields={DECISION_FIELDS}
        defaults={decisionDefaults()}
        toInput={(v) => ({ year, ...decisionInput(v) })}
      />
    ),
  });
  const byStatus: Record<string, { name: string; label: string; form: ReactElement<{ mutation: AnyDocument }> }[]> = {
    DRAFT: [
      {
        name: 'add',
        label: C.add,
        form: (
          <CommandForm
            {...common}
            title={C.add}
            testid="form-add"
            submitLabel={C.add}
            mutation={AddActivityDocument}
            fields={ACTIVITY_FIELDS}
            defaults={ACTIVITY_DEFAULTS}
            toInput={(v) => ({ year, activity: activityInput(v) })}
          />
        ),
      },
      {
        name: 'submit',
        label: C.submit,
        form: (
          <CommandForm
            {...common}
            title={C.submit}
            testid="form-submit"
            submitLabel={C.submit}
            mutation={SubmitPlanDocument}
            fields={[]}
            toInput={() => ({ year })}
          />
        ),
      },
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
      {
        name: 'amendAdd',
        label: C.amendAdd,
        form: (
          <CommandForm
            {...common}
            title={C.amendAdd}
            testid="form-amendAdd"
            submitLabel={C.amendAdd}
            mutation={AmendPlanDocument}
            fields={[...ACTIVITY_FIELDS, ...DECISION_FIELDS]}
            defaults={{ ...ACTIVITY_DEFAULTS, ...decisionDefaults() }}
            toInput={(v) => ({ year, addActivity: activityInput(v), ...decisionInput(v) })}
          />
        ),
      },
      {
        name: 'followUp',
        label: C.followUp,
        form: (
          <CommandForm
            {...common}
            title={C.followUp}
            testid="form-followUp"
            submitLabel={C.followUp}
            mutation={FollowUpPlanDocument}
            defaults={decisionDefaults()}
            fields={[
              { name: 'summary', label: T.fields.summary, kind: 'textarea', required: true },
              ...indicatorFields(plan),
              ...DECISION_FIELDS,
            ]}
            toInput={(v) => ({
              year,
              summary: v.summary.trim(),
              indicatorResults: indicatorResults(plan, v),
              ...decisionInput(v),
            })}
          />
        ),
      },
    );
  }
  if (plan.status === 'FOLLOWED_UP') byStatus.FOLLOWED_UP.push(decision('close', C.close, ClosePlanDocument));
  const commands = (byStatus[plan.status] ?? []).filter((c) => can(c.form.props.mutation));
  if (!commands.length) return null;
  const shown = commands.find((c) => c.name === forms.open);
  return (
    <Card className="plan-commands" data-testid="plan-commands">
      <Heading level={2} data-size="sm">
        {T.actions}
      </Heading>
      <div className="form-actions">
        {commands.map((c) => (
          <CommandButton key={c.name} name={c.name} label={c.label} forms={forms} mutation={c.form.props.mutation} />
        ))}
      </div>
      {shown?.form ?? null}
    </Card>
  );
}
