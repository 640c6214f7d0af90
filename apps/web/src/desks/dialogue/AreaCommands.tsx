import { Paragraph } from '@digdir/designsystemet-react';
import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { useCan } from '../../forms/can';
import { CommandPanel, PanelCommand } from '../../forms/CommandPanel';
import { SelectEmployerForDialogueDocument } from '../../gql/graphql';
import type { AreaProps } from './form-props';
import { leadershipCommand, targetedCommand } from './PlanForms';
import { selectCommand } from './SelectionForms';
import { T } from './texts';

/**
 * The area's commands: select an employer, plan a targeted or a leadership dialogue. Targeted
 * dialogues are for the staff who select the employers (the server refuses them to others), so
 * that form goes with the right to select.
 */
export function AreaCommands(props: AreaProps) {
  const can = useCan();
  const navigate = useNavigate();
  const sent = useRef<string[]>([]);
  const targeted = targetedCommand(props, navigate);
  const none = <Paragraph data-testid="no-selected-employers">{T.noSelectedEmployers}</Paragraph>;
  const commands: PanelCommand[] = [
    selectCommand(props, sent),
    ...(can(SelectEmployerForDialogueDocument) ? [props.selected.length ? targeted : { ...targeted, form: none }] : []),
    leadershipCommand(props.area, props.forms, navigate),
  ];
  return <CommandPanel heading={T.actions} commands={commands} forms={props.forms} testid="area-commands" />;
}
