import { CommandForm } from '../../forms/CommandForm';
import { panelCommand, PanelCommand } from '../../forms/CommandPanel';
import { reasonField } from '../../forms/fields/reason';
import type { OpenForm } from '../../forms/open-forms';
import {
  DeselectEmployerForDialogueDocument,
  DialogueSelectionFragment,
  SelectEmployerForDialogueDocument,
} from '../../gql/graphql';
import {
  CRITERION_FIELDS,
  criteriaInput,
  criterionFieldOf,
  organisationNumber,
  organisationNumberProblem,
} from './dialogue-fields';
import { AreaProps, closingFormProps } from './form-props';
import { T } from './texts';

const F = T.fields;

/**
 * Selecting an employer in the area and year is a decision: criteria with values and rationale,
 * and why. `sent` keeps the criteria given, in the order sent: a server path names one by its
 * place in that list.
 */
export function selectCommand(
  { area, year, forms }: Pick<AreaProps, 'area' | 'year' | 'forms'>,
  sent: { current: string[] },
): PanelCommand {
  return panelCommand('select', T.commands.select, {
    ...closingFormProps(forms),
    mutation: SelectEmployerForDialogueDocument,
    fields: [
      {
        name: 'organisationNumber',
        label: F.organisationNumber,
        help: F.organisationNumberHelp,
        required: true,
        validate: organisationNumberProblem,
      },
      { name: 'name', label: F.employerName, required: true },
      ...CRITERION_FIELDS,
      reasonField(F.selectReason, F.selectReasonHelp),
    ],
    fieldOf: (path) => criterionFieldOf(path, sent.current),
    toInput: (v) => {
      const criteria = criteriaInput(v);
      sent.current = criteria.map((c) => c.criterion);
      const number = organisationNumber(v.organisationNumber) ?? v.organisationNumber.trim();
      return {
        area,
        year,
        employer: { organisationNumber: number, name: v.name.trim() },
        criteria,
        reason: v.reason.trim(),
      };
    },
  });
}

/** Withdrawing a selection is a decision too, with its reason. */
export function DeselectForm({
  selection,
  organisationNumber: number,
  forms,
}: {
  selection: DialogueSelectionFragment;
  organisationNumber: string;
  forms: OpenForm;
}) {
  return (
    <CommandForm
      {...closingFormProps(forms)}
      title={T.commands.deselect}
      testid="form-deselect"
      submitLabel={T.commands.deselect}
      mutation={DeselectEmployerForDialogueDocument}
      fields={[reasonField(F.deselectReason)]}
      toInput={(v) => ({
        area: selection.area,
        year: selection.year,
        organisationNumber: number,
        reason: v.reason.trim(),
      })}
    />
  );
}
