import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { obligationStream, oversightModuleEvents } from '../domain';
import { obligationEndpoint, ObligationRequest } from './obligation.endpoint';

const spec = endpointSpecification(obligationEndpoint, [oversightModuleEvents]);
const data = {
  obligationId: 'planActivity_2025_komm',
  module: 'plan',
  kind: 'PLAN_ACTIVITY',
  dueOn: '2025-11-30',
  owner: 'AV',
  sourceStream: 'plan-2025',
} as const;
const mark: ObligationRequest = { type: 'MarkObligationOverdue', data };
const system = { role: 'SYSTEM' };

describe('The obligation endpoint', () => {
  it('records an obligation overdue once', () =>
    spec
      .given()
      .when(mark, system)
      .then([{ type: 'ObligationBecameOverdue', data }]));

  it('changes nothing when the mark is asked for again (a restart, a second replica)', () =>
    spec
      .given([{ stream: obligationStream(data.obligationId), events: [{ type: 'ObligationBecameOverdue', data }] }])
      .when(mark, system)
      .thenNothingHappened());

  it("refuses a kind filed under another module's name", () =>
    spec
      .given()
      .when({ ...mark, data: { ...data, module: 'tips' } }, system)
      .thenThrows('MODULE_MISMATCH'));
});
