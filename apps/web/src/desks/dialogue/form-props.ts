import type { OpenForm } from '../../forms/open-forms';
import type { Meeting } from './MeetingPage';
import { DIALOGUE_RULES } from './texts';

/** What every form of the desk shares: the module's rule messages, closing when done or cancelled, a reload after a conflict. */
export function closingFormProps(forms: OpenForm) {
  return {
    rules: DIALOGUE_RULES,
    onDone: () => forms.toggle(null),
    onCancel: () => forms.toggle(null),
    onReload: forms.reload,
  };
}

/** A meeting's forms also send the revision the page showed. */
export function meetingFormProps(meeting: Meeting, forms: OpenForm) {
  return { ...closingFormProps(forms), expectedRevision: meeting.revision };
}

/** What the area's forms are about: the area and year, its selected employers, the inspections of them to cite. */
export interface AreaProps {
  area: string;
  year: number;
  selected: readonly { organisationNumber: string; name: string }[];
  inspections: readonly CitableInspection[];
  forms: OpenForm;
}

export interface CitableInspection {
  id: string;
  inspectedOn: string;
  workplace?: string | null;
  campaign: string;
  principal: { organisationNumber: string; name: string };
}
