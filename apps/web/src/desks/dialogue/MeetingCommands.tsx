import { Card, Heading } from '@digdir/designsystemet-react';
import { useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import { CommandForm } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import {
  CancelDialogueMeetingDocument,
  HoldDialogueMeetingDocument,
  RecordDialogueOutcomesDocument,
  RecordDialogueParticipantsDocument,
} from '../../gql/graphql';
import { useSession } from '../../app/session-context';
import { agencyPeople, listFieldOf, missingAgencies } from './dialogue-fields';
import type { Meeting } from './MeetingPage';
import { meetingFormProps } from './meeting-form-props';
import { T } from './texts';

const F = T.fields;
const C = T.commands;

/** The commands the meeting's status allows, each a form opened in place. */
export function MeetingCommands({ meeting, forms }: { meeting: Meeting; forms: OpenForm }) {
  const can = useCan();
  const { session } = useSession();
  const common = meetingFormProps(meeting, forms);
  const meetingId = meeting.id;
  const missing = missingAgencies(meeting.participants);
  const participants = {
    name: 'participants',
    label: C.participants,
    form: (
      <CommandForm
        {...common}
        title={C.participants}
        testid="form-participants"
        submitLabel={C.participants}
        mutation={RecordDialogueParticipantsDocument}
        defaults={{ includeMe: 'yes' }}
        fields={[
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
        ]}
        fieldOf={listFieldOf({ others: 'others' })}
        toInput={(v) => ({ meetingId, includeMe: v.includeMe === 'yes', others: agencyPeople(v.others) ?? [] })}
      />
    ),
  };
  const hold = {
    name: 'hold',
    label: C.hold,
    form: (
      <CommandForm
        {...common}
        title={C.hold}
        testid="form-hold"
        submitLabel={C.hold}
        mutation={HoldDialogueMeetingDocument}
        intro={
          <span data-testid="hold-agencies" data-missing={missing.join(',')}>
            {missing.length ? T.holdMissing(missing.join(' och ')) : T.holdReady}
          </span>
        }
        fields={[
          { name: 'heldOn', label: F.heldOn, help: F.heldOnHelp, kind: 'date' },
          {
            name: 'employerParticipants',
            label: F.employerParticipants,
            help: F.employerParticipantsHelp,
            kind: 'number',
            required: true,
            validate: (n) => (/^\d+$/.test(n.trim()) ? undefined : F.wholeNumber),
          },
        ]}
        toInput={(v) => ({
          meetingId,
          employerParticipants: Number(v.employerParticipants),
          ...(v.heldOn ? { heldOn: v.heldOn } : {}),
        })}
      />
    ),
  };
  const cancel = {
    name: 'cancel',
    label: C.cancel,
    form: (
      <CommandForm
        {...common}
        title={C.cancel}
        testid="form-cancel"
        submitLabel={C.cancel}
        mutation={CancelDialogueMeetingDocument}
        fields={[{ name: 'reason', label: F.cancelReason, kind: 'textarea', required: true }]}
        toInput={(v) => ({ meetingId, reason: v.reason.trim() })}
      />
    ),
  };
  const outcome = {
    name: 'outcome',
    label: C.outcome,
    form: (
      <CommandForm
        {...common}
        title={C.outcome}
        testid="form-outcome"
        submitLabel={C.outcome}
        mutation={RecordDialogueOutcomesDocument}
        fieldOf={(path) => (/outcomes\.\d+\.description$/.test(path) ? 'outcome' : undefined)}
        fields={[
          // Not `description`: Designsystemet marks a field's help text with data-field="description".
          { name: 'outcome', label: F.outcomeDescription, kind: 'textarea', required: true },
          { name: 'followUpBy', label: F.followUpBy, kind: 'date' },
          { name: 'recordedOn', label: F.recordedOn, help: F.recordedOnHelp, kind: 'date' },
        ]}
        toInput={(v) => ({
          meetingId,
          outcomes: [{ description: v.outcome.trim(), ...(v.followUpBy ? { followUpBy: v.followUpBy } : {}) }],
          ...(v.recordedOn ? { recordedOn: v.recordedOn } : {}),
        })}
      />
    ),
  };
  const byStatus: Record<string, (typeof hold)[]> = {
    PLANNED: [participants, hold, cancel],
    HELD: [participants, outcome],
    CANCELLED: [],
  };
  const commands = (byStatus[meeting.status] ?? []).filter((c) => can(c.form.props.mutation));
  if (!commands.length) return null;
  const shown = commands.find((c) => c.name === forms.open);
  return (
    <Card className="meeting-commands" data-testid="meeting-commands">
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
