import { entityFormProps } from '../../forms/form-props';
import type { OpenForm } from '../../forms/open-forms';
import type { Meeting } from './MeetingPage';
import { DIALOGUE_RULES } from './texts';

const dialogueFormProps = entityFormProps(DIALOGUE_RULES);

/** What every form of the desk shares (`entityFormProps`): the module's rule messages, closing, a reload after a conflict. */
export const closingFormProps = (forms: OpenForm) => dialogueFormProps(undefined, forms);

/** A meeting's forms also send the revision the page showed. */
export const meetingFormProps = (meeting: Meeting, forms: OpenForm) => dialogueFormProps(meeting.revision, forms);

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
