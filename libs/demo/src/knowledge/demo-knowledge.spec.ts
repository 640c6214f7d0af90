import { randomUUID } from 'node:crypto';
import { forumsModuleEvents, meetingStream } from '@samverkan/forums';
import { DEMO_MEETINGS, demoMeeting, demoMeetingId } from '../forums';
import {
  GroupState,
  groupDecider,
  groupStream,
  isInTerm,
  isLink,
  ITEM_KINDS,
  itemDecider,
  itemStream,
  knowledgeModuleEvents,
  ItemState,
  NATIONAL_GROUP_ID,
  termDates,
} from '@samverkan/knowledge';
import type { DemoStore } from '../testing/demo-store';
import { seededDemoStore } from '../testing/seed-checks';
import {
  DEMO_GROUP_MEETINGS,
  DEMO_KNOWLEDGE_FOUNDED_ON,
  DEMO_KNOWLEDGE_HOST,
  DEMO_KNOWLEDGE_ITEMS,
  DEMO_KNOWLEDGE_MEMBERS,
  DemoGroupMeeting,
  demoGroupMeeting,
  demoGroupMeetingId,
  demoKnowledgeItemId,
  knowledgeCommandCount,
  knowledgeCommandIds,
  knowledgeMembersOn,
  seedKnowledge,
} from '.';

/** The domain refuses held and dated commands after the real today: the demo stays well before the day it is written for (2026-11-23). */
const LATEST = '2026-11-01';

const heldOn = (m: DemoGroupMeeting) => (m.end.kind === 'HELD' ? m.end.heldOn : undefined);

describe('Demo knowledge group', () => {
  it('has the five member organisations besides the host FK, founded in the autumn of 2024', () => {
    expect(DEMO_KNOWLEDGE_HOST).toEqual({ code: 'FK', name: 'Försäkringskassan' });
    expect(DEMO_KNOWLEDGE_MEMBERS.map((m) => m.code).sort()).toEqual(['AV', 'FHM', 'MYNAK', 'SFH', 'SOS']);
    expect(DEMO_KNOWLEDGE_FOUNDED_ON).toBe('2024-09-01');
    for (const m of DEMO_KNOWLEDGE_MEMBERS) {
      expect(m.joinedOn >= DEMO_KNOWLEDGE_FOUNDED_ON && m.joinedOn <= LATEST).toBe(true);
      expect(m.name.trim()).not.toBe('');
    }
    // Members over time: one organisation joined after the founding.
    expect(DEMO_KNOWLEDGE_MEMBERS.filter((m) => m.joinedOn > DEMO_KNOWLEDGE_FOUNDED_ON)).toHaveLength(1);
    expect(knowledgeMembersOn(DEMO_KNOWLEDGE_FOUNDED_ON)).toHaveLength(5);
    expect(knowledgeMembersOn(LATEST)).toHaveLength(6);
  });

  it('meets twice per term from HT 2024 to HT 2026, inside the terms; held ones in the past with members present; one cancelled with a reason; December 2026 still planned', () => {
    const keys = DEMO_GROUP_MEETINGS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const perTerm = new Map<string, number>();
    for (const m of DEMO_GROUP_MEETINGS) {
      perTerm.set(`${m.term}${m.year}`, (perTerm.get(`${m.term}${m.year}`) ?? 0) + 1);
      expect(isInTerm(m.date, m.term, m.year)).toBe(true);
      expect(m.date >= DEMO_KNOWLEDGE_FOUNDED_ON).toBe(true);
      expect(m.agenda.length).toBeGreaterThan(0);
      if (m.end.kind === 'HELD') {
        expect(isInTerm(m.end.heldOn, m.term, m.year)).toBe(true);
        expect(m.end.heldOn <= LATEST).toBe(true);
        expect(m.end.present.length).toBeGreaterThan(0);
        expect(new Set(m.end.present).size).toBe(m.end.present.length);
        const members = knowledgeMembersOn(m.end.heldOn);
        for (const code of m.end.present) expect(members).toContain(code);
      }
      if (m.end.kind === 'CANCELLED') expect(m.end.reason.trim()).not.toBe('');
      if (m.end.kind === 'PLANNED') expect(m.date > LATEST).toBe(true);
    }
    expect([...perTerm.entries()]).toEqual([
      ['HT2024', 2],
      ['VT2025', 2],
      ['HT2025', 2],
      ['VT2026', 2],
      ['HT2026', 2],
    ]);
    expect(DEMO_GROUP_MEETINGS.filter((m) => m.end.kind === 'CANCELLED').map((m) => m.key)).toEqual(['vt2026-2']);
    expect(DEMO_GROUP_MEETINGS.filter((m) => m.end.kind === 'PLANNED').map((m) => m.date)).toEqual(['2026-12-08']);
    expect(termDates('HT', 2026).to >= '2026-12-08').toBe(true);
  });

  it('has items proposed by a member at the time, with a source, an https link and topics', () => {
    const keys = DEMO_KNOWLEDGE_ITEMS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(DEMO_KNOWLEDGE_ITEMS.map((i) => i.kind))).toEqual(new Set(ITEM_KINDS));
    for (const item of DEMO_KNOWLEDGE_ITEMS) {
      expect(knowledgeMembersOn(item.proposedOn)).toContain(item.proposedBy);
      expect(item.proposedOn >= DEMO_KNOWLEDGE_FOUNDED_ON && item.proposedOn <= LATEST).toBe(true);
      expect(isLink(item.link) && item.link.startsWith('https://')).toBe(true);
      expect(item.title.trim() && item.sourceOrganisation.trim()).toBeTruthy();
      expect(item.topics.length).toBeGreaterThan(0);
      expect(new Set(item.topics.map((t) => t.toLowerCase())).size).toBe(item.topics.length);
    }
  });

  it('reviews every reviewed item at a held meeting after its proposal, with a note and a reason', () => {
    for (const item of DEMO_KNOWLEDGE_ITEMS.filter((i) => i.review)) {
      const review = item.review!;
      const meeting = demoGroupMeeting(review.meeting);
      expect(meeting.end.kind).toBe('HELD');
      expect(heldOn(meeting)! > item.proposedOn).toBe(true);
      expect(review.note.trim() && review.reason.trim()).toBeTruthy();
    }
  });

  it('publishes only approved items, on or after the review; retires a published item later, with a reason', () => {
    for (const item of DEMO_KNOWLEDGE_ITEMS) {
      if (item.publishedOn) {
        expect(item.review?.verdict).toBe('APPROVED');
        expect(item.publishedOn >= heldOn(demoGroupMeeting(item.review!.meeting))!).toBe(true);
        expect(item.publishedOn <= LATEST).toBe(true);
      }
      if (item.retired) {
        expect(item.publishedOn).toBeDefined();
        expect(item.retired.retiredOn > item.publishedOn!).toBe(true);
        expect(item.retired.retiredOn <= LATEST).toBe(true);
        expect(item.retired.reason.trim()).not.toBe('');
      }
    }
  });

  it('shows every lifecycle state: proposed, approved, published, rejected, retired', () => {
    const status = (i: (typeof DEMO_KNOWLEDGE_ITEMS)[number]) =>
      i.retired
        ? 'RETIRED'
        : i.publishedOn
          ? 'PUBLISHED'
          : i.review?.verdict === 'REJECTED'
            ? 'REJECTED'
            : i.review
              ? 'REVIEWED'
              : 'PROPOSED';
    const counts = DEMO_KNOWLEDGE_ITEMS.reduce<Record<string, number>>(
      (acc, i) => ({ ...acc, [status(i)]: (acc[status(i)] ?? 0) + 1 }),
      {},
    );
    expect(Object.keys(counts).sort()).toEqual(['PROPOSED', 'PUBLISHED', 'REJECTED', 'RETIRED', 'REVIEWED']);
    expect(counts.REJECTED).toBe(1);
    expect(counts.RETIRED).toBe(1);
  });

  it('records presentations only at held forum demo meetings, after publishing, never of rejected items nor at or after retirement', () => {
    for (const item of DEMO_KNOWLEDGE_ITEMS) {
      expect(new Set(item.presentedAt).size).toBe(item.presentedAt.length);
      if (item.review?.verdict === 'REJECTED' || !item.publishedOn) expect(item.presentedAt).toEqual([]);
      for (const key of item.presentedAt) {
        const meeting = demoMeeting(key);
        expect(meeting.outcome.kind).toBe('HELD');
        expect(meeting.date <= LATEST).toBe(true);
        expect(meeting.date >= item.publishedOn!).toBe(true);
        if (item.retired) expect(meeting.date < item.retired.retiredOn).toBe(true);
      }
    }
    // The FHM checklist at the Folkhälsomyndigheten meetings of 5 February 2025, the ISM report at the May 2025 OSA meetings.
    const fhm = DEMO_KNOWLEDGE_ITEMS.find((i) => i.key === 'fhm-checklista')!;
    expect(fhm.presentedAt.every((k) => k.endsWith(':vt2025-fohm'))).toBe(true);
    expect(fhm.presentedAt.length).toBeGreaterThan(2);
    const ism = DEMO_KNOWLEDGE_ITEMS.find((i) => i.key === 'ism-hinder-osa')!;
    expect(ism.presentedAt.every((k) => k.endsWith(':vt2025-osa'))).toBe(true);
    expect(DEMO_MEETINGS.length).toBeGreaterThan(0);
  });

  it('names no person: only organisations, in the data', () => {
    const text = JSON.stringify([DEMO_GROUP_MEETINGS, DEMO_KNOWLEDGE_ITEMS, DEMO_KNOWLEDGE_MEMBERS]);
    for (const name of ['Christina', 'Björklund', 'Sjögerud', 'Öberg', 'Stoetzer']) expect(text).not.toContain(name);
  });

  it('derives stable ids from demo keys and counts one command per step', () => {
    expect(demoGroupMeetingId('ht2024-1')).toBe(demoGroupMeetingId('ht2024-1'));
    expect(demoGroupMeetingId('ht2024-1')).not.toBe(demoGroupMeetingId('ht2024-2'));
    expect(demoKnowledgeItemId('fhm-checklista')).not.toBe(demoMeetingId('norr:vt2025-fohm'));
    const meetings = DEMO_GROUP_MEETINGS.reduce((n, m) => n + 1 + (m.end.kind === 'PLANNED' ? 0 : 1), 0);
    const items = DEMO_KNOWLEDGE_ITEMS.reduce(
      (n, i) => n + 1 + (i.review ? 1 : 0) + (i.publishedOn ? 1 : 0) + (i.retired ? 1 : 0) + i.presentedAt.length,
      0,
    );
    expect(knowledgeCommandCount()).toBe(1 + DEMO_KNOWLEDGE_MEMBERS.length + meetings + items);
  });

  describe('seeded through the endpoints, on the forums demo meetings it cites', () => {
    let store: DemoStore;
    beforeAll(async () => {
      const seed = { send: seedKnowledge, count: knowledgeCommandCount };
      store = await seededDemoStore([knowledgeModuleEvents, forumsModuleEvents], seed, heldForumMeetings);
    });
    afterAll(() => store.close());

    it('goes through the real deciders without a refusal: the members, meetings and items as the data says', async () => {
      const group = (await store.state(groupStream(NATIONAL_GROUP_ID), groupDecider)) as Extract<
        GroupState,
        { status: 'ACTIVE' }
      >;
      expect(Object.keys(group.members).sort()).toEqual(['AV', 'FHM', 'FK', 'MYNAK', 'SFH', 'SOS']);
      const meetings = DEMO_GROUP_MEETINGS.map((m) => group.meetings[demoGroupMeetingId(m.key)]?.status);
      expect(meetings).toEqual(DEMO_GROUP_MEETINGS.map((m) => m.end.kind));
      for (const demo of DEMO_KNOWLEDGE_ITEMS) {
        const item = (await store.state(itemStream(demoKnowledgeItemId(demo.key)), itemDecider)) as Exclude<
          ItemState,
          { status: 'NONE' }
        >;
        expect(item.proposedBy).toBe(demo.proposedBy);
        expect(item.presentations.map((p) => p.forumMeetingId)).toEqual(demo.presentedAt.map(demoMeetingId));
      }
    });

    it('replays every request on a second run and appends nothing', async () => {
      const head = await store.store.headPosition();
      const before = store.sent.length;
      await seedKnowledge(store);
      const again = store.sent.slice(before);
      expect(again.map((s) => s.commandId)).toEqual(knowledgeCommandIds());
      expect(again.every((s) => s.sent.replayed)).toBe(true);
      expect(await store.store.headPosition()).toBe(head);
    });
  });
});

/** The forums demo's meetings the items were presented at, held, as the forums seed leaves them. */
async function heldForumMeetings(store: DemoStore): Promise<void> {
  const keys = new Set(DEMO_KNOWLEDGE_ITEMS.flatMap((i) => i.presentedAt));
  const metadata = { actor: { id: 'given', organisation: 'FK', role: 'FORUM_COORDINATOR' } };
  for (const key of keys) {
    const m = demoMeeting(key);
    const meetingId = demoMeetingId(key);
    const planned = {
      meetingId,
      forumId: m.forumId,
      title: m.title,
      format: m.format,
      term: m.term,
      year: m.year,
      date: m.date,
      agenda: m.agenda,
    };
    await store.store.append(
      meetingStream(meetingId),
      [
        { id: randomUUID(), type: 'MeetingPlanned', data: planned, metadata: { ...metadata, commandId: randomUUID() } },
        {
          id: randomUUID(),
          type: 'MeetingHeld',
          data: { meetingId, forumId: m.forumId, heldOn: m.date, minutes: 'Protokoll' },
          metadata: { ...metadata, commandId: randomUUID() },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
  }
}
