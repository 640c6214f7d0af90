import { EventCatalog } from '@samverkan/core';
import { forumsModuleEvents } from '@samverkan/forums';
import { planModuleEvents } from '@samverkan/plan';
import { addDays } from '../domain';
import { obligationsOf, countObligations, viewOf } from './obligations';
import { cadenceStatus, deadlineStatus, planVersusActual } from './plan-versus-actual';
import { TrackedDoc, TrackedForum, TrackedPlan } from './tracked.documents';
import { evolveTracked } from './tracked.evolve';
import { actionAgreed, actionDueDateMoved, eventsOf } from './testing/events';

const settings = { tipOutcomeDueDays: 90 };
// The catalog as the workspace has it for the modules read here: it knows where each command's fact sits in time.
const clock = new EventCatalog();
clock.register(planModuleEvents);
clock.register(forumsModuleEvents);
const fold = (events: ReturnType<typeof eventsOf>) =>
  events.reduce<TrackedDoc | null>((doc, event) => evolveTracked(doc, event, clock), null);

describe('Oversight read model', () => {
  describe('a sent tip', () => {
    const tip = eventsOf(
      'tip-t1',
      '2025-03-20T09:00:00Z',
      {
        type: 'TipCompiled',
        data: {
          tipId: 't1',
          employer: { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' },
          region: 'Skåne',
          industry: '88.101',
          impulseIds: ['i1'],
          summary: 's',
        },
      },
      { type: 'TipSent', data: { tipId: 't1', sentOn: '2025-03-20', impulseIds: ['i1'] } },
      { type: 'TipReceived', data: { tipId: 't1', receivedOn: '2025-03-21' } },
      { type: 'IndirectUseRecorded', data: { tipId: 't1', decidedOn: '2025-05-02' } },
    );

    it('owes AV an outcome, due the configured number of days after sending', () => {
      const [owed] = obligationsOf(fold(tip.slice(0, 3))!, 'tip-t1', settings);
      expect(owed).toMatchObject({
        obligationId: 'tipOutcome_t1',
        kind: 'TIP_OUTCOME',
        module: 'tips',
        owner: 'AV',
        since: '2025-03-20',
        dueOn: '2025-06-18',
      });
      expect(obligationsOf(fold(tip.slice(0, 3))!, 'tip-t1', { tipOutcomeDueDays: 30 })[0].dueOn).toBe('2025-04-19');
    });

    it('owes nothing before it is sent, nor once an outcome is recorded', () => {
      expect(obligationsOf(fold(tip.slice(0, 1))!, 'tip-t1', settings)).toEqual([]);
      expect(obligationsOf(fold(tip)!, 'tip-t1', settings)).toEqual([]);
    });
  });

  describe('a joint action', () => {
    const agreed = actionAgreed({ organisation: 'Region Skåne', personId: 'p1' });
    it('is owed by its owner organisation until done or dropped, and a moved due date moves it', () => {
      const events = eventsOf('jointAction-a1', '2025-02-05T15:00:00Z', agreed, actionDueDateMoved, {
        type: 'JointActionCompleted',
        data: { jointActionId: 'a1', forumId: 'vast', doneOn: '2025-09-01' },
      });
      expect(obligationsOf(fold(events.slice(0, 1))!, 'jointAction-a1', settings)[0]).toMatchObject({
        owner: 'Region Skåne',
        since: '2025-02-05',
        dueOn: '2025-06-30',
      });
      expect(obligationsOf(fold(events.slice(0, 2))!, 'jointAction-a1', settings)[0].dueOn).toBe('2025-09-30');
      expect(obligationsOf(fold(events)!, 'jointAction-a1', settings)).toEqual([]);
      const dropped = eventsOf('jointAction-a1', '2025-02-05T15:00:00Z', agreed, {
        type: 'JointActionDropped',
        data: { jointActionId: 'a1', forumId: 'vast', droppedOn: '2025-03-01', reason: 'r' },
      });
      expect(obligationsOf(fold(dropped)!, 'jointAction-a1', settings)).toEqual([]);
    });

    it('is owed since the day of the meeting it was agreed at, when recorded a year later', () => {
      // The meeting was held on 2025-02-05 (midnight in Stockholm); the action was recorded on 2026-02-10.
      const backdated = eventsOf('jointAction-a1', '2026-02-10T08:00:00Z', {
        ...agreed,
        commandType: 'AgreeJointAction',
        occurredFrom: 'meeting.heldOn',
        occurredAt: '2025-02-04T23:00:00.000Z',
      });
      expect(obligationsOf(fold(backdated)!, 'jointAction-a1', settings)[0].since).toBe('2025-02-05');
    });
  });

  describe('a dialogue meeting', () => {
    const planned = {
      type: 'DialogueMeetingPlanned',
      data: {
        meetingId: 'd1',
        area: 'Syd',
        kind: 'TARGETED',
        employers: [],
        plannedOn: '2025-04-01',
        audiences: [],
        topics: [],
      },
    };
    const held = {
      type: 'DialogueMeetingHeld',
      data: { meetingId: 'd1', heldOn: '2025-04-01', employerParticipants: 8 },
    };
    it('owes outcomes, jointly, 30 days after it was held, until they are recorded', () => {
      expect(
        obligationsOf(
          fold(eventsOf('dialogueMeeting-d1', '2025-04-01T10:00:00Z', planned))!,
          'dialogueMeeting-d1',
          settings,
        ),
      ).toEqual([]);
      const owed = obligationsOf(
        fold(eventsOf('dialogueMeeting-d1', '2025-04-01T10:00:00Z', planned, held))!,
        'dialogueMeeting-d1',
        settings,
      );
      expect(owed).toEqual([
        expect.objectContaining({
          obligationId: 'dialogueOutcomes_d1',
          owner: 'JOINT',
          since: '2025-04-01',
          dueOn: '2025-05-01',
          module: 'dialogue',
        }),
      ]);
      const recorded = eventsOf('dialogueMeeting-d1', '2025-04-01T10:00:00Z', planned, held, {
        type: 'DialogueOutcomesRecorded',
        data: { meetingId: 'd1', outcomes: [], recordedOn: '2025-04-20' },
      });
      expect(obligationsOf(fold(recorded)!, 'dialogueMeeting-d1', settings)).toEqual([]);
    });
  });

  describe('a plan', () => {
    const activity = (activityId: string, owner: string, dueDate: string) => ({
      activityId,
      title: activityId,
      area: 'OTHER',
      owner,
      dueDate,
      indicators: [],
    });
    const decision = (decidedAt: string) => ({
      decisionId: decidedAt,
      decidedAt,
      decidedBy: [],
      what: 'w',
      minutesReference: 'm',
    });
    // Recorded after the last decision: a decision cannot be recorded before it was taken.
    const plan = eventsOf(
      'plan-2025',
      '2025-05-02T10:00:00Z',
      { type: 'PlanDrafted', data: { year: 2025, title: 'Plan', diaryNumbers: {} } },
      { type: 'ActivityAdded', data: { year: 2025, activity: activity('a', 'FK', '2025-05-31') } },
      { type: 'ActivityAdded', data: { year: 2025, activity: activity('b', 'JOINT', '2025-12-31') } },
      { type: 'PlanSubmitted', data: { year: 2025, activityIds: ['a', 'b'] } },
      // Written before the envelope kept the world's time: the catalog dates them by their decision's decidedAt.
      {
        type: 'PlanAdopted',
        commandType: 'AdoptPlan',
        data: { year: 2025, decision: decision('2025-02-20T09:00:00Z'), activityIds: ['a', 'b'] },
      },
      {
        type: 'PlanAmended',
        commandType: 'AmendPlan',
        data: {
          year: 2025,
          decision: decision('2025-04-10T09:00:00Z'),
          amendment: { kind: 'ADD_ACTIVITY', activity: activity('c', 'AV', '2025-10-31') },
        },
      },
      {
        type: 'PlanAmended',
        commandType: 'AmendPlan',
        data: {
          year: 2025,
          decision: decision('2025-04-11T09:00:00Z'),
          amendment: { kind: 'CANCEL_ACTIVITY', activityId: 'b', reason: 'r' },
        },
      },
      { type: 'ActivityProgressRecorded', data: { year: 2025, activityId: 'a', status: 'DONE', note: 'n' } },
    );

    it('owes nothing while a draft; once adopted each activity is owed by its owner, since the decision', () => {
      expect(obligationsOf(fold(plan.slice(0, 4))!, 'plan-2025', settings)).toEqual([]);
      const adopted = obligationsOf(fold(plan.slice(0, 5))!, 'plan-2025', settings);
      expect(adopted.map((o) => [o.obligationId, o.owner, o.since, o.dueOn])).toEqual([
        ['planActivity_2025_a', 'FK', '2025-02-20', '2025-05-31'],
        ['planActivity_2025_b', 'JOINT', '2025-02-20', '2025-12-31'],
      ]);
    });

    it('adds an activity added by amendment, and closes done and cancelled ones', () => {
      expect(obligationsOf(fold(plan)!, 'plan-2025', settings).map((o) => [o.obligationId, o.since])).toEqual([
        ['planActivity_2025_c', '2025-04-10'],
      ]);
      const doc = fold(plan) as TrackedPlan;
      expect(doc.activities.find((a) => a.activityId === 'a')).toMatchObject({
        status: 'DONE',
        doneOn: '2025-05-02',
        done: { type: 'ActivityProgressRecorded', stream: 'plan-2025' },
      });
    });

    it('owes since the day the steering group decided, when the adoption is recorded a year later', () => {
      // Decided on 2025-02-20 at 10:00 in Stockholm, recorded on 2026-03-02: the envelope says when it was decided.
      const backdated = eventsOf(
        'plan-2025',
        '2026-03-02T09:00:00Z',
        ...[plan[0], plan[1]].map((e) => ({ type: e.type, data: e.data })),
        {
          type: 'PlanAdopted',
          commandType: 'AdoptPlan',
          occurredFrom: 'decision.decidedAt',
          occurredAt: '2025-02-20T09:00:00.000Z',
          data: { year: 2025, decision: decision('2025-02-20T09:00:00Z'), activityIds: ['a'] },
        },
      );
      expect(obligationsOf(fold(backdated)!, 'plan-2025', settings).map((o) => o.since)).toEqual(['2025-02-20']);
    });
  });

  describe('overdue', () => {
    const owed = {
      obligationId: 'x',
      kind: 'JOINT_ACTION' as const,
      module: 'forums' as const,
      owner: 'FK',
      title: 't',
      sourceStream: 's',
      sourceId: 'x',
      since: '2025-01-01',
      dueOn: '2025-06-30',
    };
    it('is judged on the Stockholm date: the due date itself is still in time', () => {
      expect(viewOf(owed, '2025-06-30', null)).toMatchObject({ overdue: false, daysOverdue: 0 });
      expect(viewOf(owed, '2025-07-02', null)).toMatchObject({ overdue: true, daysOverdue: 2 });
    });

    it('counts open and overdue per module and owner', () => {
      const views = [
        viewOf(owed, '2025-07-02', null),
        viewOf({ ...owed, obligationId: 'y', dueOn: '2025-08-01' }, '2025-07-02', null),
      ];
      expect(countObligations(views)).toEqual([{ module: 'forums', owner: 'FK', open: 2, overdue: 1 }]);
    });
  });

  describe('plan against actual', () => {
    it('rates a term’s meetings: met at two, missed after the term, at risk when held and planned fall short', () => {
      expect(cadenceStatus(2, 0, '2025-06-30', '2025-03-01')).toBe('MET');
      expect(cadenceStatus(1, 0, '2025-06-30', '2025-07-01')).toBe('MISSED');
      expect(cadenceStatus(1, 0, '2025-06-30', '2025-03-01')).toBe('AT_RISK');
      expect(cadenceStatus(1, 1, '2025-06-30', '2025-03-01')).toBe('ON_TRACK');
      expect(cadenceStatus(1, 1, '2025-06-30', '2025-06-30')).toBe('ON_TRACK');
    });

    it('rates a deadline: met in time, missed late (with a note) or not done, at risk within 30 days', () => {
      expect(deadlineStatus('2025-05-01', '2025-05-01', '2025-09-01')).toEqual({ status: 'MET', note: null });
      expect(deadlineStatus('2025-05-01', '2025-05-11', '2025-09-01')).toEqual({
        status: 'MISSED',
        note: 'Klart för sent: 2025-05-11, 10 dagar efter 2025-05-01',
      });
      expect(deadlineStatus('2025-05-01', null, '2025-05-02').status).toBe('MISSED');
      expect(deadlineStatus('2025-05-01', null, addDays('2025-05-01', -30)).status).toBe('AT_RISK');
      expect(deadlineStatus('2025-05-01', null, addDays('2025-05-01', -31)).status).toBe('ON_TRACK');
    });

    it('covers campaigns overlapping the year, launched by their start and concluded by their end', () => {
      const campaign = fold(
        eventsOf(
          'campaign-c1',
          '2025-04-24T10:00:00Z',
          {
            type: 'CampaignPlanned',
            data: {
              campaignId: 'c1',
              name: 'Välfärden',
              focus: 'f',
              period: { from: '2025-05-01', to: '2026-05-31' },
              sectorsByYear: [],
              lead: 'AV',
              partner: 'FK',
            },
          },
          { type: 'CampaignLaunched', data: { campaignId: 'c1', launchedOn: '2025-04-24', communication: {} } },
        ),
      );
      const sources = {
        plan: null,
        forums: [],
        forumMeetings: [],
        groups: [],
        campaigns: [{ stream: 'campaign-c1', doc: campaign as never }],
      };
      const in2026 = planVersusActual(2026, '2026-05-10', sources);
      expect(in2026.map((e) => [e.kind, e.status])).toEqual([
        ['CAMPAIGN_LAUNCH', 'MET'],
        ['CAMPAIGN_CONCLUSION', 'AT_RISK'],
      ]);
      expect(in2026[0].evidence).toEqual([
        expect.objectContaining({ type: 'CampaignLaunched', stream: 'campaign-c1' }),
      ]);
      expect(planVersusActual(2024, '2026-05-10', sources)).toEqual([]);
    });

    it('expects nothing of a forum for a term that ended before it was established', () => {
      const forum: TrackedForum = { category: 'forum', forumId: 'f', name: 'Forum', establishedOn: '2025-08-01' };
      const result = planVersusActual(2025, '2025-09-01', {
        plan: null,
        forums: [{ stream: 'forum-f', doc: forum }],
        forumMeetings: [],
        groups: [],
        campaigns: [],
      });
      expect(result.map((e) => [e.id, e.status])).toEqual([['FORUM_MEETINGS:f:2025:HT', 'AT_RISK']]);
    });
  });
});
