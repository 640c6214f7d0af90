import { DEFAULT_REGIONS, parseOrganisationNumber, parseSniCode } from '@samverkan/core';
import { EMPLOYER_SIZES, isInTerm, MEETING_FORMATS, PARTICIPANT_ROLES, REPRESENTATIVE_ROLES } from '@samverkan/forums';
import { DEMO_FORUMS, DemoForum, membersOn } from './demo-forums';
import { DEMO_JOINT_ACTIONS, DEMO_MEETINGS, DemoMeeting } from './demo-meetings';

/** The day the demo is written for: 2025 is all in the past, December 2026 still to come. */
const TODAY = '2026-11-23';

const forumOf = (id: string): DemoForum => DEMO_FORUMS.find((f) => f.forumId === id)!;
const meetingOf = (key: string): DemoMeeting | undefined => DEMO_MEETINGS.find((m) => m.key === key);
const held = (m: DemoMeeting) => (m.outcome.kind === 'HELD' ? m.outcome : undefined);

describe('Demo forums', () => {
  it('are the six forums the dev coordinator token grants, in regions of the default list, with 25 seats', () => {
    expect(DEMO_FORUMS.map((f) => f.forumId)).toEqual(['norr', 'mitt', 'stockholm', 'vast', 'ost', 'syd']);
    for (const forum of DEMO_FORUMS) {
      expect(forum.name).toMatch(/^Forum /);
      expect(DEFAULT_REGIONS).toContain(forum.region);
      expect(forum.capacity).toBe(25);
    }
    expect(new Set(DEMO_FORUMS.map((f) => f.region)).size).toBe(6);
  });

  it('seat 20–25 larger employers each, public and private, before and after anyone leaves', () => {
    for (const forum of DEMO_FORUMS) {
      expect(forum.members.length).toBeGreaterThanOrEqual(20);
      expect(forum.members.length).toBeLessThanOrEqual(Math.min(25, forum.capacity));
      expect(membersOn(forum, TODAY).length).toBeGreaterThanOrEqual(20);
      const sectors = new Set(forum.members.map((m) => m.employer.sector));
      expect([...sectors].sort()).toEqual(['PRIVATE', 'PUBLIC']);
      for (const { employer, joinedOn, resigned } of forum.members) {
        expect(EMPLOYER_SIZES).toContain(employer.size);
        expect(parseSniCode(employer.industry)).toMatchObject({ ok: true, value: employer.industry });
        expect(joinedOn >= forum.establishedOn && joinedOn <= TODAY).toBe(true);
        if (resigned) expect(resigned.leftOn > joinedOn && resigned.reason.trim()).toBeTruthy();
      }
    }
  });

  it('give every employer a valid organisation number of a legal person, unique within its forum and across them', () => {
    const all: string[] = [];
    for (const forum of DEMO_FORUMS) {
      const numbers = forum.members.map((m) => m.employer.organisationNumber);
      for (const number of numbers) expect(parseOrganisationNumber(number)).toEqual({ ok: true, value: number });
      expect(new Set(numbers).size).toBe(numbers.length);
      all.push(...numbers);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it('have one or two representatives per employer, managers and HR, with fictional names used once', () => {
    const names: string[] = [];
    for (const member of DEMO_FORUMS.flatMap((f) => f.members)) {
      expect(member.representatives.length).toBeGreaterThanOrEqual(1);
      expect(member.representatives.length).toBeLessThanOrEqual(2);
      for (const r of member.representatives) expect(REPRESENTATIVE_ROLES).toContain(r.role);
      expect(new Set(member.representatives.map((r) => r.role)).size).toBe(member.representatives.length);
      names.push(...member.representatives.map((r) => r.name));
    }
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('Demo meetings', () => {
  it('fall inside their term, in a known format, with an agenda naming speaker organisations', () => {
    expect(new Set(DEMO_MEETINGS.map((m) => m.key)).size).toBe(DEMO_MEETINGS.length);
    for (const meeting of DEMO_MEETINGS) {
      expect(MEETING_FORMATS).toContain(meeting.format);
      expect(isInTerm(meeting.date, meeting.term, meeting.year)).toBe(true);
      expect(isInTerm(meeting.plannedDate, meeting.term, meeting.year)).toBe(true);
      expect(meeting.agenda.length).toBeGreaterThan(0);
      for (const item of meeting.agenda) expect(item.topic.trim() && item.speakerOrganisation.trim()).toBeTruthy();
      expect(meeting.date > forumOf(meeting.forumId).establishedOn).toBe(true);
    }
  });

  it('are held in the past with minutes, cancelled with a reason, or still planned for a day to come', () => {
    const kinds = DEMO_MEETINGS.map((m) => m.outcome.kind);
    expect(kinds.filter((k) => k === 'CANCELLED')).toHaveLength(2);
    for (const meeting of DEMO_MEETINGS) {
      const { outcome } = meeting;
      if (outcome.kind === 'HELD') {
        expect(outcome.heldOn).toBe(meeting.date);
        expect(outcome.heldOn <= TODAY).toBe(true);
        expect(outcome.minutes.trim()).not.toBe('');
      } else if (outcome.kind === 'CANCELLED') {
        expect(outcome.reason.trim()).not.toBe('');
      } else {
        expect(meeting.date > TODAY).toBe(true);
      }
    }
  });

  it('meet twice each in HT 2024, and at least twice each in VT 2025', () => {
    for (const forum of DEMO_FORUMS) {
      const heldIn = (term: string, year: number) =>
        DEMO_MEETINGS.filter((m) => m.forumId === forum.forumId && m.term === term && m.year === year && held(m))
          .length;
      expect(heldIn('HT', 2024)).toBe(2);
      expect(heldIn('VT', 2025)).toBeGreaterThanOrEqual(2);
    }
  });

  it('record attendance only of members on the day, each with someone there, and a named guest speaker', () => {
    const people = new Set(DEMO_FORUMS.flatMap((f) => f.members.flatMap((m) => m.representatives.map((r) => r.name))));
    for (const meeting of DEMO_MEETINGS) {
      const outcome = held(meeting);
      if (!outcome) continue;
      const members = new Set(
        membersOn(forumOf(meeting.forumId), meeting.date).map((m) => m.employer.organisationNumber),
      );
      const attending = outcome.members.map((m) => m.organisationNumber);
      expect(new Set(attending).size).toBe(attending.length);
      expect(attending.length).toBeGreaterThanOrEqual(6);
      expect(attending.length).toBeLessThan(members.size + 1);
      for (const number of attending) expect(members.has(number)).toBe(true);
      for (const { participants } of outcome.members) {
        expect(Object.keys(participants).sort()).toEqual([...PARTICIPANT_ROLES].sort());
        expect(PARTICIPANT_ROLES.reduce((sum, role) => sum + participants[role], 0)).toBeGreaterThan(0);
      }
      expect(outcome.guests.length).toBeGreaterThanOrEqual(1);
      const speakers = new Set(meeting.agenda.map((a) => a.speakerOrganisation));
      for (const guest of outcome.guests) {
        expect(speakers.has(guest.organisation)).toBe(true);
        expect(people.has(guest.name)).toBe(false);
        expect(outcome.minutes).not.toContain(guest.name);
      }
    }
  });

  it('has Folkhälsomyndigheten on implementation on 5 February 2025', () => {
    const february = DEMO_MEETINGS.filter((m) => m.date === '2025-02-05');
    expect(february.map((m) => m.forumId).sort()).toEqual(DEMO_FORUMS.map((f) => f.forumId).sort());
    for (const meeting of february) {
      expect(meeting.agenda).toContainEqual(expect.objectContaining({ speakerOrganisation: 'Folkhälsomyndigheten' }));
      expect(meeting.title).toMatch(/Från nyhet till vardagsnytta/);
      expect(held(meeting)?.guests).toContainEqual(expect.objectContaining({ organisation: 'Folkhälsomyndigheten' }));
    }
  });

  it('has the director general’s webinar for senior managers on 13 March 2025 in every forum', () => {
    const march = DEMO_MEETINGS.filter((m) => m.date === '2025-03-13');
    expect(march).toHaveLength(6);
    for (const meeting of march) {
      expect(meeting.format).toBe('WEBINAR');
      for (const member of held(meeting)!.members) expect(member.participants).toMatchObject({ HR: 0, OTHER: 0 });
    }
  });

  it('has OSA with Arbetsmiljöverket present in May 2025 in every forum, and Karolinska Institutet that spring', () => {
    for (const forum of DEMO_FORUMS) {
      const may = DEMO_MEETINGS.filter((m) => m.forumId === forum.forumId && m.date.startsWith('2025-05'));
      expect(may).toHaveLength(1);
      expect(may[0].title).toMatch(/OSA/);
      expect(may[0].agenda).toContainEqual(expect.objectContaining({ speakerOrganisation: 'Arbetsmiljöverket' }));
      expect(held(may[0])?.guests).toContainEqual(expect.objectContaining({ organisation: 'Arbetsmiljöverket' }));
    }
    const ki = DEMO_MEETINGS.filter((m) => m.agenda.some((a) => a.speakerOrganisation === 'Karolinska Institutet'));
    expect(ki).toHaveLength(1);
    expect(ki[0]).toMatchObject({ format: 'WEBINAR', term: 'VT', year: 2025 });
  });
});

describe('Demo joint actions', () => {
  it('are 1–3 per forum, agreed at a held meeting of the same forum, due no earlier than the meeting', () => {
    for (const forum of DEMO_FORUMS) {
      const count = DEMO_JOINT_ACTIONS.filter((a) => a.forumId === forum.forumId).length;
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
    }
    for (const action of DEMO_JOINT_ACTIONS) {
      const meeting = meetingOf(action.meetingKey);
      expect(meeting?.forumId).toBe(action.forumId);
      const heldOn = held(meeting!)!.heldOn;
      expect(action.dueDate >= heldOn).toBe(true);
      expect(action.reason.trim() && action.owner.organisation.trim()).toBeTruthy();
      for (const { recordedOn } of action.progress) expect(recordedOn >= heldOn && recordedOn <= TODAY).toBe(true);
      const closedOn = action.outcome?.kind === 'DONE' ? action.outcome.doneOn : action.outcome?.droppedOn;
      if (closedOn) expect(closedOn >= heldOn && closedOn <= TODAY).toBe(true);
    }
  });

  it('are some done, one dropped with a reason, some open and some of those overdue', () => {
    const open = DEMO_JOINT_ACTIONS.filter((a) => !a.outcome);
    const dropped = DEMO_JOINT_ACTIONS.filter((a) => a.outcome?.kind === 'DROPPED');
    expect(DEMO_JOINT_ACTIONS.filter((a) => a.outcome?.kind === 'DONE').length).toBeGreaterThanOrEqual(3);
    expect(dropped).toHaveLength(1);
    expect(dropped[0].outcome).toMatchObject({ reason: expect.stringMatching(/\S/) });
    expect(open.filter((a) => a.dueDate < TODAY).length).toBeGreaterThanOrEqual(2);
    expect(open.filter((a) => a.dueDate >= TODAY).length).toBeGreaterThanOrEqual(1);
    expect(
      DEMO_JOINT_ACTIONS.filter((a) => a.planActivity)
        .map((a) => a.planActivity!.activityId)
        .sort(),
    ).toEqual(['komm-2025', 'tips-2025']);
  });
});
