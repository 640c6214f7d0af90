import { calendarDate, oneOf, organisationNumber, requiredId, requiredText } from '@samverkan/core/domain';
import {
  CitedInspection,
  DIALOGUE_AUDIENCES,
  DIALOGUE_KINDS,
  DialogueAudience,
  DialogueEmployer,
  DialogueTopic,
} from './dialogue.model';
import { DialogueMeetingCommand } from './dialogue-meeting.commands';
import { DialogueMeetingEvent } from './dialogue-meeting.events';
import { DialogueMeetingState } from './dialogue-meeting.state';
import { DIALOGUE_RULES } from './dialogue.rules';

/** Planning a dialogue meeting: whom it is with, for whom, and what it cites. */

/** A meeting may be planned for a day ahead; whom it may be with is read by the application. */
export function planDialogueMeeting(
  command: DialogueMeetingCommand<'PlanDialogueMeeting'>,
  state: DialogueMeetingState,
): DialogueMeetingEvent[] {
  const { meetingId } = command.data;
  if (state.status !== 'NONE') {
    throw DIALOGUE_RULES.violation(
      'DIALOGUE_MEETING_ALREADY_PLANNED',
      `Dialogue meeting ${meetingId} is already planned`,
      {
        meetingId,
      },
    );
  }
  requiredId(meetingId, 'meetingId');
  const details = { meetingId };
  const area = requiredText(command.data.area, 'area', { details });
  const kind = oneOf(command.data.kind, DIALOGUE_KINDS, 'kind', details);
  const employers = validEmployers(command.data.employers, meetingId);
  if (kind === 'TARGETED') {
    const selected = new Set(command.data.selectedInArea?.map((number) => number?.trim()));
    const unselected = employers.find(({ organisationNumber }) => !selected.has(organisationNumber));
    if (unselected) {
      throw DIALOGUE_RULES.violation(
        'EMPLOYER_NOT_SELECTED',
        `${unselected.name} is not selected for dialogue in ${area}`,
        {
          meetingId,
          area,
          organisationNumber: unselected.organisationNumber,
        },
      );
    }
  }
  const plannedOn = calendarDate(command.data.plannedOn, 'plannedOn', details);
  const audiences = validAudiences(command.data.audiences, meetingId);
  const topics = validTopics(command.data.topics, employers, command.data.citedInspections, meetingId);
  return [{ type: 'DialogueMeetingPlanned', data: { meetingId, area, kind, employers, plannedOn, audiences, topics } }];
}

function validEmployers(employers: DialogueEmployer[] | undefined, meetingId: string): DialogueEmployer[] {
  if (!Array.isArray(employers) || employers.length === 0) {
    throw DIALOGUE_RULES.violation('EMPLOYER_REQUIRED', 'A dialogue meeting is with at least one employer', {
      meetingId,
    });
  }
  const valid = employers.map((employer, index) => ({
    organisationNumber: organisationNumber(employer?.organisationNumber, { meetingId, index }),
    // organisationNumber has refused a missing employer, so the name is read from one that is there.
    name: requiredText(employer.name, 'name', { details: { meetingId, index } }),
  }));
  const repeated = valid.find(
    (employer, i) => valid.findIndex((other) => other.organisationNumber === employer.organisationNumber) !== i,
  );
  if (repeated) {
    throw DIALOGUE_RULES.violation('DUPLICATE_EMPLOYER', `${repeated.organisationNumber} is named twice`, {
      meetingId,
      organisationNumber: repeated.organisationNumber,
    });
  }
  return valid;
}

/** At least one audience; naming one twice means it once. */
function validAudiences(audiences: DialogueAudience[] | undefined, meetingId: string): DialogueAudience[] {
  if (!Array.isArray(audiences) || audiences.length === 0) {
    throw DIALOGUE_RULES.violation('AUDIENCE_REQUIRED', 'A dialogue meeting has at least one audience', { meetingId });
  }
  return [...new Set(audiences.map((audience) => oneOf(audience, DIALOGUE_AUDIENCES, 'audiences', { meetingId })))];
}

/** A cited inspection must exist and concern one of the meeting's employers: findings are about the principal. */
function validTopics(
  topics: DialogueTopic[] | undefined,
  employers: readonly DialogueEmployer[],
  cited: readonly CitedInspection[] | undefined,
  meetingId: string,
): DialogueTopic[] {
  return (topics ?? []).map((topic, index) => {
    const details = { meetingId, index };
    const title = typeof topic?.title === 'string' ? topic.title.trim() : '';
    if (!title)
      throw DIALOGUE_RULES.violation('INVALID_TOPIC', `Topic ${index + 1} needs a title`, {
        ...details,
        field: 'title',
      });
    requiredText(title, 'title', { details });
    if (topic.citedInspectionId === undefined || topic.citedInspectionId === null) return { title };
    const inspectionId = requiredId(topic.citedInspectionId, 'citedInspectionId', details);
    const inspection = cited?.find((candidate) => candidate.inspectionId === inspectionId && candidate.exists);
    if (!inspection) {
      throw DIALOGUE_RULES.violation('CITED_INSPECTION_NOT_FOUND', `Inspection ${inspectionId} was not found`, {
        ...details,
        inspectionId,
      });
    }
    const principal = inspection.principalOrganisationNumber;
    if (!employers.some(({ organisationNumber }) => organisationNumber === principal)) {
      throw DIALOGUE_RULES.violation(
        'CITED_INSPECTION_OTHER_EMPLOYER',
        `Inspection ${inspectionId} is of another employer`,
        {
          ...details,
          inspectionId,
          principalOrganisationNumber: principal,
        },
      );
    }
    return { title, citedInspectionId: inspectionId };
  });
}
