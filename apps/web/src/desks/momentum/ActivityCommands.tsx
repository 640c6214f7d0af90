import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
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

const F = T.fields;

/** The commands the activity's status allows and the role may send, each a form opened in place. */
export function ActivityCommands({ activity, forms }: { activity: Activity; forms: OpenForm }) {
  const common = momentumFormProps(activity.revision, forms);
  const activityId = activity.id;
  const recorded = activity.participants;
  const form = panelCommandsWith(common, T.commands);
  const planned: PanelCommand[] = [
    form('reschedule', {
      mutation: RescheduleProjectActivityDocument,
      defaults: { date: activity.date },
      fields: [{ name: 'date', label: F.date, help: F.dateHelp, kind: 'date', required: true }],
      toInput: (v) => ({ activityId, date: v.date }),
    }),
    form('hold', {
      mutation: HoldProjectActivityDocument,
      fields: [
        { name: 'heldOn', label: F.heldOn, help: F.heldOnHelp, kind: 'date' },
        { name: 'summary', label: F.summary, kind: 'textarea', required: true },
      ],
      toInput: (v) => ({ activityId, summary: v.summary.trim(), ...(v.heldOn ? { heldOn: v.heldOn } : {}) }),
    }),
    form('cancel', {
      mutation: CancelProjectActivityDocument,
      fields: [{ name: 'reason', label: F.reason, help: F.reasonHelp, kind: 'textarea', required: true }],
      toInput: (v) => ({ activityId, reason: v.reason.trim() }),
    }),
  ];
  const held: PanelCommand[] = [
    form('record', {
      label: recorded ? T.commands.correct : T.commands.record,
      mutation: RecordProjectActivityParticipantsDocument,
      defaults: recorded ? { organisations: organisationText(recorded.byOrganisation) } : {},
      fields: participantFields(!!recorded),
      toInput: (v) => participantsInput(activityId, v),
    }),
    form('evaluate', {
      label: activity.evaluation ? T.commands.correctEvaluation : T.commands.evaluate,
      mutation: EvaluateProjectActivityDocument,
      fields: evaluationFields(!!activity.evaluation),
      toInput: (v) => evaluationInput(activityId, v),
    }),
  ];
  const byStatus: Record<string, PanelCommand[]> = { PLANNED: planned, HELD: held, CANCELLED: [] };
  return <CommandPanel commands={byStatus[activity.status] ?? []} forms={forms} testid="activity-commands" />;
}
