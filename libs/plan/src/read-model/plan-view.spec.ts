import { EventCatalog, ProjectedEvent } from '@samverkan/core';
import { storedEvent } from '@samverkan/core/testing/stored-event';
import { planModuleEvents } from '../domain';
import { evolvePlanView, PlanView } from './plan-view';

const catalog = new EventCatalog();
catalog.register(planModuleEvents);

const decision = {
  decisionId: 'SG-2025-01',
  decidedAt: '2025-02-20T10:00:00+01:00',
  decidedBy: [],
  what: 'Planen antas.',
  minutesReference: 'Protokoll § 3',
};

/** A plan event as stored: recorded at `recordedAt`; `world` where the envelope kept when it happened. */
function stored(
  revision: number,
  type: string,
  commandType: string,
  data: unknown,
  recordedAt: string,
  world?: { at: string; from: string },
): ProjectedEvent {
  const at = { id: `e${revision}`, stream: 'plan-2025', revision, position: BigInt(revision + 1), recordedAt };
  return storedEvent(type, data, { ...at, commandType, world });
}

const drafted = stored(
  0,
  'PlanDrafted',
  'DraftPlan',
  { year: 2025, title: 'Plan 2025', diaryNumbers: {} },
  '2025-01-14T09:00:00.000Z',
  { at: '2025-01-14T09:00:00.000Z', from: 'handling' },
);
const progress = stored(
  1,
  'ActivityProgressRecorded',
  'RecordActivityProgress',
  { year: 2025, activityId: 'a', status: 'IN_PROGRESS', note: 'n' },
  '2026-11-30T09:00:00.000Z',
  {
    at: '2026-11-30T09:00:00.000Z',
    from: 'handling',
  },
);
const fold = (events: ProjectedEvent[]) =>
  events.reduce<PlanView | null>((view, e) => evolvePlanView(view, e, catalog), null);

describe('The plan view', () => {
  describe('given a plan drafted and worked on until this week', () => {
    it('keeps its last change when an adoption decided last year is recorded today', () => {
      const adopted = stored(
        2,
        'PlanAdopted',
        'AdoptPlan',
        { year: 2025, decision, activityIds: [] },
        '2026-12-02T09:00:00.000Z',
        {
          at: '2025-02-20T09:00:00.000Z',
          from: 'decision.decidedAt',
        },
      );
      expect(fold([drafted, progress, adopted])).toMatchObject({
        status: 'ADOPTED',
        createdAt: drafted.recordedAt.toISOString(),
        updatedAt: '2026-11-30T09:00:00.000Z',
      });
    });
  });

  describe('given events written before the envelope kept the world time', () => {
    it('dates a decision by its decidedAt, not by when it was recorded', () => {
      const legacy = [
        stored(
          0,
          'PlanDrafted',
          'DraftPlan',
          { year: 2025, title: 'Plan 2025', diaryNumbers: {} },
          '2025-01-14T09:00:00.000Z',
        ),
        stored(1, 'PlanAdopted', 'AdoptPlan', { year: 2025, decision, activityIds: [] }, '2025-03-03T09:00:00.000Z'),
      ];
      expect(fold(legacy)).toMatchObject({
        createdAt: '2025-01-14T09:00:00.000Z',
        updatedAt: '2025-02-20T09:00:00.000Z',
      });
    });
  });
});
