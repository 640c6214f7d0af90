import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
import { reasonField } from '../../forms/fields/reason';
import type { OpenForm } from '../../forms/open-forms';
import {
  CancelDialogueMeetingDocument,
  HoldDialogueMeetingDocument,
  RecordDialogueOutcomesDocument,
  RecordDialogueParticipantsDocument,
} from '../../gql/graphql';
import { useSession } from '../../app/session-context';
import { agencyPeople, listFieldOf, missingAgencies } from './dialogue-fields';
import { meetingFormProps } from './form-props';
import type { Meeting } from './MeetingPage';
import { T } from './texts';

const F = T.fields;

/** The commands the meeting's status allows, each a form opened in place. */
export function MeetingCommands({ meeting, forms }: { meeting: Meeting; forms: OpenForm }) {
  const { session } = useSession();
  const command = panelCommandsWith(meetingFormProps(meeting, forms), T.commands);
  const meetingId = meeting.id;
  const missing = missingAgencies(meeting.participants);
  const participants = command('participants', {
    mutation: RecordDialogueParticipantsDocument,
    defaults: { includeMe: 'yes' },
    fields: [
      {
        name: 'includeMe',
        label: F.includeMe,
        kind: 'select',
        required: true,
        options: [
          { value: 'yes', label: F.includeMeYes(session?.organisation ?? '') },
          { value: 'no', label: F.no },
        ],
      },
      {
        name: 'others',
        label: F.others,
        help: F.othersHelp,
        kind: 'textarea',
        validate: (text) => (agencyPeople(text) ? undefined : F.othersInvalid),
      },
    ],
    fieldOf: listFieldOf({ others: 'others' }),
    toInput: (v) => ({ meetingId, includeMe: v.includeMe === 'yes', others: agencyPeople(v.others) ?? [] }),
  });
  // The server holds the rule; the form says beforehand which agency is still missing.
  const hold = command('hold', {
    mutation: HoldDialogueMeetingDocument,
    intro: (
      <span data-testid="hold-agencies" data-missing={missing.join(',')}>
        {missing.length ? T.holdMissing(missing.join(' och ')) : T.holdReady}
      </span>
    ),
    fields: [
      { name: 'heldOn', label: F.heldOn, help: F.heldOnHelp, kind: 'date' },
      {
        name: 'employerParticipants',
        label: F.employerParticipants,
        help: F.employerParticipantsHelp,
        kind: 'number',
        required: true,
        validate: (n) => (/^\d+$/.test(n.trim()) ? undefined : F.wholeNumber),
      },
    ],
    toInput: (v) => ({
      meetingId,
      employerParticipants: Number(v.employerParticipants),
      ...(v.heldOn ? { heldOn: v.heldOn } : {}),
    }),
  });
  const cancel = command('cancel', {
    mutation: CancelDialogueMeetingDocument,
    fields: [reasonField(F.cancelReason)],
    toInput: (v) => ({ meetingId, reason: v.reason.trim() }),
  });
  const outcome = command('outcome', {
    mutation: RecordDialogueOutcomesDocument,
    fields: [
      // Not `description`: Designsystemet marks a field's help text with data-field="description".
      { name: 'outcome', label: F.outcomeDescription, kind: 'textarea', required: true },
      { name: 'followUpBy', label: F.followUpBy, kind: 'date' },
      { name: 'recordedOn', label: F.recordedOn, help: F.recordedOnHelp, kind: 'date' },
    ],
    fieldOf: (path) => (/outcomes\.\d+\.description$/.test(path) ? 'outcome' : undefined),
    toInput: (v) => ({
      meetingId,
      outcomes: [{ description: v.outcome.trim(), ...(v.followUpBy ? { followUpBy: v.followUpBy } : {}) }],
      ...(v.recordedOn ? { recordedOn: v.recordedOn } : {}),
    }),
  });
  const byStatus: Record<string, PanelCommand[]> = {
    PLANNED: [participants, hold, cancel],
    HELD: [participants, outcome],
    CANCELLED: [],
  };
  return (
    <CommandPanel
      heading={T.actions}
      commands={byStatus[meeting.status] ?? []}
      forms={forms}
      testid="meeting-commands"
    />
  );
}
