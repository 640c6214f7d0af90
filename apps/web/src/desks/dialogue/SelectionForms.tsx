import { useRef } from 'react';
import { CommandForm } from '../../forms/CommandForm';
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
import { DIALOGUE_RULES, T } from './texts';

const F = T.fields;

/** What every selection form shares: the module's messages, closing when done or cancelled. */
const closing = (forms: OpenForm) => ({
  rules: DIALOGUE_RULES,
  onDone: () => forms.toggle(null),
  onCancel: () => forms.toggle(null),
  onReload: forms.reload,
});

/** Selecting an employer in the area and year is a decision: criteria with values and rationale, and why. */
export function SelectForm({ area, year, forms }: { area: string; year: number; forms: OpenForm }) {
  // The criteria given, in the order sent: a server path names one by its place in that list.
  const sent = useRef<string[]>([]);
  return (
    <CommandForm
      {...closing(forms)}
      title={T.commands.select}
      testid="form-select"
      submitLabel={T.commands.select}
      mutation={SelectEmployerForDialogueDocument}
      fields={[
        {
          name: 'organisationNumber',
          label: F.organisationNumber,
          help: F.organisationNumberHelp,
          required: true,
          validate: organisationNumberProblem,
        },
        { name: 'name', label: F.employerName, required: true },
        ...CRITERION_FIELDS,
        { name: 'reason', label: F.selectReason, help: F.selectReasonHelp, kind: 'textarea', required: true },
      ]}
      fieldOf={(path) => criterionFieldOf(path, sent.current)}
      toInput={(v) => {
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
      }}
    />
  );
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
      {...closing(forms)}
      title={T.commands.deselect}
      testid="form-deselect"
      submitLabel={T.commands.deselect}
      mutation={DeselectEmployerForDialogueDocument}
      fields={[{ name: 'reason', label: F.deselectReason, kind: 'textarea', required: true }]}
      toInput={(v) => ({
        area: selection.area,
        year: selection.year,
        organisationNumber: number,
        reason: v.reason.trim(),
      })}
    />
  );
}
