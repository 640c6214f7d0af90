import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCan } from '../../forms/can';
import { CommandButton } from '../../forms/CommandButton';
import type { OpenForm } from '../../forms/open-forms';
import { PlanDialogueMeetingDocument, SelectEmployerForDialogueDocument } from '../../gql/graphql';
import { CitableInspection, Employer, LeadershipForm, TargetedForm } from './PlanForms';
import { SelectForm } from './SelectionForms';
import { T } from './texts';

/**
 * The area's commands: select an employer, plan a targeted or a leadership dialogue. Targeted
 * dialogues are for the staff who select the employers (the server refuses them to others), so
 * that form goes with the right to select.
 */
export function AreaCommands({
  area,
  year,
  selected,
  inspections,
  forms,
}: {
  area: string;
  year: number;
  selected: readonly Employer[];
  inspections: readonly CitableInspection[];
  forms: OpenForm;
}) {
  const can = useCan();
  const targeted = can(SelectEmployerForDialogueDocument) && can(PlanDialogueMeetingDocument);
  if (!can(SelectEmployerForDialogueDocument) && !can(PlanDialogueMeetingDocument)) return null;
  const C = T.commands;
  return (
    <Card className="area-commands" data-testid="area-commands">
      <Heading level={2} data-size="sm">
        {T.actions}
      </Heading>
      <div className="form-actions">
        <CommandButton name="select" label={C.select} forms={forms} mutation={SelectEmployerForDialogueDocument} />
        {targeted ? (
          <CommandButton
            name="planTargeted"
            label={C.planTargeted}
            forms={forms}
            mutation={PlanDialogueMeetingDocument}
          />
        ) : null}
        <CommandButton
          name="planLeadership"
          label={C.planLeadership}
          forms={forms}
          mutation={PlanDialogueMeetingDocument}
        />
      </div>
      {forms.open === 'select' ? <SelectForm area={area} year={year} forms={forms} /> : null}
      {forms.open === 'planTargeted' && targeted ? (
        selected.length ? (
          <TargetedForm area={area} year={year} selected={selected} inspections={inspections} forms={forms} />
        ) : (
          <Paragraph data-testid="no-selected-employers">{T.noSelectedEmployers}</Paragraph>
        )
      ) : null}
      {forms.open === 'planLeadership' ? <LeadershipForm area={area} forms={forms} /> : null}
    </Card>
  );
}
