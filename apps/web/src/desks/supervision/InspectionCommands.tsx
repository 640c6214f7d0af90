import { CommandPanel, PanelCommand, panelCommandsWith } from '../../forms/CommandPanel';
import { reasonField } from '../../forms/fields/reason';
import type { OpenForm } from '../../forms/open-forms';
import {
  CarryOverInspectionDocument,
  CloseInspectionDocument,
  IssueInspectionRequirementDocument,
  RecordFkParticipationDocument,
  RecordInspectionFindingsDocument,
  RecordInspectionFollowUpDocument,
} from '../../gql/graphql';
import { commandFormProps } from './parts';
import type { Inspection } from './InspectionPage';
import { given, lines, today, yesNoField } from './supervision-fields';
import { T } from './texts';

const F = T.fields;

/**
 * The inspection's commands at its status. An open inspection takes them all; a carried-over one
 * goes on (findings, requirements, follow-ups, FK, closing) but is not carried over again; a closed one takes none.
 */
export function InspectionCommands({ inspection, forms }: { inspection: Inspection; forms: OpenForm }) {
  const inspectionId = inspection.id;
  const command = panelCommandsWith(commandFormProps(inspection.revision, forms), T.commands);
  const dateField = (name: string, label: string) => ({ name, label, help: F.dateHelp, kind: 'date' as const });
  const going: PanelCommand[] = [
    command('findings', {
      mutation: RecordInspectionFindingsDocument,
      defaults: { systemDeficiency: 'no' },
      fields: [
        { name: 'area', label: F.area, required: true },
        { name: 'description', label: F.description, kind: 'textarea', required: true },
        yesNoField('systemDeficiency', F.systemDeficiency, F.yes, F.no),
      ],
      toInput: (v) => ({
        inspectionId,
        findings: [
          {
            area: v.area.trim(),
            description: v.description.trim(),
            systemDeficiency: v.systemDeficiency === 'yes',
          },
        ],
      }),
    }),
    command('requirement', {
      mutation: IssueInspectionRequirementDocument,
      defaults: { issuedOn: today() },
      fields: [
        { name: 'description', label: F.requirement, kind: 'textarea', required: true },
        { name: 'dueDate', label: F.dueDate, kind: 'date', required: true },
        dateField('issuedOn', F.issuedOn),
      ],
      toInput: (v) => ({
        inspectionId,
        description: v.description.trim(),
        dueDate: v.dueDate,
        ...given(v, 'issuedOn'),
      }),
    }),
    command('followUp', {
      mutation: RecordInspectionFollowUpDocument,
      defaults: { followedUpOn: today(), requirementsMet: 'yes' },
      fields: [
        dateField('followedUpOn', F.followedUpOn),
        { name: 'note', label: F.note, kind: 'textarea', required: true },
        yesNoField('requirementsMet', F.requirementsMet, F.requirementsMetYes, F.requirementsMetNo),
      ],
      toInput: (v) => ({
        inspectionId,
        ...given(v, 'followedUpOn'),
        note: v.note.trim(),
        requirementsMet: v.requirementsMet === 'yes',
      }),
    }),
    command('fk', {
      mutation: RecordFkParticipationDocument,
      fields: [
        { name: 'informedAbout', label: F.informedAbout, help: F.informedAboutHelp, kind: 'textarea', required: true },
        { name: 'otherParticipants', label: F.otherParticipants, help: F.otherParticipantsHelp, kind: 'textarea' },
      ],
      toInput: (v) => ({
        inspectionId,
        informedAbout: v.informedAbout.trim(),
        otherParticipants: lines(v.otherParticipants),
      }),
    }),
    command('close', {
      mutation: CloseInspectionDocument,
      defaults: { closedOn: today() },
      fields: [dateField('closedOn', F.closedOn)],
      toInput: (v) => ({ inspectionId, ...given(v, 'closedOn') }),
    }),
  ];
  const carryOver = command('carryOver', {
    mutation: CarryOverInspectionDocument,
    fields: [reasonField(F.carryOverReason, F.reasonHelp)],
    toInput: (v) => ({ inspectionId, reason: v.reason.trim() }),
  });
  const byStatus: Record<string, PanelCommand[]> = { OPEN: [...going, carryOver], CARRIED_OVER: going, CLOSED: [] };
  return <CommandPanel commands={byStatus[inspection.status] ?? []} forms={forms} testid="inspection-commands" />;
}
