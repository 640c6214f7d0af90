import { Sender, sendRequest } from '@samverkan/core';
import { endpointSpecification } from '@samverkan/core/testing/endpoint-specification';
import { catalogOf, openScratchWorkspace } from '@samverkan/core/testing/scratch-workspace';
import { participantMonthEndpoint } from '../participants/participant-month.endpoint';
import { reportingModuleEvents } from '../reporting-events';
import { sealEndpoint, SealRequest } from './seal.endpoint';

const spec = endpointSpecification(sealEndpoint, [reportingModuleEvents]);
const auditor = { role: 'AUDITOR' };
const seal = (from = '2025-01-01', to = '2025-12-31'): SealRequest => ({
  type: 'SealEsfReport',
  data: { from, to },
  reason: 'Årsrapport 2025',
});

describe('The ESF seal endpoint', () => {
  it('refuses a period that ends before it starts, at its field', () =>
    spec.given().when(seal('2025-12-31', '2025-01-01'), auditor).thenThrows('BAD_USER_INPUT', { field: 'to' }));

  it('has nothing to seal in an empty store', () => spec.given().when(seal(), auditor).thenThrows('NOTHING_TO_SEAL'));

  it('refuses to seal a trail that fails verification (events without their links)', () =>
    spec
      .given([
        {
          stream: 'participantMonth-2024-05',
          events: [{ type: 'ParticipantMonthReported', data: { month: '2024-05' } }],
        },
      ])
      .when(seal(), auditor)
      .thenThrows('TRAIL_BROKEN'));

  describe('on a sound trail', () => {
    const deps = openScratchWorkspace(catalogOf([reportingModuleEvents]));
    const { store } = deps;
    const sender: Sender = {
      actor: { id: 'test-auditor', organisation: 'FK', role: 'AUDITOR' },
      correlationId: '',
      forums: [],
    };
    const commandId = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';
    beforeAll(() =>
      sendRequest(
        deps,
        participantMonthEndpoint(deps),
        { type: 'ReportParticipantMonth', data: { month: '2024-05' } },
        sender,
      ),
    );
    afterAll(() => deps.close());

    it('records the position, the fingerprint and the integrity root under the command id, and a retry replays it', async () => {
      const head = await store.headPosition();
      const sealed = await sendRequest(deps, sealEndpoint(deps), seal(), sender, { commandId });
      expect(sealed.stream).toBe(`esfSeal-${commandId}`);
      expect(sealed.events[0].data).toMatchObject({
        sealId: commandId,
        position: head!.toString(),
        streams: 1,
        activities: 0,
        decisions: 0,
      });
      expect(sealed.events[0].data).toMatchObject({
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        integrityRoot: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const again = await sendRequest(deps, sealEndpoint(deps), seal(), sender, { commandId });
      expect(again.replayed).toBe(true);
    });
  });
});
