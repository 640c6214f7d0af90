import { refusalOf, useTestApp } from '../support/test-app';
import {
  FINDINGS,
  kommun,
  launchedCampaign,
  RECORD_INSPECTION,
  workplaceInspection,
} from '../support/supervision-fixtures';
import { commandMutation } from '../support/command-mutation';
import { decisionsOf, expectCancelled } from '../support/decisions';

const MEETING = `id area kind status plannedOn heldOn employerParticipants cancellationReason audiences
  employers { organisationNumber name } topics { title citedInspectionId } participants { personId name agency }
  outcomes { outcomeId description followUpBy done followUps { note done } }`;
const SELECT = commandMutation(
  'selectEmployerForDialogue',
  'SelectEmployerInput',
  'selection { id area year employers { organisationNumber name reason criteria { criterion value rationale } } }',
);
const DESELECT = commandMutation(
  'deselectEmployerForDialogue',
  'DeselectEmployerInput',
  'selection { employers { organisationNumber } }',
);
const PLAN = commandMutation('planDialogueMeeting', 'PlanDialogueMeetingInput', `meeting { ${MEETING} }`);
const PARTICIPANTS = commandMutation(
  'recordDialogueParticipants',
  'RecordDialogueParticipantsInput',
  `meeting { ${MEETING} }`,
);
const HOLD = commandMutation('holdDialogueMeeting', 'HoldDialogueMeetingInput', `meeting { ${MEETING} }`);
const CANCEL = commandMutation('cancelDialogueMeeting', 'CancelDialogueMeetingInput', `meeting { ${MEETING} }`);
const OUTCOMES = commandMutation('recordDialogueOutcomes', 'RecordDialogueOutcomesInput', `meeting { ${MEETING} }`);
const FOLLOW_UP = commandMutation('recordDialogueFollowUp', 'RecordDialogueFollowUpInput', `meeting { ${MEETING} }`);

const FK = 'COLLABORATION_OFFICER';
const AV = 'AV_INSPECTOR';
const vardbolag = { organisationNumber: '556074-3089', name: 'Omsorg i Syd AB' };
const illHealth = { criterion: 'ILL_HEALTH_RATE', value: 'ohälsotal 16,1 dagar', rationale: 'Klart över länets snitt' };

/** A targeted dialogue in Skåne from selection to followed-up outcomes, and the coverage figure. */
describe('Dialogue meetings', () => {
  const t = useTestApp();
  let meetingId: string;
  let inspectionId: string;

  beforeAll(async () => {
    const campaignId = await launchedCampaign(t);
    const inspection = await t.gql(AV, RECORD_INSPECTION, { input: workplaceInspection(campaignId) });
    inspectionId = inspection.data.recordInspection.inspection.id;
    await t.gql(AV, FINDINGS, {
      input: {
        inspectionId,
        findings: [{ area: 'Rehabilitering', description: 'Rutin saknas', systemDeficiency: true }],
      },
    });
  });

  it('selects employers per area as a decision, with a criterion, its value and rationale', async () => {
    const selected = await t.gql(FK, SELECT, {
      input: {
        area: 'Skåne',
        year: 2025,
        employer: kommun,
        criteria: [illHealth],
        reason: 'Högt ohälsotal och brister i tillsynen',
      },
    });
    expect(selected.errors).toBeUndefined();
    expect(selected.data.selectEmployerForDialogue.selection).toMatchObject({
      id: 'skane_2025',
      area: 'Skåne',
      year: 2025,
      employers: [{ ...kommun, reason: 'Högt ohälsotal och brister i tillsynen', criteria: [illHealth] }],
    });
    const noValue = await t.gql(AV, SELECT, {
      input: { area: 'Skåne', year: 2025, employer: vardbolag, criteria: [{ ...illHealth, value: ' ' }], reason: 'x' },
    });
    expect(refusalOf(noValue)).toMatch(/INVALID_CRITERION|BAD_USER_INPUT/);
    const noCriteria = await t.gql(AV, SELECT, {
      input: { area: 'Skåne', year: 2025, employer: vardbolag, criteria: [], reason: 'x' },
    });
    expect(noCriteria.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      refusalOf(
        await t.gql(AV, SELECT, {
          input: { area: 'Skåne', year: 2025, employer: kommun, criteria: [illHealth], reason: 'igen' },
        }),
      ),
    ).toBe('ALREADY_SELECTED');
    expect(
      refusalOf(
        await t.gql('FK_CASEWORKER', SELECT, {
          input: { area: 'Skåne', year: 2025, employer: vardbolag, criteria: [illHealth], reason: 'x' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const unknownArea = await t.gql(FK, SELECT, {
      input: { area: 'Atlantis', year: 2025, employer: vardbolag, criteria: [illHealth], reason: 'x' },
    });
    expect(unknownArea.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'area' }] });
  });

  it('plans a targeted dialogue only with selected employers, citing only inspections of them', async () => {
    const base = { area: 'Skåne', kind: 'TARGETED', plannedOn: '2025-11-12', audiences: ['HR', 'MANAGERS'] };
    expect(refusalOf(await t.gql(FK, PLAN, { input: { ...base, employers: [vardbolag] } }))).toBe(
      'EMPLOYER_NOT_SELECTED',
    );
    expect(
      refusalOf(
        await t.gql(FK, PLAN, {
          input: {
            ...base,
            employers: [kommun],
            topics: [{ title: 'Tillsynens fynd', citedInspectionId: 'no-such-inspection' }],
          },
        }),
      ),
    ).toBe('CITED_INSPECTION_NOT_FOUND');

    await t.gql(AV, SELECT, {
      input: {
        area: 'Skåne',
        year: 2025,
        employer: vardbolag,
        criteria: [{ criterion: 'SIZE', value: '1 400 anställda', rationale: 'Stor arbetsgivare i hemtjänsten' }],
        reason: 'Storlek',
      },
    });
    expect(
      refusalOf(
        await t.gql(FK, PLAN, {
          input: { ...base, employers: [vardbolag], topics: [{ title: 'Fynd', citedInspectionId: inspectionId }] },
        }),
      ),
    ).toBe('CITED_INSPECTION_OTHER_EMPLOYER');

    const planned = await t.gql(FK, PLAN, {
      input: {
        ...base,
        employers: [kommun],
        topics: [{ title: 'Rutiner för rehabilitering efter tillsynen', citedInspectionId: inspectionId }],
      },
    });
    expect(planned.errors).toBeUndefined();
    meetingId = planned.data.planDialogueMeeting.meeting.id;
    expect(planned.data.planDialogueMeeting.meeting).toMatchObject({
      status: 'PLANNED',
      kind: 'TARGETED',
      topics: [{ citedInspectionId: inspectionId }],
    });
  });

  it('holds a dialogue only with both agencies present, then outcomes, then follow-ups', async () => {
    expect(refusalOf(await t.gql(FK, OUTCOMES, { input: { meetingId, outcomes: [{ description: 'x' }] } }))).toBe(
      'OUTCOMES_BEFORE_HELD',
    );
    await t.gql(FK, PARTICIPANTS, { input: { meetingId, others: [{ name: 'Fredrik FK', agency: 'FK' }] } });
    const onlyFk = await t.gql(FK, HOLD, { input: { meetingId, heldOn: '2025-11-12', employerParticipants: 8 } });
    expect(onlyFk.errors?.[0].extensions).toMatchObject({
      rule: 'BOTH_AGENCIES_REQUIRED',
      details: { missing: ['AV'] },
    });
    await t.gql(AV, PARTICIPANTS, { input: { meetingId } });
    const held = await t.gql(AV, HOLD, { input: { meetingId, heldOn: '2025-11-12', employerParticipants: 8 } });
    expect(held.data.holdDialogueMeeting.meeting).toMatchObject({ status: 'HELD', employerParticipants: 8 });
    expect(held.data.holdDialogueMeeting.meeting.participants.map((p: any) => p.agency).sort()).toEqual([
      'AV',
      'FK',
      'FK',
    ]);

    const outcomes = await t.gql(FK, OUTCOMES, {
      input: {
        meetingId,
        recordedOn: '2025-11-14',
        outcomes: [
          { description: 'Kommunen tar fram en rehabiliteringsrutin', followUpBy: '2026-03-01' },
          { description: 'Chefsutbildning om arbetsanpassning' },
        ],
      },
    });
    const [first, second] = outcomes.data.recordDialogueOutcomes.meeting.outcomes;
    expect(
      refusalOf(await t.gql(FK, FOLLOW_UP, { input: { meetingId, outcomeId: 'unknown', note: 'x', done: true } })),
    ).toBe('OUTCOME_NOT_FOUND');
    const followed = await t.gql(AV, FOLLOW_UP, {
      input: {
        meetingId,
        outcomeId: first.outcomeId,
        followedUpOn: '2026-02-20',
        note: 'Rutinen är antagen',
        done: true,
      },
    });
    expect(followed.data.recordDialogueFollowUp.meeting.outcomes).toMatchObject([
      { outcomeId: first.outcomeId, done: true, followUps: [{ note: 'Rutinen är antagen', done: true }] },
      { outcomeId: second.outcomeId, done: false, followUps: [] },
    ]);
  });

  it('cancels a planned dialogue as a decision; the leadership dialogue needs no selection', async () => {
    const leadership = await t.gql('STEERING_GROUP', PLAN, {
      input: {
        area: 'Stockholm',
        kind: 'LEADERSHIP',
        plannedOn: '2025-10-15',
        audiences: ['SENIOR_MANAGEMENT'],
        employers: [{ organisationNumber: '212000-0142', name: 'Storstads kommun' }],
        topics: [{ title: 'Arbetsmiljö och rehabilitering i välfärdsyrkena' }],
      },
    });
    expect(leadership.errors).toBeUndefined();
    expect(
      refusalOf(
        await t.gql('STEERING_GROUP', PLAN, {
          input: { area: 'Skåne', kind: 'TARGETED', plannedOn: '2025-12-01', audiences: ['HR'], employers: [kommun] },
        }),
      ),
    ).toBe('FORBIDDEN');

    const id = leadership.data.planDialogueMeeting.meeting.id;
    const reason = 'Flyttas till våren på kommundirektörernas begäran';
    await expectCancelled(
      t,
      'STEERING_GROUP',
      CANCEL,
      { meetingId: id },
      reason,
      (d) => d.cancelDialogueMeeting.meeting,
    );
    expect(refusalOf(await t.gql(FK, HOLD, { input: { meetingId: id, employerParticipants: 1 } }))).toMatch(
      /DIALOGUE_MEETING_NOT_PLANNED/,
    );

    const deselected = await t.gql(FK, DESELECT, {
      input: {
        area: 'Skåne',
        year: 2025,
        organisationNumber: vardbolag.organisationNumber,
        reason: 'Dialog sker i stället inom forum Syd',
      },
    });
    expect(deselected.data.deselectEmployerForDialogue.selection.employers).toEqual([
      { organisationNumber: kommun.organisationNumber },
    ]);

    expect((await decisionsOf(t, 'dialogue')).map((d) => d.type).sort()).toEqual([
      'DialogueMeetingCancelled',
      'EmployerDeselected',
      'EmployerSelected',
      'EmployerSelected',
    ]);
  });

  it('lists dialogues by area, status, employer and period, and reads the coverage per area', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (
        await t.gql(
          'AUDITOR',
          `query($f: DialogueMeetingFilterInput) { dialogueMeetings(filter: $f) { edges { node { id area status } } } }`,
          { f: filter },
        )
      ).data.dialogueMeetings.edges.map((e: any) => e.node);
    expect(await list({ area: 'Skåne' })).toEqual([{ id: meetingId, area: 'Skåne', status: 'HELD' }]);
    expect(await list({ status: 'CANCELLED' })).toEqual([expect.objectContaining({ area: 'Stockholm' })]);
    expect(await list({ employer: '2120001355' })).toEqual([expect.objectContaining({ id: meetingId })]);
    expect(await list({ from: '2025-11-01', to: '2025-11-30' })).toEqual([expect.objectContaining({ id: meetingId })]);

    const cell = '{ value }';
    const coverage = await t.gql(
      'AUDITOR',
      `{ dialogueCoverage(year: 2025) { area employersSelected ${cell} meetingsHeld ${cell}
      meetingsCancelled ${cell} outcomes ${cell} outcomesFollowedUp ${cell} suppressed } }`,
    );
    const v = (value: number) => ({ value });
    expect(coverage.data.dialogueCoverage).toEqual([
      {
        area: 'Skåne',
        employersSelected: v(1),
        meetingsHeld: v(1),
        meetingsCancelled: v(0),
        outcomes: v(2),
        outcomesFollowedUp: v(1),
        suppressed: false,
      },
      {
        area: 'Stockholm',
        employersSelected: v(0),
        meetingsHeld: v(0),
        meetingsCancelled: v(1),
        outcomes: v(0),
        outcomesFollowedUp: v(0),
        suppressed: false,
      },
    ]);
    // Areas are regions: the dashboard sees counts of 1–4 as suppressed, zeros as they are.
    const full = '{ value suppressed display }';
    const dashboard = await t.gql(
      'DASHBOARD',
      `{ dialogueCoverage(year: 2025) { area employersSelected ${full} meetingsHeld ${full} outcomes ${full} suppressed } }`,
    );
    const small = { value: null, suppressed: true, display: 'färre än 5' };
    expect(dashboard.data.dialogueCoverage[0]).toEqual({
      area: 'Skåne',
      employersSelected: small,
      meetingsHeld: small,
      outcomes: small,
      suppressed: true,
    });
    const zero = { value: 0, suppressed: false, display: '0' };
    // Stockholm's one cancelled meeting is suppressed.
    expect(dashboard.data.dialogueCoverage[1]).toEqual({
      area: 'Stockholm',
      employersSelected: zero,
      meetingsHeld: zero,
      outcomes: zero,
      suppressed: true,
    });
  });
});
