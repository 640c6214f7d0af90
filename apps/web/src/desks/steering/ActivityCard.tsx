import { Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { CommandButton } from '../../forms/CommandButton';
import { PanelCommand, panelCommandsWith, sentBy } from '../../forms/CommandPanel';
import {
  AmendPlanDocument,
  ChangeActivityDocument,
  RecordProgressDocument,
  RemoveActivityDocument,
} from '../../gql/graphql';
import { ACTIVITY_FIELDS, activityInput, DECISION_FIELDS, decisionDefaults, decisionInput } from './plan-fields';
import type { AmendmentKind } from './amendments';
import { planFormProps } from './plan-form-props';
import type { OpenForm } from '../../forms/open-forms';
import type { Plan } from './PlanDocumentView';
import { ACTIVITY_STATUS, OWNERS, T } from './texts';
import { HeadedList } from '../../app/HeadedList';

type Activity = Plan['activities'][number];

/** The form's values for an activity as it stands, to change it. */
const current = (a: Activity) => ({
  title: a.title,
  area: a.area,
  owner: a.owner,
  region: a.region ?? '',
  dueDate: a.dueDate,
  indicators: a.indicators.join('\n'),
});

/** What an activity's form sends as its changes: every field, the region cleared when left empty. */
function changes(values: Record<string, string>) {
  const { region, ...rest } = activityInput(values);
  return region ? { ...rest, region } : { ...rest, clearRegion: true };
}

/** One activity of the plan, with the commands that apply to it at the plan's status. */
export function ActivityCard({
  plan,
  activity,
  amendments,
  forms,
}: {
  plan: Plan;
  activity: Activity;
  /** The amendments that changed or cancelled it (an added one is marked by addedByDecision). */
  amendments: { decisionId: string; kind: AmendmentKind }[];
  forms: OpenForm;
}) {
  const id = activity.activityId;
  const open = (name: string) => forms.open === `${name}:${id}`;
  const finished = activity.status === 'DONE' || activity.status === 'CANCELLED';
  const adopted = plan.status === 'ADOPTED' || plan.status === 'FOLLOWED_UP';
  const command = panelCommandsWith(planFormProps(plan.revision, forms), T.commands);
  // Each command by the name of its button; a form's own name gives its test id (`form-amend-change`).
  const commands: Record<string, PanelCommand> = {
    change: command('change', {
      mutation: ChangeActivityDocument,
      fields: ACTIVITY_FIELDS,
      defaults: current(activity),
      toInput: (v) => ({ year: plan.year, activityId: id, changes: changes(v) }),
    }),
    remove: command('remove', {
      mutation: RemoveActivityDocument,
      fields: [],
      toInput: () => ({ year: plan.year, activityId: id }),
    }),
    progress: command('progress', {
      mutation: RecordProgressDocument,
      defaults: { status: 'IN_PROGRESS' },
      fields: [
        {
          name: 'status',
          label: T.fields.progressStatus,
          kind: 'select',
          required: true,
          options: ['IN_PROGRESS', 'DONE'].map((value) => ({ value, label: ACTIVITY_STATUS[value] })),
        },
        { name: 'note', label: T.fields.note, kind: 'textarea', required: true },
      ],
      toInput: (v) => ({ year: plan.year, activityId: id, status: v.status, note: v.note.trim() }),
    }),
    amendChange: command('amend-change', {
      label: T.commands.amendChange,
      mutation: AmendPlanDocument,
      fields: [...ACTIVITY_FIELDS, ...DECISION_FIELDS],
      defaults: { ...current(activity), ...decisionDefaults() },
      toInput: (v) => ({
        year: plan.year,
        changeActivity: { activityId: id, changes: changes(v) },
        ...decisionInput(v),
      }),
    }),
    amendCancel: command('amend-cancel', {
      label: T.commands.amendCancel,
      mutation: AmendPlanDocument,
      fields: DECISION_FIELDS,
      defaults: decisionDefaults(),
      toInput: (v) => ({ year: plan.year, cancelActivityId: id, ...decisionInput(v) }),
    }),
  };
  const button = (name: string) => (
    <CommandButton
      name={`${name}:${id}`}
      label={commands[name].label}
      forms={forms}
      mutation={sentBy(commands[name])}
      testid={`${name}-${id}`}
    />
  );
  const shown = Object.keys(commands).find(open);
  return (
    <li>
      <Card className="activity" data-testid="activity" data-activity={id} data-status={activity.status}>
        <Heading level={4} data-size="xs">
          {activity.title}
        </Heading>
        <Paragraph data-size="sm">
          <Tag data-color={activity.status === 'CANCELLED' ? 'neutral' : 'info'}>
            {ACTIVITY_STATUS[activity.status] ?? activity.status}
          </Tag>{' '}
          {activity.addedByDecision ? (
            <Tag data-color="warning" data-testid="amended-mark">
              {T.addedBy(activity.addedByDecision)}
            </Tag>
          ) : null}{' '}
          {amendments
            .filter((a) => a.kind !== 'ADD_ACTIVITY')
            .map((a) => (
              <Tag key={a.decisionId} data-color="warning" data-testid="amendment-mark" data-decision={a.decisionId}>
                {T.amendedBy(a.kind, a.decisionId)}
              </Tag>
            ))}
        </Paragraph>
        <dl className="facts">
          <dt>{T.owner}</dt>
          <dd>{OWNERS[activity.owner] ?? activity.owner}</dd>
          <dt>{T.region}</dt>
          <dd>{activity.region ?? T.wholeCountry}</dd>
          <dt>{T.due}</dt>
          <dd>{activity.dueDate}</dd>
          <dt>{T.indicators}</dt>
          <dd>{activity.indicators.length ? activity.indicators.join('; ') : T.noIndicators}</dd>
        </dl>
        {activity.cancellationReason ? (
          <Paragraph data-size="sm">{T.cancelled(activity.cancellationReason)}</Paragraph>
        ) : null}
        <HeadedList heading={T.progress} level={5} items={activity.progress} testid="progress">
          {(p) => T.progressItem(ACTIVITY_STATUS[p.status] ?? p.status, p.note, p.recordedAt.slice(0, 10))}
        </HeadedList>
        <div className="form-actions">
          {plan.status === 'DRAFT' ? (
            <>
              {button('change')}
              {button('remove')}
            </>
          ) : null}
          {adopted && !finished ? (
            <>
              {button('progress')}
              {button('amendChange')}
              {button('amendCancel')}
            </>
          ) : null}
        </div>
        {/* Keyed by command: another command's form starts afresh, not from this one's values. */}
        {shown ? <Fragment key={shown}>{commands[shown].form}</Fragment> : null}
      </Card>
    </li>
  );
}
