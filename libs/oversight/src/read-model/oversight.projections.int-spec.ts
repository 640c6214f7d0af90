import Database from 'better-sqlite3';
import { openObligations, yearSources } from './oversight.queries';
import { EventCatalog } from '@samverkan/core';
import { oversightProjections as projectionsWith } from './oversight.projections';
import { actionAgreed, actionDueDateMoved, eventsOf } from './testing/events';

/** The projections on a real SQLite database: replays change nothing, and the queries read what they wrote. */
const oversightProjections = projectionsWith(new EventCatalog());

describe('Oversight projections', () => {
  let db: Database.Database;
  const apply = (events: ReturnType<typeof eventsOf>) => {
    for (const event of events)
      for (const p of oversightProjections) if (p.categories!.includes(event.stream.split('-')[0])) p.apply(db, event);
  };

  beforeEach(() => {
    db = new Database(':memory:');
    for (const p of oversightProjections) p.setup(db);
  });
  afterEach(() => db.close());

  const agreed = eventsOf(
    'jointAction-a1',
    '2025-02-05T15:00:00Z',
    actionAgreed({ organisation: 'FK' }),
    actionDueDateMoved,
  );

  it('lists open obligations from the stored documents, and a replayed event changes nothing', () => {
    apply(agreed);
    apply(agreed);
    const open = openObligations(db, { tipOutcomeDueDays: 90 }, '2025-10-01');
    expect(open).toEqual([
      expect.objectContaining({
        obligationId: 'jointAction_a1',
        dueOn: '2025-09-30',
        overdue: true,
        daysOverdue: 1,
        mark: null,
      }),
    ]);
  });

  it('joins the system mark once the obligation was recorded overdue, and keeps the first mark', () => {
    apply(agreed);
    const data = {
      obligationId: 'jointAction_a1',
      module: 'forums',
      kind: 'JOINT_ACTION',
      dueOn: '2025-09-30',
      owner: 'FK',
      sourceStream: 'jointAction-a1',
    };
    apply(
      eventsOf(
        'obligation-jointAction_a1',
        '2025-10-01T04:00:00Z',
        { type: 'ObligationBecameOverdue', data },
        { type: 'ObligationBecameOverdue', data: { ...data, dueOn: '2025-12-31' } },
      ),
    );
    const [open] = openObligations(db, { tipOutcomeDueDays: 90 }, '2025-10-01');
    expect(open.mark).toMatchObject({
      obligationId: 'jointAction_a1',
      dueOn: '2025-09-30',
      markedAt: '2025-10-01T04:00:00.000Z',
      event: { stream: 'obligation-jointAction_a1' },
    });
  });

  it("reads a year: forums, that year's forum meetings only, and the plan", () => {
    apply(
      eventsOf('forum-vast', '2024-09-01T10:00:00Z', {
        type: 'ForumEstablished',
        data: {
          forumId: 'vast',
          name: 'Forum Väst',
          region: 'Västra Götaland',
          capacity: 25,
          establishedOn: '2024-09-01',
        },
      }),
    );
    for (const [id, year] of [
      ['m1', 2025],
      ['m2', 2026],
    ] as const) {
      apply(
        eventsOf(`forumMeeting-${id}`, '2024-12-01T10:00:00Z', {
          type: 'MeetingPlanned',
          data: {
            meetingId: id,
            forumId: 'vast',
            title: 't',
            format: 'SEMINAR',
            term: 'VT',
            year,
            date: `${year}-02-01`,
            agenda: [],
          },
        }),
      );
    }
    const sources = yearSources(db, 2025);
    expect(sources.forums.map((f) => f.doc.forumId)).toEqual(['vast']);
    expect(sources.forumMeetings.map((m) => m.meetingId)).toEqual(['m1']);
    expect(sources.plan).toBeNull();
  });

  it('reads for a year only the forums, group and campaigns that can hold expectations in it', () => {
    const established = (forumId: string, establishedOn: string) =>
      eventsOf(`forum-${forumId}`, `${establishedOn}T10:00:00Z`, {
        type: 'ForumEstablished',
        data: { forumId, name: forumId, region: 'Skåne', capacity: 25, establishedOn },
      });
    const campaign = (campaignId: string, from: string, to: string) =>
      eventsOf(`campaign-${campaignId}`, '2023-01-10T10:00:00Z', {
        type: 'CampaignPlanned',
        data: { campaignId, name: campaignId, period: { from, to } },
      });
    apply(established('norr', '2023-12-31'));
    apply(established('syd', '2025-01-01'));
    apply(
      eventsOf('knowledgeGroup-national', '2024-06-01T10:00:00Z', {
        type: 'GroupFounded',
        data: { groupId: 'national', foundedOn: '2024-06-01' },
      }),
    );
    apply(campaign('c2023', '2023-03-01', '2023-11-30'));
    apply(campaign('c2324', '2023-09-01', '2024-02-28'));
    apply(campaign('c2025', '2025-01-01', '2025-06-30'));
    const read = (year: number) => {
      const sources = yearSources(db, year);
      return {
        forums: sources.forums.map((f) => f.doc.forumId),
        groups: sources.groups.map((g) => g.doc.groupId),
        campaigns: sources.campaigns.map((c) => c.doc.campaignId),
      };
    };
    expect(read(2023)).toEqual({ forums: ['norr'], groups: [], campaigns: ['c2023', 'c2324'] });
    expect(read(2024)).toEqual({ forums: ['norr'], groups: ['national'], campaigns: ['c2324'] });
    expect(read(2025)).toEqual({ forums: ['norr', 'syd'], groups: ['national'], campaigns: ['c2025'] });
  });
});
