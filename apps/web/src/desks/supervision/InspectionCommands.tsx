import { CommandForm } from '../../forms/CommandForm';
import type { OpenForm } from '../../forms/open-forms';
import {
  CarryOverInspectionDocument,
  CloseInspectionDocument,
  IssueInspectionRequirementDocument,
  RecordFkParticipationDocument,
  RecordInspectionFindingsDocument,
  RecordInspectionFollowUpDocument,
} from '../../gql/graphql';
import { Command, CommandPanel } from './CommandPanel';
import { commandFormProps } from './parts';
import type { Inspection } from './InspectionPage';
import { given, lines, today, yesNoField } from './supervision-fields';
import { T } from './texts';

const C = T.commands;
const F = T.fields;

/**
 * The inspection's commands at its status. An open inspection takes them all; a carried-over one
 * goes on (findings, requirements, follow-ups, FK, closing) but is not carried over again; a closed one takes none.
 */
export function InspectionCommands({ inspection, forms }: { inspection: Inspection; forms: OpenForm }) {
  const inspectionId = inspection.id;
  const common = commandFormProps(inspection.revision, forms);
  const dateField = (name: string, label: string) => ({ name, label, help: F.dateHelp, kind: 'date' as const });
  const going: Command[] = [
    {
      name: 'findings',
      label: C.findings,
      form: (
        <CommandForm
          {...common}
          title={C.findings}
          testid="form-findings"
          submitLabel={C.findings}
          mutation={RecordInspectionFindingsDocument}
          defaults={{ systemDeficiency: 'no' }}
          fields={[
            { name: 'area', label: F.area, required: true },
            { name: 'description', label: F.description, kind: 'textarea', required: true },
            yesNoField('systemDeficiency', F.systemDeficiency, F.yes, F.no),
          ]}
          toInput={(v) => ({
            inspectionId,
            findings: [
              {
                area: v.area.trim(),
                description: v.description.trim(),
                systemDeficiency: v.systemDeficiency === 'yes',
              },
            ],
          })}
        />
      ),
    },
    {
      name: 'requirement',
      label: C.requirement,
      form: (
        <CommandForm
          {...common}
          title={C.requirement}
          testid="form-requirement"
          submitLabel={C.requirement}
          mutation={IssueInspectionRequirementDocument}
          defaults={{ issuedOn: today() }}
          fields={[
            { name: 'description', label: F.requirement, kind: 'textarea', required: true },
            { name: 'dueDate', label: F.dueDate, kind: 'date', required: true },
            dateField('issuedOn', F.issuedOn),
          ]}
          toInput={(v) => ({
            inspectionId,
            description: v.description.trim(),
            dueDate: v.dueDate,
            ...given(v, 'issuedOn'),
          })}
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
          mutation={RecordInspectionFollowUpDocument}
          defaults={{ followedUpOn: today(), requirementsMet: 'yes' }}
          fields={[
            dateField('followedUpOn', F.followedUpOn),
            { name: 'note', label: F.note, kind: 'textarea', required: true },
            yesNoField('requirementsMet', F.requirementsMet, F.requirementsMetYes, F.requirementsMetNo),
          ]}
          toInput={(v) => ({
            inspectionId,
            ...given(v, 'followedUpOn'),
            note: v.note.trim(),
            requirementsMet: v.requirementsMet === 'yes',
          })}
        />
      ),
    },
    {
      name: 'fk',
      label: C.fk,
      form: (
        <CommandForm
          {...common}
          title={C.fk}
          testid="form-fk"
          submitLabel={C.fk}
          mutation={RecordFkParticipationDocument}
          fields={[
            {
              name: 'informedAbout',
              label: F.informedAbout,
              help: F.informedAboutHelp,
              kind: 'textarea',
              required: true,
            },
            { name: 'otherParticipants', label: F.otherParticipants, help: F.otherParticipantsHelp, kind: 'textarea' },
          ]}
          toInput={(v) => ({
            inspectionId,
            informedAbout: v.informedAbout.trim(),
            otherParticipants: lines(v.otherParticipants),
          })}
        />
      ),
    },
    {
      name: 'close',
      label: C.close,
      form: (
        <CommandForm
          {...common}
          title={C.close}
          testid="form-close"
          submitLabel={C.close}
          mutation={CloseInspectionDocument}
          defaults={{ closedOn: today() }}
          fields={[dateField('closedOn', F.closedOn)]}
          toInput={(v) => ({ inspectionId, ...given(v, 'closedOn') })}
        />
      ),
    },
  ];
  const carryOver: Command = {
    name: 'carryOver',
    label: C.carryOver,
    form: (
      <CommandForm
        {...common}
        title={C.carryOver}
        testid="form-carryOver"
        submitLabel={C.carryOver}
        mutation={CarryOverInspectionDocument}
        fields={[{ name: 'reason', label: F.carryOverReason, help: F.reasonHelp, kind: 'textarea', required: true }]}
        toInput={(v) => ({ inspectionId, reason: v.reason.trim() })}
      />
    ),
  };
  const byStatus: Record<string, Command[]> = { OPEN: [...going, carryOver], CARRIED_OVER: going, CLOSED: [] };
  return <CommandPanel commands={byStatus[inspection.status] ?? []} forms={forms} testid="inspection-commands" />;
}
