import { createClient, Client } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { ContentAccess, Role } from '@samverkan/auth';
import { esfCategories } from '@samverkan/audit';
import { EventCatalog } from '@samverkan/core';
import { accessMatrix } from '../../apps/api/src/security/access-matrix';
import { DRAFT, draft2025 } from '../support/plan-fixtures';
import { useTestApp } from '../support/test-app';
import { COMPILE, impulseAbout, reportImpulse, SEND, SOLBACKA } from '../support/tip-fixtures';

const ENTRY = 'stream module type contentHidden summary reason data corrects { reason } correctedBy { reason }';
const TIMELINE = `query($filter: TimelineFilterInput) { timeline(first: 100, filter: $filter) { edges { node { ${ENTRY} } } } }`;
const HISTORY = `query($stream: String!) { entityHistory(stream: $stream, first: 50) { edges { node { ${ENTRY} } } } }`;
const AS_OF =
  'query($stream: String!) { entityAsOf(stream: $stream) { stream contentHidden state people { id } actors { role } } }';
const EXPLAIN =
  'query($cell: FigureCellInput!) { explain(figure: "tipFunnel", cell: $cell) { stream type contentHidden summary } }';
/** What the impulse and tip say: none of it may reach a role refused `impulses` and `tips`. */
const CONTENT = /Solbacka|556901-2346|återgång i arbete|Saknar plan för återgång/;

/** One rule for who reads what, whatever the view: the audit views follow each module's own read queries. */
describe('The audit views show content by the module read rule', () => {
  const t = useTestApp();
  let impulseId: string;
  let tipId: string;
  const nodes = (res: any, field: string) => res.data[field].edges.map((e: any) => e.node);

  beforeAll(async () => {
    impulseId = await reportImpulse(t, impulseAbout(SOLBACKA));
    const tip = await t.gql('COLLABORATION_OFFICER', COMPILE, {
      input: { impulseIds: [impulseId], summary: 'Solbacka saknar plan för återgång i arbete' },
    });
    tipId = tip.data.compileTip.tip.id;
    await t.gql('COLLABORATION_OFFICER', SEND, { input: { tipId, sentOn: '2025-03-20' } });
    await t.gql('STEERING_GROUP', DRAFT, { input: draft2025 });
  }, 60_000);

  it('derives who reads each category from the @Roles of the queries that show it, for every category there is', () => {
    const access = t.app.get(ContentAccess);
    const roles = Object.fromEntries(accessMatrix(t.app).map((o) => [o.name, o.roles]));
    expect([...access.readersOf('tip')].sort()).toEqual([...roles.tip].sort());
    expect([...access.readersOf('impulse')].sort()).toEqual([...roles.impulse].sort());
    expect([...access.readersOf('plan')].sort()).toEqual([...roles.collaborationPlan].sort());
    const unread = t.app
      .get(EventCatalog)
      .categories()
      .filter(({ category }) => access.readersOf(category).size === 0);
    expect(unread).toEqual([]);
    expect(access.mayRead(Role.STEERING_GROUP, 'tip-x')).toBe(false);
    expect(access.mayRead(Role.AUDITOR, 'tip-x')).toBe(true);
    expect(access.mayRead(Role.AUDITOR, 'unknownCategory-x')).toBe(false);
  });

  it('shows the steering group that an impulse was reported and a tip sent, without what they say', async () => {
    const res = await t.gql('STEERING_GROUP', TIMELINE, { filter: { module: 'tips' } });
    expect(res.errors).toBeUndefined();
    const entries = nodes(res, 'timeline');
    expect(entries.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(['ImpulseReported', 'TipCompiled', 'TipSent']),
    );
    for (const e of entries)
      expect(e).toMatchObject({
        contentHidden: true,
        data: null,
        reason: null,
        summary: `${e.type} (innehållet visas inte för din roll)`,
      });
    expect(JSON.stringify(res)).not.toMatch(CONTENT);
  });

  it('hides the same content in the unfiltered timeline, in entity history and in time travel', async () => {
    const all = await t.gql('STEERING_GROUP', TIMELINE, {});
    expect(JSON.stringify(all)).not.toMatch(CONTENT);
    for (const stream of [`impulse-${impulseId}`, `tip-${tipId}`]) {
      const history = await t.gql('STEERING_GROUP', HISTORY, { stream });
      expect(nodes(history, 'entityHistory').length).toBeGreaterThan(0);
      expect(JSON.stringify(history)).not.toMatch(CONTENT);
      const asOf = await t.gql('STEERING_GROUP', AS_OF, { stream });
      expect(asOf.data.entityAsOf).toMatchObject({ stream, contentHidden: true, state: null, people: [] });
      expect(asOf.data.entityAsOf.actors.length).toBeGreaterThan(0);
      expect(JSON.stringify(asOf)).not.toMatch(CONTENT);
    }
  });

  it('shows the steering group the content of modules it may read, and the auditor everything', async () => {
    const plan = nodes(await t.gql('STEERING_GROUP', TIMELINE, { filter: { module: 'plan' } }), 'timeline');
    expect(plan[0]).toMatchObject({ contentHidden: false, data: expect.any(Object) });
    const tips = await t.gql('AUDITOR', TIMELINE, { filter: { module: 'tips' } });
    expect(nodes(tips, 'timeline').every((e: any) => !e.contentHidden && e.data)).toBe(true);
    expect(JSON.stringify(tips)).toMatch(/Solbacka/);
    const asOf = await t.gql('AUDITOR', AS_OF, { stream: `tip-${tipId}` });
    expect(asOf.data.entityAsOf).toMatchObject({ contentHidden: false, state: expect.any(Object) });
    expect(JSON.stringify(asOf)).toMatch(/556901/);
  });

  it('explains a dashboard count to the steering group with the events, not what they say', async () => {
    const cell = { year: 2025, measure: 'impulses' };
    const steering = (await t.gql('STEERING_GROUP', EXPLAIN, { cell })).data.explain;
    const auditor = (await t.gql('AUDITOR', EXPLAIN, { cell })).data.explain;
    expect(steering.length).toBe(auditor.length);
    expect(steering.length).toBeGreaterThan(0);
    expect(steering.every((e: any) => e.contentHidden)).toBe(true);
    expect(JSON.stringify(steering)).not.toMatch(CONTENT);
    expect(JSON.stringify(auditor)).toMatch(/Solbacka/);
  });

  it('reads the ESF report only from categories every role of the ESF views may read', () => {
    const access = t.app.get(ContentAccess);
    const roles = Object.fromEntries(accessMatrix(t.app).map((o) => [o.name, o.roles]));
    const catalog = t.app.get(EventCatalog);
    // Every category it reads: its reporters' and those of the modules whose decisions it lists (the plan's too).
    const reported = esfCategories(catalog);
    expect(reported).toEqual(expect.arrayContaining(['forumMeeting', 'knowledgeGroup', 'projectActivity', 'plan']));
    for (const view of ['esfReport', 'esfReportAmendments', 'esfSeals']) {
      for (const category of reported) {
        expect({ view, category, refused: roles[view].filter((r) => !access.readersOf(category).has(r)) }).toEqual({
          view,
          category,
          refused: [],
        });
      }
    }
  });

  it("refuses AV a sent tip's impulses, which it may not read through `impulses` either, and keeps their ids", async () => {
    const query = `query($id: String!) { tip(id: $id) { id impulseIds impulses { description reportedBy { name } } } }`;
    const av = await t.gql('AV_INSPECTOR', query, { id: tipId });
    expect(av.errors?.map((e: any) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(av)).not.toMatch(CONTENT);
    const list = await t.gql(
      'AV_INSPECTOR',
      '{ tips(first: 10) { edges { node { id impulseIds impulses { id } } } } }',
    );
    expect(list.errors?.map((e: any) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const ids = await t.gql('AV_INSPECTOR', `query($id: String!) { tip(id: $id) { impulseIds } }`, { id: tipId });
    expect(ids.data.tip.impulseIds).toEqual([impulseId]);
    const officer = await t.gql('COLLABORATION_OFFICER', query, { id: tipId });
    expect(officer.data.tip.impulses).toHaveLength(1);
  });

  it("names an obligation's owing entity only to roles that may read it: the steering group sees that AV owes an outcome, not for which employer", async () => {
    const query =
      '{ obligations(first: 50, filter: { module: tips }) { edges { node { id title sourceStream owner dueOn } } } }';
    const steering = nodes(await t.gql('STEERING_GROUP', query), 'obligations');
    expect(steering).toEqual([
      expect.objectContaining({ id: `tipOutcome_${tipId}`, title: 'AV:s utfall för ett skickat tips', owner: 'AV' }),
    ]);
    for (const role of ['STEERING_GROUP', 'FORUM_COORDINATOR'] as const)
      expect(JSON.stringify(await t.gql(role, query))).not.toMatch(CONTENT);
    const officer = nodes(await t.gql('COLLABORATION_OFFICER', query), 'obligations');
    expect(officer[0].title).toMatch(/Solbacka/);
  });

  describe('over the live subscription', () => {
    const clients: Client[] = [];
    afterAll(() => Promise.all(clients.map((c) => c.dispose())));

    it('pushes the steering group a new impulse without its content, and the auditor with it', async () => {
      await t.app.listen(0);
      const url = `ws://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
      const first = (role: 'STEERING_GROUP' | 'AUDITOR') => {
        const c = createClient({
          url,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${t.tokens[role]}` },
          retryAttempts: 0,
        });
        clients.push(c);
        return new Promise<any>((resolve) => {
          c.subscribe(
            { query: `subscription { timelineAppended(filter: { module: "tips" }) { ${ENTRY} } }` },
            {
              next: (v) => resolve(v),
              error: (e) => resolve({ error: e }),
              complete: () => undefined,
            },
          );
        });
      };
      const steering = first('STEERING_GROUP');
      const auditor = first('AUDITOR');
      await new Promise((r) => setTimeout(r, 300));
      await reportImpulse(t, impulseAbout(SOLBACKA, { reportedOn: '2025-04-01' }));
      const [s, a] = await Promise.all([steering, auditor]);
      expect(s.data.timelineAppended).toMatchObject({ type: 'ImpulseReported', contentHidden: true, data: null });
      expect(JSON.stringify(s)).not.toMatch(CONTENT);
      expect(a.data.timelineAppended).toMatchObject({ type: 'ImpulseReported', contentHidden: false });
      expect(JSON.stringify(a)).toMatch(/Solbacka/);
    });
  });
});
