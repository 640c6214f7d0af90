import type { OpenForm } from '../../forms/open-forms';
import type { Meeting } from './MeetingPage';
import { DIALOGUE_RULES } from './texts';

/**
 * What every meeting command's form shares: the meeting's revision as shown, the module's rule
 * messages, closing when done or cancelled, and a reload after a conflict.
 */
export function meetingFormProps(meeting: Meeting, forms: OpenForm) {
  return {
    expectedRevision: meeting.revision,
    rules: DIALOGUE_RULES,
    onDone: () => forms.toggle(null),
    onCancel: () => forms.toggle(null),
    onReload: forms.reload,
  };
}
