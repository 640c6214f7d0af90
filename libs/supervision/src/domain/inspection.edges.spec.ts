import { edgeOf, textLimit } from '@samverkan/core/testing/edge-of';
import { describeEdges, Edge, textOf, without } from '@samverkan/core/testing/edges';
import { InspectionCommand } from './inspection.commands';
import { InspectionEvent } from './inspection.events';
import {
  closed,
  commandOf,
  followedUp,
  inspectionSpec,
  metadata,
  REQUIREMENT_ID,
  requirementIssued,
  TODAY,
  TOMORROW,
  WORKPLACE_INSPECTION_ID,
  workplaceInspected,
} from './testing/supervision.fixtures';

/** The work on an inspection, each date and length from both sides; inspected on 10 September 2025, today is 20 November. */

const inspectionId = WORKPLACE_INSPECTION_ID;
const issue = (
  issuedOn: string,
  dueDate: string,
  description = 'Riskbedöm arbetsbelastningen i hemtjänstgrupperna',
): InspectionCommand =>
  commandOf('IssueRequirement', { inspectionId, requirementId: REQUIREMENT_ID, description, dueDate, issuedOn });
const issued = (issuedOn: string, dueDate: string, description?: string): InspectionEvent => {
  const event = requirementIssued(REQUIREMENT_ID, issuedOn, dueDate);
  return description === undefined ? event : { ...event, data: { ...event.data, description } };
};
const followUp = (followedUpOn: string, note = 'Riskbedömning inkommen och granskad'): InspectionCommand =>
  commandOf('RecordFollowUp', { inspectionId, followedUpOn, note, requirementsMet: true });
const close = (closedOn: string): InspectionCommand => commandOf('CloseInspection', { inspectionId, closedOn });

const onIssue = edgeOf(issue, issued, [workplaceInspected]);
const edges: Edge<InspectionCommand, InspectionEvent>[] = [
  onIssue(
    'a requirement is issued on the day of the inspection at the earliest',
    ['2025-09-10', '2025-12-01'],
    ['2025-09-09', '2025-12-01'],
    'BEFORE_INSPECTION',
  ),
  onIssue(
    'a requirement is issued today at the latest',
    [TODAY, '2025-12-01'],
    [TOMORROW, '2025-12-01'],
    'DATE_IN_FUTURE',
  ),
  onIssue(
    'a requirement is due on the day it was issued at the earliest',
    ['2025-09-20', '2025-09-20'],
    ['2025-09-20', '2025-09-19'],
    'DUE_BEFORE_ISSUED',
  ),
  textLimit(onIssue, 'a requirement’s description', 4000, (text) => ['2025-09-20', '2025-12-01', text]),
  {
    rule: 'a follow-up is on the day of the inspection at the earliest',
    given: [workplaceInspected],
    accepted: followUp('2025-09-10'),
    then: [followedUp(true, '2025-09-10')],
    refused: followUp('2025-09-09'),
    code: 'BEFORE_INSPECTION',
  },
  {
    rule: 'a follow-up note is at most 4000 characters',
    given: [workplaceInspected],
    accepted: followUp(TODAY, textOf(4000)),
    then: [
      { ...followedUp(true, TODAY), data: { ...followedUp(true, TODAY).data, note: textOf(4000) } } as InspectionEvent,
    ],
    refused: followUp(TODAY, textOf(4001)),
    code: 'INVALID_TEXT',
  },
  {
    rule: 'an inspection is closed today at the latest',
    given: [workplaceInspected],
    accepted: close(TODAY),
    then: [closed(inspectionId, TODAY)],
    refused: close(TOMORROW),
    code: 'DATE_IN_FUTURE',
  },
];

describe('The work on an inspection, from both sides of its limits', () => {
  describeEdges(inspectionSpec, edges);

  it('records a follow-up whose verdict is left out entirely as requirements not met', () => {
    inspectionSpec
      .given([workplaceInspected])
      .when(without(followUp(TODAY), 'requirementsMet'))
      .then([followedUp(false, TODAY)]);
  });

  it('refuses a carry-over whose reason is only spaces', () => {
    inspectionSpec
      .given([workplaceInspected])
      .when({ type: 'CarryOverInspection', data: { inspectionId }, metadata, reason: '  ' })
      .thenThrows('REASON_REQUIRED');
  });
});
