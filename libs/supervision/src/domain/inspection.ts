import { atEntityDate, entityDecider, handled, stated, streamOfCategory } from '@samverkan/core/domain';
import { decideInspection } from './inspection.decide';
import { evolveInspection } from './inspection.state';

export const inspectionStream = streamOfCategory('inspection');

export const inspectionDecider = entityDecider(evolveInspection, decideInspection, {
  RecordInspection: stated('inspectedOn'),
  // FK's participation and the findings are facts of the inspection visit itself.
  RecordFkParticipation: atEntityDate('inspection', 'inspectedOn'),
  RecordFindings: atEntityDate('inspection', 'inspectedOn'),
  IssueRequirement: stated('issuedOn'),
  RecordFollowUp: stated('followedUpOn'),
  CloseInspection: stated('closedOn'),
  CarryOverInspection: handled,
});
