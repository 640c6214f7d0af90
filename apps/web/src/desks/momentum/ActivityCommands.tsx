import { Card, Heading } from '@digdir/designsystemet-react';
import type { ReactElement } from 'react';
import { AnyDocument, useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm, CommandFormProps } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import {
  CancelProjectActivityDocument,
  EvaluateProjectActivityDocument,
  HoldProjectActivityDocument,
  RecordProjectActivityParticipantsDocument,
  RescheduleProjectActivityDocument,
} from '../../gql/graphql';
import {
  evaluationFields,
  evaluationInput,
  momentumFormProps,
  participantFields,
  participantsInput,
} from './activity-fields';
import type { Activity } from './ActivityPage';
import { organisationText } from './participant-fields';
import { T } from './texts';

const C = T.commands;
const F = T.fields;
type Command = { name: string; label: string; form: ReactElement<{ mutation: AnyDocument }> };

/** The commands the activity's status allows and the role may send, each a form opened in place. */
export function ActivityCommands({ activity, forms }: { activity: Activity; forms: OpenForm }) {
  const can = useCan();
  const common = momentumFormProps(activity.revision, forms);
  const activityId = activity.id;
  const recorded = activity.participants;
  const form = <Data, Input>(
    name: string,
    label: string,
    props: Omit<CommandFormProps<Data, Input>, 'title' | 'testid' | 'submitLabel' | keyof typeof common>,
  ): Command => ({
    name,
    label,
    form: <CommandForm {...common} {...props} title={label} testid={`form-${name}`} submitLabel={label} />,
  });
  const planned: Command[] = [
    form('reschedule', C.reschedule, {
      mutation: RescheduleProjectActivityDocument,
      defaults: { date: activity.date },
      fields: [{ name: 'date', label: F.date, help: F.dateHelp, kind: 'date', required: true }],
      toInput: (v) => ({ activityId, date: v.date }),
    }),
    form('hold', C.hold, {
      mutation: HoldProjectActivityDocument,
      fields: [
        { name: 'heldOn', label: F.heldOn, help: F.heldOnHelp, kind: 'date' },
        { name: 'summary', label: F.summary, kind: 'textarea', required: true },
      ],
      toInput: (v) => ({ activityId, summary: v.summary.trim(), ...(v.heldOn ? { heldOn: v.heldOn } : {}) }),
    }),
    form('cancel', C.cancel, {
      mutation: CancelProjectActivityDocument,
      fields: [{ name: 'reason', label: F.reason, help: F.reasonHelp, kind: 'textarea', required: true }],
      toInput: (v) => ({ activityId, reason: v.reason.trim() }),
    }),
  ];
  const held: Command[] = [
    form('record', recorded ? C.correct : C.record, {
      mutation: RecordProjectActivityParticipantsDocument,
      defaults: recorded ? { organisations: organisationText(recorded.byOrganisation) } : {},
      fields: participantFields(!!recorded),
      toInput: (v) => participantsInput(activityId, v),
    }),
    form('evaluate', activity.evaluation ? C.correctEvaluation : C.evaluate, {
      mutation: EvaluateProjectActivityDocument,
      fields: evaluationFields(!!activity.evaluation),
      toInput: (v) => evaluationInput(activityId, v),
    }),
  ];
  const byStatus: Record<string, Command[]> = { PLANNED: planned, HELD: held, CANCELLED: [] };
  const commands = (byStatus[activity.status] ?? []).filter((c) => can(c.form.props.mutation));
  if (!commands.length) return null;
  const shown = commands.find((c) => c.name === forms.open);
  return (
    <Card data-testid="activity-commands">
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
