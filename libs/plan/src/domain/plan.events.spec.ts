import { fold } from '@samverkan/core/domain';
import { planDecider, planModuleEvents, planStream } from './plan';
import { OneOfEach } from '@samverkan/core/testing/module-events';
import { PlanEvent, planEventDefinitions } from './plan.events';
import { Amendment } from './plan.model';
import {
  added,
  adopted,
  adoption,
  amendmentDecision,
  broadCampaign,
  cancelled,
  closeable,
  decision,
  drafted,
  planAdopted,
  planClosed,
  planFollowedUp,
  planSubmitted,
  progressed,
  regionalDialogue,
  tipRoutines,
  webinar,
  YEAR as year,
} from './testing/plan.fixtures';

const oneOfEach: OneOfEach<PlanEvent> = {
  PlanDrafted: drafted,
  ActivityAdded: added(regionalDialogue),
  ActivityRemoved: { type: 'ActivityRemoved', data: { year, activityId: webinar.activityId, title: webinar.title } },
  ActivityChanged: {
    type: 'ActivityChanged',
    data: { year, activityId: webinar.activityId, changes: { dueDate: '2025-12-01', region: null } },
  },
  PlanSubmitted: planSubmitted,
  ActivityProgressRecorded: progressed(tipRoutines.activityId, 'DONE'),
  PlanReturnedToDraft: { type: 'PlanReturnedToDraft', data: { year, decision: adoption } },
  PlanAdopted: planAdopted,
  PlanAmended: cancelled(webinar.activityId),
  PlanFollowedUp: planFollowedUp,
  PlanClosed: planClosed,
};
const summary = (event: PlanEvent) =>
  (planEventDefinitions[event.type].summary as (data: PlanEvent['data']) => string)(event.data);

describe('Collaboration plan events', () => {
  it.each([
    ['PlanDrafted', 'action'],
    ['ActivityAdded', 'action'],
    ['ActivityRemoved', 'action'],
    ['ActivityChanged', 'action'],
    ['PlanSubmitted', 'action'],
    ['ActivityProgressRecorded', 'action'],
    ['PlanReturnedToDraft', 'decision'],
    ['PlanAdopted', 'decision'],
    ['PlanAmended', 'decision'],
    ['PlanFollowedUp', 'decision'],
    ['PlanClosed', 'decision'],
  ] as const)('defines %s as an %s of schema version 1', (type, kind) => {
    expect(planEventDefinitions[type]).toMatchObject({ kind, schemaVersion: 1 });
  });

  it('summarises the adoption with the decision, the minutes and who decided by organisation', () => {
    expect(summary(planAdopted)).toBe(
      'Plan för aktiv samverkan 2025 antogs av styrgruppen med 2 aktiviteter ' +
        '(beslut SG-2025-03, protokoll styrgruppen 2025-03-12 § 4; 3 ledamöter: 1 FK, 2 AV)',
    );
  });

  it('summarises the draft with its diary numbers', () => {
    expect(summary(drafted)).toBe(
      'Utkast till plan för aktiv samverkan 2025 upprättades: "Plan för aktiv samverkan 2025" ' +
        '(dnr AV 2025/005661, FK 2025/002400)',
    );
  });

  it.each([
    [{}, ''],
    [{ av: '2025/005661' }, ' (dnr AV 2025/005661)'],
    [{ fk: '2025/002400' }, ' (dnr FK 2025/002400)'],
  ])('summarises a draft with the diary numbers %j', (diaryNumbers, phrase) => {
    const event: PlanEvent = { ...drafted, data: { ...drafted.data, diaryNumbers } };
    expect(summary(event)).toBe(
      `Utkast till plan för aktiv samverkan 2025 upprättades: "Plan för aktiv samverkan 2025"${phrase}`,
    );
  });

  it('summarises an added activity with its region', () => {
    expect(summary(added(regionalDialogue))).toBe(
      'Aktiviteten "Riktad fördjupad dialog med utvalda arbetsgivare" (område dialog, ansvar gemensamt, ' +
        'region Värmland, klar senast 2025-12-15) lades till i utkastet till plan för aktiv samverkan 2025',
    );
  });

  it('summarises a change by the fields it changed', () => {
    expect(summary(oneOfEach.ActivityChanged)).toBe(
      'Aktiviteten webbinarium-externt i utkastet till plan för aktiv samverkan 2025 ändrades: slutdatum, region',
    );
  });

  it('summarises a follow-up with the number of indicator results, if any', () => {
    const result = { activityId: tipRoutines.activityId, indicator: 'antal tips', result: '25 tips' };
    const withResult: PlanEvent = { ...planFollowedUp, data: { ...planFollowedUp.data, indicatorResults: [result] } };
    const decided = '(beslut SG-2025-09, protokoll styrgruppen 2025-05-28 § 2; 3 ledamöter: 1 FK, 2 AV)';
    expect(summary(withResult)).toBe(
      `Plan för aktiv samverkan 2025 följdes upp av styrgruppen med 1 indikatorutfall ${decided}`,
    );
    expect(summary(planFollowedUp)).toBe(`Plan för aktiv samverkan 2025 följdes upp av styrgruppen ${decided}`);
  });

  it('summarises each kind of amendment', () => {
    const amended = (amendment: object) =>
      summary({ type: 'PlanAmended', data: { year, decision: amendmentDecision, amendment } } as PlanEvent);
    expect(amended({ kind: 'ADD_ACTIVITY', activity: broadCampaign })).toContain(
      'ändrades av styrgruppen: aktiviteten "Bred extern kommunikationsinsats till arbetsgivare" ' +
        '(område kommunikation, ansvar gemensamt, klar senast 2025-12-31) lades till',
    );
    expect(
      amended({ kind: 'CHANGE_ACTIVITY', activityId: 'webbinarium-externt', changes: { dueDate: '2025-12-01' } }),
    ).toContain('aktiviteten webbinarium-externt ändrades: slutdatum (beslut SG-2025-07');
    expect(summary(cancelled(webinar.activityId))).toContain('aktiviteten webbinarium-externt ställdes in');
  });

  it('names an amendment of a kind this release does not know', () => {
    const later = { ...cancelled(webinar.activityId).data, amendment: { kind: 'MERGE_ACTIVITIES' } };
    expect(summary({ type: 'PlanAmended', data: later } as PlanEvent)).toContain(
      'ändrades av styrgruppen: en ändring av slaget MERGE_ACTIVITIES (beslut SG-2025-07',
    );
  });

  it.each(Object.values(oneOfEach))('summarises $type in one line that names no person', (event) => {
    const line = summary(event);
    expect(line).toMatch(/2025/);
    expect(line).not.toMatch(/person-|\n|undefined/);
  });

  it('names the plan stream by year, with a category the category projection can split', () => {
    expect(planStream(2025)).toBe('plan-2025');
    expect(planModuleEvents).toMatchObject({ module: 'plan', categories: ['plan'] });
  });
});

describe('Collaboration plan state', () => {
  it('holds the status, each activity with its status and every decision cited', () => {
    const state = fold(planDecider, closeable);
    const decisionIds = ['SG-2025-03', 'SG-2025-09', 'SG-2025-07'];
    expect(state).toMatchObject({ status: 'FOLLOWED_UP', year, decisionIds });
    expect(state.status !== 'NONE' && [...state.activities.values()]).toStrictEqual([
      { ...tipRoutines, status: 'DONE' },
      { ...webinar, status: 'CANCELLED', cancellationReason: 'Ersätts av annan insats' },
    ]);
  });

  it('applies changes to an activity, removing a region set to null', () => {
    const changes = { region: null, indicators: ['antal möten'] };
    const changed = fold(planDecider, [
      drafted,
      added(regionalDialogue),
      { type: 'ActivityChanged', data: { year, activityId: regionalDialogue.activityId, changes } },
    ]);
    const { region: _, ...withoutRegion } = regionalDialogue;
    expect(changed.status !== 'NONE' && changed.activities.get(regionalDialogue.activityId)).toStrictEqual({
      ...withoutRegion,
      indicators: ['antal möten'],
      status: 'PLANNED',
    });
  });
});

describe('Collaboration plan state, given an event about an activity it does not hold', () => {
  const elsewhere = 'okand';
  it.each<PlanEvent>([
    { type: 'ActivityChanged', data: { year, activityId: elsewhere, changes: { title: 'Ny titel' } } },
    progressed(elsewhere, 'DONE'),
    cancelled(elsewhere),
  ])('leaves its activities as they are on $type', (event) => {
    const before = fold(planDecider, closeable);
    const after = planDecider.evolve(before, event);
    expect(after.status !== 'NONE' && [...after.activities.values()]).toStrictEqual(
      before.status !== 'NONE' && [...before.activities.values()],
    );
  });
});

describe('Collaboration plan state, given an amendment of a kind this release does not know', () => {
  it('cites its decision and changes no activity', () => {
    const later = { ...cancelled(webinar.activityId).data, decision: decision({ decisionId: 'SG-2025-11' }) };
    const event = {
      type: 'PlanAmended',
      data: { ...later, amendment: { kind: 'MERGE_ACTIVITIES' } },
    } as unknown as PlanEvent;
    const before = fold(planDecider, closeable);
    const after = planDecider.evolve(before, event);
    expect(after).toStrictEqual({
      ...before,
      decisionIds: ['SG-2025-03', 'SG-2025-09', 'SG-2025-07', 'SG-2025-11'],
    });
  });
});

describe('Collaboration plan state, after amendments', () => {
  it('holds an activity added by amendment as planned, and an activity changed by amendment as changed', () => {
    const amendedBy = (decisionId: string, amendment: Amendment): PlanEvent => ({
      type: 'PlanAmended',
      data: { year, decision: decision({ decisionId }), amendment },
    });
    const changes = { dueDate: '2025-10-31', region: 'Skåne' };
    const state = fold(planDecider, [
      ...adopted,
      amendedBy('SG-2025-05', { kind: 'ADD_ACTIVITY', activity: broadCampaign }),
      amendedBy('SG-2025-06', { kind: 'CHANGE_ACTIVITY', activityId: webinar.activityId, changes }),
    ]);
    expect(state.status !== 'NONE' && [...state.activities.values()]).toStrictEqual([
      { ...tipRoutines, status: 'PLANNED' },
      { ...webinar, ...changes, status: 'PLANNED' },
      { ...broadCampaign, status: 'PLANNED' },
    ]);
  });
});
