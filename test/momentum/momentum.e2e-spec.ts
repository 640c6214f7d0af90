import { PersonDirectory } from '@samverkan/core';
import { storeHead } from '../support/tip-fixtures';
import { refusalOf, useTestApp } from '../support/test-app';
import { commandMutation } from '../support/command-mutation';
import { decisionsOf, expectCancelled } from '../support/decisions';

const ACTIVITY = `id kind title organiser date place country region expectedParticipants status year heldOn summary cancellationReason
  participants { organisations recordings totals { managers hr other named total }
    byOrganisation { organisation participants { managers hr other total } } named { personId name organisation } }
  evaluation { scale respondents }`;
const m = (name: string, input: string) => commandMutation(name, input, `activity { ${ACTIVITY} }`);
const PLAN = m('planProjectActivity', 'PlanProjectActivityInput');
const RESCHEDULE = m('rescheduleProjectActivity', 'RescheduleProjectActivityInput');
const HOLD = m('holdProjectActivity', 'HoldProjectActivityInput');
const RECORD = m('recordProjectActivityParticipants', 'RecordProjectActivityParticipantsInput');
const CANCEL = m('cancelProjectActivity', 'CancelProjectActivityInput');
const EVALUATE = m('evaluateProjectActivity', 'EvaluateProjectActivityInput');

const fieldsOf = (res: any) => res.errors?.[0].extensions?.fields?.map((f: any) => f.field);

const KICK_OFF = {
  kind: 'CONFERENCE',
  title: 'Nationell uppstartskonferens',
  organiser: 'FK',
  date: '2024-10-15',
  place: 'Stockholm',
  expectedParticipants: 150,
};
/** Fictional employers: a limited company and a municipality, with valid check digits. */
const BOLAG = '556901-2346';
const KOMMUN = '212901-3211';

/** Momentum's own activities through GraphQL: plan → hold → participants → correction → evaluation. */
describe('Momentum project activities', () => {
  const t = useTestApp({ env: { REGIONS: 'Värmland,Skåne,Västra Götaland' } });
  let activityId: string;

  it('is planned by project staff, in a configured region', async () => {
    const planned = await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, region: 'Värmland' } });
    expect(planned.errors).toBeUndefined();
    const { activity, stream, revision } = planned.data.planProjectActivity;
    expect(activity).toMatchObject({
      ...KICK_OFF,
      region: 'Värmland',
      country: null,
      status: 'PLANNED',
      year: 2024,
      participants: null,
      evaluation: null,
    });
    expect([stream, revision]).toEqual([`projectActivity-${activity.id}`, 0]);
    activityId = activity.id;

    const moved = await t.gql('KNOWLEDGE_GROUP', RESCHEDULE, { input: { activityId, date: '2024-10-16' } });
    expect(moved.data.rescheduleProjectActivity.activity).toMatchObject({ date: '2024-10-16', status: 'PLANNED' });
  });

  it('refuses a role that may not plan, and a region outside the configuration, naming the field', async () => {
    for (const role of ['FK_CASEWORKER', 'AUDITOR', 'DASHBOARD', 'AV_INSPECTOR']) {
      expect(refusalOf(await t.gql(role, PLAN, { input: KICK_OFF }))).toBe('FORBIDDEN');
    }
    const before = await storeHead(t);
    const region = await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, region: 'Atlantis' } });
    expect(region.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'region' }] });
    const expected = await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, expectedParticipants: 0 } });
    expect(expected.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(expected)).toEqual(['expectedParticipants']);
    const date = await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, date: '15 oktober' } });
    expect(fieldsOf(date)).toEqual(['date']);
    expect(await storeHead(t)).toBe(before);
  });

  it('answers a broken rule with its code and appends nothing', async () => {
    const before = await storeHead(t);
    const outside = await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, date: '2027-06-01' } });
    expect(outside.errors?.[0].extensions).toMatchObject({
      code: 'DOMAIN_RULE_VIOLATION',
      rule: 'OUTSIDE_PROJECT_PERIOD',
    });
    const noCountry = await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, kind: 'STUDY_VISIT' } });
    expect(noCountry.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'COUNTRY_REQUIRED' });
    expect(
      refusalOf(await t.gql('STEERING_GROUP', PLAN, { input: { ...KICK_OFF, kind: 'STUDY_VISIT', country: 'SE' } })),
    ).toBe('STUDY_VISIT_IN_SWEDEN');
    const early = await t.gql('STEERING_GROUP', RECORD, {
      input: { activityId, organisations: [{ organisation: 'FK', other: 2 }] },
    });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE_VIOLATION', rule: 'ACTIVITY_NOT_HELD' });
    expect(
      refusalOf(await t.gql('STEERING_GROUP', HOLD, { input: { activityId, heldOn: '2099-01-01', summary: 'x' } })),
    ).toBe('DATE_IN_FUTURE');
    expect(
      refusalOf(
        await t.gql('STEERING_GROUP', HOLD, { input: { activityId: 'no-such', heldOn: '2024-10-16', summary: 'x' } }),
      ),
    ).toBe('ACTIVITY_NOT_FOUND');
    expect(await storeHead(t)).toBe(before);
  });

  it('is held, and records participants by organisation and named participants, whose names come from the person directory', async () => {
    const held = await t.gql('FORUM_COORDINATOR', HOLD, {
      input: { activityId, heldOn: '2024-10-16', summary: 'Uppstart med alla sex forum.' },
    });
    expect(held.data.holdProjectActivity.activity).toMatchObject({
      status: 'HELD',
      heldOn: '2024-10-16',
      summary: 'Uppstart med alla sex forum.',
    });

    const bad = await t.gql('STEERING_GROUP', RECORD, {
      input: { activityId, organisations: [{ organisation: '556901-2345', managers: 1 }] },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['organisations.0.organisation']);
    const twice = await t.gql('STEERING_GROUP', RECORD, {
      input: {
        activityId,
        organisations: [
          { organisation: BOLAG, managers: 1 },
          { organisation: '5569012346', hr: 1 },
        ],
      },
    });
    expect(refusalOf(twice)).toBe('DUPLICATE_ORGANISATION');

    const recorded = await t.gql('STEERING_GROUP', RECORD, {
      input: {
        activityId,
        organisations: [
          { organisation: '5569012346', managers: 3, hr: 2 },
          { organisation: KOMMUN, managers: 4, hr: 1, other: 1 },
          { organisation: 'AV', other: 2 },
        ],
        namedParticipants: [
          { name: 'Fiktiv Föreläsare', organisation: 'Folkhälsomyndigheten', email: 'forelasare@example.se' },
        ],
      },
    });
    expect(recorded.errors).toBeUndefined();
    const { participants } = recorded.data.recordProjectActivityParticipants.activity;
    expect(participants).toMatchObject({
      organisations: 3,
      recordings: 1,
      totals: { managers: 7, hr: 3, other: 3, named: 1, total: 14 },
      byOrganisation: [
        { organisation: BOLAG, participants: { managers: 3, hr: 2, other: 0, total: 5 } },
        { organisation: KOMMUN, participants: { total: 6 } },
        { organisation: 'AV', participants: { total: 2 } },
      ],
      named: [{ name: 'Fiktiv Föreläsare', organisation: 'Folkhälsomyndigheten' }],
    });
    const personId = participants.named[0].personId;
    expect(t.app.get(PersonDirectory).find(personId)).toMatchObject({
      name: 'Fiktiv Föreläsare',
      email: 'forelasare@example.se',
    });

    const timeline = await t.gql(
      'AUDITOR',
      `{ timeline(filter: { module: "momentum" }) { edges { node { type data summary } } } }`,
    );
    const text = JSON.stringify(timeline.data.timeline.edges);
    expect(text).toContain(personId);
    expect(text).not.toContain('Fiktiv Föreläsare');
  });

  it('corrects the participants with a reason; the timeline keeps both lists', async () => {
    const corrected = {
      activityId,
      organisations: [
        { organisation: BOLAG, managers: 3, hr: 2 },
        { organisation: 'FK', other: 4 },
      ],
    };
    expect(refusalOf(await t.gql('STEERING_GROUP', RECORD, { input: corrected }))).toBe('REASON_REQUIRED');
    const res = await t.gql('STEERING_GROUP', RECORD, {
      input: { ...corrected, reason: 'Kommunens deltagare hörde till en annan aktivitet' },
    });
    expect(res.data.recordProjectActivityParticipants.activity.participants).toMatchObject({
      organisations: 2,
      recordings: 2,
      totals: { total: 9, named: 0 },
    });
    const timeline = await t.gql(
      'AUDITOR',
      `{ timeline(filter: { module: "momentum" }) { edges { node { type reason summary } } } }`,
    );
    const recordings = timeline.data.timeline.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.type === 'ParticipantsRecorded');
    expect(recordings).toHaveLength(2);
    expect(recordings.map((n: any) => n.reason).sort()).toEqual(
      ['Kommunens deltagare hörde till en annan aktivitet', null].sort(),
    );
  });

  it('is evaluated on 1–10 by no more respondents than took part', async () => {
    const half = await t.gql('STEERING_GROUP', EVALUATE, { input: { activityId, scale: 7.25, respondents: 5 } });
    expect(fieldsOf(half)).toEqual(['scale']);
    expect(
      refusalOf(await t.gql('STEERING_GROUP', EVALUATE, { input: { activityId, scale: 8.8, respondents: 10 } })),
    ).toBe('RESPONDENTS_EXCEED_PARTICIPANTS');
    const evaluated = await t.gql('KNOWLEDGE_GROUP', EVALUATE, { input: { activityId, scale: 8.8, respondents: 8 } });
    expect(evaluated.data.evaluateProjectActivity.activity.evaluation).toEqual({ scale: 8.8, respondents: 8 });
    expect(refusalOf(await t.gql('FK_CASEWORKER', EVALUATE, { input: { activityId, scale: 9, respondents: 8 } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('cancels a planned study visit by decision, and lists and reads for every content role', async () => {
    const visit = await t.gql('STEERING_GROUP', PLAN, {
      input: {
        kind: 'STUDY_VISIT',
        title: 'Studiebesök om arbetsinkludering',
        organiser: 'FK',
        date: '2025-09-10',
        place: 'Oslo',
        country: 'NO',
        expectedParticipants: 12,
      },
    });
    const visitId = visit.data.planProjectActivity.activity.id;
    const reason = 'Värdorganisationen fick förhinder';
    const cancelled = await expectCancelled(
      t,
      'STEERING_GROUP',
      CANCEL,
      { activityId: visitId },
      reason,
      (d) => d.cancelProjectActivity.activity,
    );
    expect(cancelled.country).toBe('NO');
    expect(refusalOf(await t.gql('STEERING_GROUP', CANCEL, { input: { activityId, reason: 'x' } }))).toBe(
      'ACTIVITY_NOT_PLANNED',
    );

    const list = async (role: string, filter: Record<string, unknown>) =>
      (
        await t.gql(
          role,
          `query($f: ProjectActivityFilterInput) { projectActivities(filter: $f) { edges { node { id } } } }`,
          { f: filter },
        )
      ).data?.projectActivities.edges.length;
    expect([
      await list('AUDITOR', {}),
      await list('FK_CASEWORKER', { kind: 'STUDY_VISIT' }),
      await list('AV_INSPECTOR', { status: 'HELD' }),
    ]).toEqual([2, 1, 1]);
    expect([
      await list('AUDITOR', { year: 2025 }),
      await list('AUDITOR', { year: 2024, kind: 'CONFERENCE' }),
      await list('AUDITOR', { year: 2026 }),
    ]).toEqual([1, 1, 0]);
    expect(refusalOf(await t.gql('DASHBOARD', `{ projectActivity(id: "${activityId}") { id } }`))).toBe('FORBIDDEN');
    const one = await t.gql('COLLABORATION_OFFICER', `{ projectActivity(id: "${visitId}") { id status } }`);
    expect(one.data.projectActivity).toEqual({ id: visitId, status: 'CANCELLED' });

    expect(await decisionsOf(t, 'momentum')).toEqual([
      { type: 'ActivityCancelled', reason: 'Värdorganisationen fick förhinder' },
    ]);
  });
});
