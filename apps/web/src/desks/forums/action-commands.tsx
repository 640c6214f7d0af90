import {
  ChangeJointActionDueDateDocument,
  CompleteJointActionDocument,
  DropJointActionDocument,
  RecordJointActionProgressDocument,
} from '../../gql/graphql';
import type { OpenForm } from '../../forms/open-forms';
import { given, REASON_FIELD } from './forum-fields';
import { Command, forumCommandsOn } from './ForumCommands';
import type { JointAction } from './ForumRoom';
import { T } from './texts';

const F = T.fields;

/** An open joint action: progress, a new due date (with the reason), done, or dropped (with the reason). */
export function actionCommands(action: JointAction, forms: OpenForm): Command[] {
  if (action.status === 'DONE' || action.status === 'DROPPED') return [];
  const jointActionId = action.id;
  const command = forumCommandsOn(forms, action.revision);
  return [
    command('progress', {
      mutation: RecordJointActionProgressDocument,
      fields: [
        { name: 'note', label: F.note, kind: 'textarea', required: true },
        { name: 'recordedOn', label: F.recordedOn, help: F.today, kind: 'date' },
      ],
      toInput: (v) => ({ jointActionId, note: v.note.trim(), ...given('recordedOn', v.recordedOn) }),
    }),
    command('dueDate', {
      mutation: ChangeJointActionDueDateDocument,
      defaults: { dueDate: action.dueDate },
      fields: [{ name: 'dueDate', label: F.dueDate, kind: 'date', required: true }, REASON_FIELD],
      toInput: (v) => ({ jointActionId, dueDate: v.dueDate, reason: v.reason.trim() }),
    }),
    command('complete', {
      mutation: CompleteJointActionDocument,
      fields: [
        { name: 'doneOn', label: F.doneOn, help: F.today, kind: 'date' },
        { name: 'note', label: F.doneNote, kind: 'textarea' },
      ],
      toInput: (v) => ({ jointActionId, ...given('doneOn', v.doneOn), ...given('note', v.note) }),
    }),
    command('drop', {
      mutation: DropJointActionDocument,
      fields: [{ name: 'droppedOn', label: F.droppedOn, help: F.today, kind: 'date' }, REASON_FIELD],
      toInput: (v) => ({ jointActionId, reason: v.reason.trim(), ...given('droppedOn', v.droppedOn) }),
    }),
  ];
}
