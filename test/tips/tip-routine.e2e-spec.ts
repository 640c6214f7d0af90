import { randomUUID } from 'node:crypto';
import { CommandPipeline } from '@samverkan/core';
import { TestApp, useTestApp } from '../support/test-app';
import {
  ADD_TO_TIP,
  BYGGSTOMMEN,
  COMPILE,
  DISMISS,
  OUTCOME,
  RECEIVE,
  REMOVE_FROM_TIP,
  REPORT,
  SEND,
  SOLBACKA,
  TIP,
  impulseAbout,
  reportImpulse,
  storeHead,
} from '../support/tip-fixtures';

const TIMELINE = `query($filter: TimelineFilterInput) { timeline(filter: $filter, first: 100) {
  edges { node { stream type kind reason summary actor { id organisation role } } } } }`;

describe('The tip routine through GraphQL', () => {
  const t = useTestApp();

  it('takes impulses to a tip, to AV, to an outcome, and shows each step with who and why', async () => {
    const first = await reportImpulse(t, impulseAbout(SOLBACKA));
    const second = await reportImpulse(
      t,
      impulseAbout({ ...SOLBACKA, organisationNumber: '5569012346' }, { deficiency: 'NO_WORK_ADAPTATION' }),
    );

    const compiled = await t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [first, second], summary: 'Två impulser om uteblivna planer för återgång i arbete.' },
    });
    expect(compiled.errors).toBeUndefined();
    const tip = compiled.data.compileTip.tip;
    expect(tip).toMatchObject({
      status: 'DRAFT',
      employer: SOLBACKA,
      region: 'Västra Götaland',
      industry: { code: '88.101', section: 'Q' },
    });
    expect(tip.impulses).toEqual([
      { id: first, status: 'IN_TIP', tipId: tip.id },
      { id: second, status: 'IN_TIP', tipId: tip.id },
    ]);

    const sent = await t.gql('COLLABORATION_OFFICER', SEND, { input: { tipId: tip.id, sentOn: '2025-03-20' } });
    expect(sent.data.sendTip.tip).toMatchObject({ status: 'SENT', sentOn: '2025-03-20' });
    const received = await t.gql('AV_INSPECTOR', RECEIVE, {
      input: { tipId: tip.id, receivedOn: '2025-03-21', avDiaryNumber: '2025/012345' },
    });
    expect(received.data.recordTipReceipt.tip).toMatchObject({ status: 'RECEIVED', avDiaryNumber: '2025/012345' });
    const acted = await t.gql('AV_INSPECTOR', OUTCOME, {
      input: {
        tipId: tip.id,
        outcome: 'DIRECT_ACTION',
        action: 'INSPECTION',
        decidedOn: '2025-04-15',
        note: 'Inspektion bokad',
      },
    });
    expect(acted.errors).toBeUndefined();

    const read = await t.gql('AUDITOR', TIP, { id: tip.id });
    expect(read.data.tip.outcomes).toEqual([
      {
        kind: 'DIRECT_ACTION',
        action: 'INSPECTION',
        noActionReason: null,
        reason: null,
        note: 'Inspektion bokad',
        decidedOn: '2025-04-15',
        recordedBy: { id: 'dev-av-inspector', name: 'Demo av_inspector' },
      },
    ]);

    const history = await t.gql(
      'AUDITOR',
      `{ entityHistory(stream: "tip-${tip.id}", first: 50) { edges { node { type actor { role organisation } } } } }`,
    );
    expect(
      history.data.entityHistory.edges.map((e: any) => [e.node.type, e.node.actor.role, e.node.actor.organisation]),
    ).toEqual([
      ['TipCompiled', 'COLLABORATION_OFFICER', 'FK'],
      ['TipSent', 'COLLABORATION_OFFICER', 'FK'],
      ['TipReceived', 'AV_INSPECTOR', 'AV'],
      ['DirectActionRecorded', 'AV_INSPECTOR', 'AV'],
    ]);
    const impulseSteps = await t.gql('AUDITOR', TIMELINE, { filter: { stream: `impulse-${first}` } });
    expect(impulseSteps.data.timeline.edges.map((e: any) => e.node.type)).toEqual([
      'ImpulseReported',
      'ImpulseJoinedTip',
    ]);
    expect(impulseSteps.data.timeline.edges[0].node.summary).toMatch(/Solbacka Omsorg AB/);
  });

  it('records a dismissal and a no-action as decisions with their reasons in the timeline', async () => {
    const dismissed = await reportImpulse(t, impulseAbout(BYGGSTOMMEN, { industry: '41.200' }));
    const noReason = await t.gql('COLLABORATION_OFFICER', DISMISS, { input: { impulseId: dismissed, reason: ' ' } });
    expect(noReason.errors?.[0].extensions?.rule).toBe('REASON_REQUIRED');
    const reason = 'Enstaka händelse; arbetsgivaren har rättat till bristen.';
    const ok = await t.gql('COLLABORATION_OFFICER', DISMISS, {
      input: { impulseId: dismissed, reason, dismissedOn: '2025-03-12' },
    });
    expect(ok.data.dismissImpulse.impulse).toMatchObject({
      status: 'DISMISSED',
      dismissal: { reason, dismissedOn: '2025-03-12' },
    });

    const tipId = await sentAndReceivedTip(t);
    const withoutReason = await t.gql('AV_INSPECTOR', OUTCOME, {
      input: { tipId, outcome: 'NO_ACTION', noActionReason: 'PRIORITISED_ELSEWHERE' },
    });
    expect(withoutReason.errors?.[0].extensions?.rule).toBe('REASON_REQUIRED');
    const noAction = await t.gql('AV_INSPECTOR', OUTCOME, {
      input: {
        tipId,
        outcome: 'NO_ACTION',
        noActionReason: 'PRIORITISED_ELSEWHERE',
        reason: 'Andra ärenden prioriteras.',
      },
    });
    expect(noAction.data.recordTipOutcome.tip.outcomes[0]).toMatchObject({
      kind: 'NO_ACTION',
      noActionReason: 'PRIORITISED_ELSEWHERE',
    });

    const decisions = await t.gql('AUDITOR', TIMELINE, { filter: { module: 'tips', kind: 'decision' } });
    expect(
      decisions.data.timeline.edges.map((e: any) => [e.node.type, e.node.reason, e.node.actor.organisation]),
    ).toEqual([
      ['ImpulseDismissed', reason, 'FK'],
      ['NoActionRecorded', 'Andra ärenden prioriteras.', 'AV'],
    ]);
  });

  it('refuses an impulse about another employer in a tip, and appends nothing', async () => {
    const solbacka = await reportImpulse(t, impulseAbout(SOLBACKA));
    const bygg = await reportImpulse(t, impulseAbout(BYGGSTOMMEN, { industry: '41.200' }));
    const before = await storeHead(t);
    const res = await t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [solbacka, bygg], summary: 'Blandat' },
    });
    expect(res.errors?.[0].extensions?.rule).toBe('TIP_EMPLOYER_MISMATCH');
    expect(await storeHead(t)).toBe(before);
    const impulse = await t.gql('COLLABORATION_OFFICER', `{ impulse(id: "${solbacka}") { status tipId } }`);
    expect(impulse.data.impulse).toEqual({ status: 'OPEN', tipId: null });
  });

  it('lets an impulse join one tip only', async () => {
    const impulse = await reportImpulse(t, impulseAbout(SOLBACKA));
    const tip = await t.gql('COLLABORATION_OFFICER', COMPILE, { input: { impulseIds: [impulse], summary: 'Första' } });
    const before = await storeHead(t);
    const again = await t.gql('COLLABORATION_OFFICER', COMPILE, { input: { impulseIds: [impulse], summary: 'Andra' } });
    expect(again.errors?.[0].extensions?.rule).toBe('IMPULSE_ALREADY_IN_TIP');
    const dismissal = await t.gql('COLLABORATION_OFFICER', DISMISS, {
      input: { impulseId: impulse, reason: 'Dubblett' },
    });
    expect(dismissal.errors?.[0].extensions?.rule).toBe('IMPULSE_ALREADY_IN_TIP');
    expect(await storeHead(t)).toBe(before);

    // Taken out of the draft, it is open again and may join another tip.
    const other = await reportImpulse(t, impulseAbout(SOLBACKA));
    const tipId = tip.data.compileTip.tip.id;
    await t.gql('COLLABORATION_OFFICER', ADD_TO_TIP, { input: { tipId, impulseId: other } });
    const removed = await t.gql('COLLABORATION_OFFICER', REMOVE_FROM_TIP, { input: { tipId, impulseId: impulse } });
    expect(removed.data.removeImpulseFromTip.tip.impulseIds).toEqual([other]);
    const next = await t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [impulse], summary: 'Nytt tips' },
    });
    expect(next.errors).toBeUndefined();
  });

  it('keeps every impulse in at most one tip when two officers bundle the same impulses at once', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await reportImpulse(t, impulseAbout(SOLBACKA));
      const b = await reportImpulse(t, impulseAbout(SOLBACKA));
      const results = await Promise.all([
        t.gql('COLLABORATION_OFFICER', COMPILE, { input: { impulseIds: [a, b], summary: 'Officer 1' } }),
        t.gql('COLLABORATION_OFFICER', COMPILE, { input: { impulseIds: [b], summary: 'Officer 2' } }),
      ]);
      const winners = results.filter((r) => !r.errors).map((r) => r.data.compileTip.tip);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((r) => r.errors![0].extensions?.rule)).toEqual(['IMPULSE_ALREADY_IN_TIP']);
      // What the winning tip lists is exactly what points at it; an impulse it does not list is open.
      const impulses = await Promise.all(
        [a, b].map((id) => t.gql('COLLABORATION_OFFICER', `{ impulse(id: "${id}") { id status tipId } }`)),
      );
      for (const { data } of impulses) {
        const listed = winners[0].impulseIds.includes(data.impulse.id);
        expect(data.impulse).toEqual(
          listed
            ? { id: data.impulse.id, status: 'IN_TIP', tipId: winners[0].id }
            : { id: data.impulse.id, status: 'OPEN', tipId: null },
        );
      }
    }
  });

  it('undoes its joins, visibly, when another officer takes an impulse between the check and the write', async () => {
    const a = await reportImpulse(t, impulseAbout(SOLBACKA));
    const b = await reportImpulse(t, impulseAbout(SOLBACKA));
    const pipeline = t.app.get(CommandPipeline);
    const send = pipeline.send.bind(pipeline);
    let raced = false;
    const spy = jest.spyOn(pipeline, 'send').mockImplementation(async (endpoint, request, sender, options) => {
      const join = request as { type: string; data: { impulseId?: string } };
      if (!raced && join.type === 'JoinTip' && join.data.impulseId === b) {
        raced = true;
        const other = await t.gql('COLLABORATION_OFFICER', COMPILE, {
          input: { impulseIds: [b], summary: 'Hann först' },
        });
        expect(other.errors).toBeUndefined();
      }
      return send(endpoint, request, sender, options);
    });
    try {
      const res = await t.gql('COLLABORATION_OFFICER', COMPILE, { input: { impulseIds: [a, b], summary: 'Kom sist' } });
      expect(res.errors?.[0].extensions?.rule).toBe('IMPULSE_ALREADY_IN_TIP');
    } finally {
      spy.mockRestore();
    }
    const impulse = await t.gql('COLLABORATION_OFFICER', `{ impulse(id: "${a}") { status tipId } }`);
    expect(impulse.data.impulse).toEqual({ status: 'OPEN', tipId: null });
    const steps = await t.gql('AUDITOR', TIMELINE, { filter: { stream: `impulse-${a}` } });
    expect(steps.data.timeline.edges.map((e: any) => e.node.type)).toEqual([
      'ImpulseReported',
      'ImpulseJoinedTip',
      'ImpulseLeftTip',
    ]);
    expect(steps.data.timeline.edges[2].node.summary).toMatch(/IMPULSE_ALREADY_IN_TIP/);
  });

  it('records outcomes only after the tip was sent and received', async () => {
    const impulse = await reportImpulse(t, impulseAbout(SOLBACKA));
    const tip = await t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [impulse], summary: 'Ett tips' },
    });
    const tipId = tip.data.compileTip.tip.id;
    const early = await t.gql('AV_INSPECTOR', OUTCOME, { input: { tipId, outcome: 'INDIRECT_USE' } });
    expect(early.errors?.[0].extensions?.rule).toBe('TIP_NOT_SENT');
    await t.gql('COLLABORATION_OFFICER', SEND, { input: { tipId } });
    const unreceived = await t.gql('AV_INSPECTOR', OUTCOME, { input: { tipId, outcome: 'INDIRECT_USE' } });
    expect(unreceived.errors?.[0].extensions?.rule).toBe('TIP_NOT_RECEIVED');
  });

  it('names the missing action or reason code of an outcome as a field error', async () => {
    const tipId = await sentAndReceivedTip(t);
    const before = await storeHead(t);
    const direct = await t.gql('AV_INSPECTOR', OUTCOME, { input: { tipId, outcome: 'DIRECT_ACTION' } });
    expect(direct.errors?.[0].extensions?.fields).toEqual([
      { field: 'action', messages: [expect.stringMatching(/required/)] },
    ]);
    const none = await t.gql('AV_INSPECTOR', OUTCOME, {
      input: { tipId, outcome: 'NO_ACTION', reason: 'Prioriteras bort' },
    });
    expect(none.errors?.[0].extensions?.fields).toEqual([
      { field: 'noActionReason', messages: [expect.stringMatching(/required/)] },
    ]);
    expect(await storeHead(t)).toBe(before);
  });

  it('answers a retried compileTip with the same tip and appends nothing', async () => {
    const impulse = await reportImpulse(t, impulseAbout(SOLBACKA));
    const input = { impulseIds: [impulse], summary: 'Ett tips', commandId: randomUUID() };
    const first = await t.gql('COLLABORATION_OFFICER', COMPILE, { input });
    const before = await storeHead(t);
    const retry = await t.gql('COLLABORATION_OFFICER', COMPILE, { input });
    expect(retry.data.compileTip).toMatchObject({ replayed: true, tip: { id: first.data.compileTip.tip.id } });
    expect(await storeHead(t)).toBe(before);
  });

  it.each([
    ['FK_CASEWORKER', COMPILE, { impulseIds: [randomUUID()], summary: 'x' }],
    ['AV_INSPECTOR', SEND, { tipId: randomUUID() }],
    ['COLLABORATION_OFFICER', REPORT, impulseAbout(SOLBACKA)],
    ['STEERING_GROUP', REPORT, impulseAbout(SOLBACKA)],
    ['COLLABORATION_OFFICER', OUTCOME, { tipId: randomUUID(), outcome: 'INDIRECT_USE' }],
    ['DASHBOARD', DISMISS, { impulseId: randomUUID(), reason: 'x' }],
  ])('refuses %s the step it does not own as FORBIDDEN', async (role, document, input) => {
    const res = await t.gql(role, document, { input });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows AV only tips that were sent, and a caseworker only the impulses they reported', async () => {
    const impulse = await reportImpulse(t, impulseAbout(SOLBACKA));
    const draft = await t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [impulse], summary: 'Utkast' },
    });
    const draftId = draft.data.compileTip.tip.id;
    expect((await t.gql('AV_INSPECTOR', TIP, { id: draftId })).errors?.[0].extensions?.rule).toBe('TIP_NOT_FOUND');
    const avList = await t.gql('AV_INSPECTOR', `{ tips(first: 500) { edges { node { id status } } } }`);
    expect(avList.data.tips.edges.map((e: any) => e.node.status)).not.toContain('DRAFT');
    expect(avList.data.tips.edges.length).toBeGreaterThan(0);

    const own = await t.gql('FK_CASEWORKER', `{ impulses(first: 500) { edges { node { reportedBy { id } } } } }`);
    expect(new Set(own.data.impulses.edges.map((e: any) => e.node.reportedBy.id))).toEqual(
      new Set(['dev-fk-caseworker']),
    );
  });

  it('filters and pages impulses and tips', async () => {
    const open = await t.gql(
      'COLLABORATION_OFFICER',
      `{ impulses(first: 2, filter: { status: OPEN, organisationNumber: "5569012346" }) {
      edges { node { status employer { organisationNumber } } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(open.errors).toBeUndefined();
    const nodes = open.data.impulses.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(node).toEqual({ status: 'OPEN', employer: { organisationNumber: '556901-2346' } });

    const all = await t.gql(
      'COLLABORATION_OFFICER',
      `{ impulses(first: 500, filter: { industry: "Q" }) { edges { node { id industry { section } } } } }`,
    );
    const firstPage = await t.gql(
      'COLLABORATION_OFFICER',
      `{ impulses(first: 2, filter: { industry: "Q" }) { edges { node { id } } pageInfo { endCursor } } }`,
    );
    const cursor = firstPage.data.impulses.pageInfo.endCursor;
    const secondPage = await t.gql(
      'COLLABORATION_OFFICER',
      `{ impulses(first: 2, after: "${cursor}", filter: { industry: "Q" }) { edges { node { id } } } }`,
    );
    const ids = all.data.impulses.edges.map((e: any) => e.node.id);
    expect([...firstPage.data.impulses.edges, ...secondPage.data.impulses.edges].map((e: any) => e.node.id)).toEqual(
      ids.slice(0, 4),
    );
    expect(new Set(all.data.impulses.edges.map((e: any) => e.node.industry.section))).toEqual(new Set(['Q']));

    const sentTips = await t.gql(
      'AUDITOR',
      `{ tips(first: 50, filter: { status: RECEIVED, region: "Västra Götaland", from: "2025-01-01", to: "2025-12-31" }) {
      edges { node { status region sentOn } } } }`,
    );
    expect(sentTips.data.tips.edges.length).toBeGreaterThan(0);
    for (const e of sentTips.data.tips.edges)
      expect(e.node).toMatchObject({ status: 'RECEIVED', region: 'Västra Götaland' });
  });
});

async function sentAndReceivedTip(t: TestApp): Promise<string> {
  const impulse = await reportImpulse(t, impulseAbout(SOLBACKA));
  const tip = await t.gql('COLLABORATION_OFFICER', COMPILE, { input: { impulseIds: [impulse], summary: 'Ett tips' } });
  const tipId = tip.data.compileTip.tip.id as string;
  await t.gql('COLLABORATION_OFFICER', SEND, { input: { tipId, sentOn: '2025-03-20' } });
  await t.gql('AV_INSPECTOR', RECEIVE, { input: { tipId, receivedOn: '2025-03-21' } });
  return tipId;
}
