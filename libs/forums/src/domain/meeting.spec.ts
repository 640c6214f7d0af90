import { fold } from '@samverkan/core/domain';
import { termBounds } from '@samverkan/core/testing/edge-of';
import { AgendaItem } from './forums.model';
import { meetingDecider, meetingStream } from './meeting';
import { MeetingCommand } from './meeting.commands';
import { MeetingEvent } from './meeting.events';
import {
  aCancelledMeeting,
  aHeldMeeting,
  aPlannedMeeting,
  commandOf,
  FORUM_ID as forumId,
  held,
  MEETING_ID as meetingId,
  meetingSpec as spec,
  metadata,
  planMeeting,
  planMeetingWith as plan,
  planned,
  plannedWith,
  recordAttendance,
  TODAY,
  TOMORROW,
} from './testing/forums.fixtures';

const reschedule = (date: string): MeetingCommand => commandOf('RescheduleMeeting', { meetingId, date });
const changeAgenda = (agenda: AgendaItem[]): MeetingCommand => commandOf('ChangeMeetingAgenda', { meetingId, agenda });
const hold = (heldOn = '2025-05-14', minutes = held.data.minutes): MeetingCommand =>
  commandOf('HoldMeeting', { meetingId, heldOn, minutes });
const cancel = (reason?: string): MeetingCommand => ({
  type: 'CancelMeeting',
  data: { meetingId },
  metadata,
  ...(reason !== undefined ? { reason } : {}),
});
const newAgenda: AgendaItem[] = [
  { topic: 'Erfarenheter av arbetsanpassning', speakerOrganisation: 'Sveriges Företagshälsor' },
];

describe('Meeting', () => {
  describe('when it is not planned', () => {
    const paddedAgenda = planMeeting.data.agenda.map(({ topic, speakerOrganisation }) => ({
      topic: ` ${topic}`,
      speakerOrganisation: `${speakerOrganisation} `,
    }));

    it.each([
      ['as sent', planMeeting],
      ['with its title and agenda trimmed', plan({ title: ` ${planMeeting.data.title}\n`, agenda: paddedAgenda })],
    ])('is planned inside its term, %s', (_, command) => {
      spec.given([]).when(command).then([planned]);
    });

    const whenPlan = spec.given([]).whenEach(plan);

    it('is planned ahead, in a later term, with no agenda yet', () => {
      const autumn = { term: 'HT' as const, date: '2025-10-08', agenda: [] };
      whenPlan(autumn).then([plannedWith(autumn)]);
    });

    it('is planned on the first and last day of either term', () => {
      for (const [term, date] of termBounds(2025)) {
        whenPlan({ term, date }).then([plannedWith({ term, date })]);
      }
    });

    it('rejects a date in another term or year, naming date, term and year', () => {
      const outside = [
        ['VT', 2025, '2025-07-01'],
        ['HT', 2025, '2025-06-30'],
        ['VT', 2025, '2024-05-14'],
        ['HT', 2024, '2025-10-08'],
      ] as const;
      for (const [term, year, date] of outside) {
        whenPlan({ term, year, date }).thenThrows('MEETING_OUTSIDE_TERM', { details: { date, term, year } });
      }
    });

    it('rejects an impossible date', () => {
      whenPlan({ date: '2025-02-30' }).thenThrows('INVALID_DATE');
    });

    it('rejects a year outside 2000 to 2100, or a fraction', () => {
      for (const year of [1999, 2101, 2025.5]) whenPlan({ year }).thenThrows('INVALID_YEAR');
    });

    it('rejects a blank title, an unknown format or term, and a malformed forum id', () => {
      whenPlan({ title: ' ' }).thenThrows('INVALID_TEXT');
      whenPlan({ format: 'LECTURE' as never }).thenThrows('INVALID_CHOICE');
      whenPlan({ term: 'ST' as never }).thenThrows('INVALID_CHOICE');
      whenPlan({ forumId: 'Forum Väst' }).thenThrows('INVALID_FORUM_ID');
    });

    it.each([
      ['topic', { topic: ' ', speakerOrganisation: 'Arbetsmiljöverket' }],
      ['speakerOrganisation', { topic: 'OSA', speakerOrganisation: '' }],
    ])('rejects an agenda item without a %s, naming its index', (field, item) => {
      const command = plan({ agenda: [planMeeting.data.agenda[0], item] });
      spec
        .given([])
        .when(command)
        .thenThrows('INVALID_AGENDA_ITEM', { details: { index: 1, field } });
    });

    it('tells the coordinator which agenda item lacks its topic, counting from one', () => {
      const command = plan({ agenda: [planMeeting.data.agenda[0], { topic: '', speakerOrganisation: 'FK' }] });
      expect(() => meetingDecider.decide(command, meetingDecider.initialState())).toThrow(
        'Agenda item 2 needs a topic',
      );
    });

    it('rejects every other command as not found', () => {
      for (const command of [
        reschedule('2025-05-20'),
        changeAgenda(newAgenda),
        hold(),
        recordAttendance(),
        cancel('Sjukdom'),
      ]) {
        spec.given([]).when(command).thenThrows('MEETING_NOT_FOUND');
      }
    });
  });

  describe('when it is planned', () => {
    it('rejects planning it again', () => {
      spec.given(aPlannedMeeting).when(planMeeting).thenThrows('MEETING_ALREADY_PLANNED');
    });

    const whenReschedule = spec.given(aPlannedMeeting).whenEach(reschedule);

    it('moves to another date in its term, recording the previous one', () => {
      whenReschedule('2025-06-11').then([
        { type: 'MeetingRescheduled', data: { meetingId, forumId, date: '2025-06-11', previous: '2025-05-14' } },
      ]);
    });

    it('treats moving to its own date as done, also after a move', () => {
      whenReschedule('2025-05-14').thenNothingHappened();
      const moved: MeetingEvent = {
        type: 'MeetingRescheduled',
        data: { meetingId, forumId, date: '2025-06-11', previous: '2025-05-14' },
      };
      spec
        .given([...aPlannedMeeting, moved])
        .when(reschedule('2025-06-11'))
        .thenNothingHappened();
    });

    it('rejects moving it out of its term, also to the same term of another year', () => {
      for (const date of ['2025-07-01', '2026-05-14']) {
        whenReschedule(date).thenThrows('MEETING_OUTSIDE_TERM');
      }
    });

    it('rejects moving it to an impossible date', () => {
      whenReschedule('2025-06-31').thenThrows('INVALID_DATE');
    });

    const whenChangeAgenda = spec.given(aPlannedMeeting).whenEach(changeAgenda);

    it('gets a new agenda', () => {
      whenChangeAgenda(newAgenda).then([
        { type: 'MeetingAgendaChanged', data: { meetingId, forumId, agenda: newAgenda } },
      ]);
    });

    it('treats the agenda it has as done, however it is padded', () => {
      const padded = planned.data.agenda.map((item) => ({ ...item, topic: `${item.topic} ` }));
      whenChangeAgenda(padded).thenNothingHappened();
    });

    it('changes an agenda that differs in one item, one speaker or its length', () => {
      const [first, second] = planned.data.agenda;
      const changes = [
        [first],
        [first, second, { topic: 'Frågor', speakerOrganisation: 'Försäkringskassan' }],
        [first, { ...second, speakerOrganisation: 'Försäkringskassan' }],
        [first, { ...second, topic: 'Systematiskt arbetsmiljöarbete' }],
        [second, first],
      ];
      for (const agenda of changes) {
        whenChangeAgenda(agenda).then([{ type: 'MeetingAgendaChanged', data: { meetingId, forumId, agenda } }]);
      }
    });

    it('compares a later agenda with the changed one', () => {
      const changed: MeetingEvent = { type: 'MeetingAgendaChanged', data: { meetingId, forumId, agenda: newAgenda } };
      const whenChangeAgain = spec.given([...aPlannedMeeting, changed]).whenEach(changeAgenda);
      whenChangeAgain(newAgenda).thenNothingHappened();
      whenChangeAgain(planned.data.agenda).then([
        { type: 'MeetingAgendaChanged', data: { meetingId, forumId, agenda: planned.data.agenda } },
      ]);
    });

    it('rejects an agenda item without a topic', () => {
      whenChangeAgenda([{ topic: '', speakerOrganisation: 'FK' }]).thenThrows('INVALID_AGENDA_ITEM');
    });

    const whenHold = spec.given(aPlannedMeeting).whenEach(hold);

    it('is held on its date, with trimmed minutes', () => {
      whenHold('2025-05-14', ` ${held.data.minutes}\n`).then([held]);
    });

    it('is held on another day of its term, up to today', () => {
      whenHold(TODAY).then([{ ...held, data: { ...held.data, heldOn: TODAY } }]);
    });

    it('rejects a meeting held after today, even inside its term', () => {
      whenHold(TOMORROW).thenThrows('DATE_IN_FUTURE');
    });

    it('rejects a meeting held outside its term', () => {
      whenHold('2024-12-12').thenThrows('MEETING_OUTSIDE_TERM');
    });

    it('rejects a meeting held without minutes', () => {
      for (const minutes of ['', '  \n']) whenHold('2025-05-14', minutes).thenThrows('MINUTES_REQUIRED');
    });

    const whenCancel = spec.given(aPlannedMeeting).whenEach(cancel);

    it('is cancelled with a reason, kept in the event', () => {
      whenCancel(' För få anmälda ').then([
        { type: 'MeetingCancelled', data: { meetingId, forumId, reason: 'För få anmälda' } },
      ]);
    });

    it('rejects cancelling without a reason', () => {
      for (const reason of [undefined, ' ']) whenCancel(reason).thenThrows('REASON_REQUIRED');
    });
  });

  describe.each([
    ['held', aHeldMeeting, 'HELD', 'MEETING_ALREADY_HELD'],
    ['cancelled', aCancelledMeeting, 'CANCELLED', 'MEETING_ALREADY_CANCELLED'],
  ])('when it is %s', (_, events, status, cancelCode) => {
    it.each([reschedule('2025-05-20'), changeAgenda(newAgenda), hold()])(
      'rejects $type, naming its status',
      (command) => {
        spec.given(events).when(command).thenThrows('MEETING_NOT_PLANNED', { details: { status } });
      },
    );

    it('rejects cancelling it', () => {
      spec.given(events).when(cancel('Dubbelbokning')).thenThrows(cancelCode);
    });
  });
});

describe('Meeting state', () => {
  it('holds what later commands need', () => {
    const { title, format, term, year, agenda } = planned.data;
    expect(fold(meetingDecider, aPlannedMeeting)).toEqual({
      status: 'PLANNED',
      meetingId,
      forumId,
      title,
      format,
      term,
      year,
      date: '2025-05-14',
      agenda,
    });
    const changed: MeetingEvent = { type: 'MeetingAgendaChanged', data: { meetingId, forumId, agenda: newAgenda } };
    expect(fold(meetingDecider, [...aPlannedMeeting, changed])).toMatchObject({ agenda: newAgenda });
    expect(fold(meetingDecider, aHeldMeeting)).toMatchObject({ status: 'HELD', heldOn: '2025-05-14' });
    expect(fold(meetingDecider, aCancelledMeeting)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'För få anmälda',
    });
  });

  it('names the stream with the forumMeeting category', () => {
    expect(meetingStream('01JA2B')).toBe('forumMeeting-01JA2B');
  });
});
