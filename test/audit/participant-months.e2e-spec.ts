import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE } from '@samverkan/core';
import { stockholmDate } from '@samverkan/core/domain';
import type { EventStore } from '@samverkan/event-store';
import {
  attendedSeminar,
  bothMembersAttending,
  employers,
  RECORD_ATTENDANCE,
  vastWithMembers,
} from '../support/forum-fixtures';
import { heldActivity, RECORD_PARTICIPANTS } from '../support/momentum-fixtures';
import { ok, useTestApp } from '../support/test-app';
import { runCli } from '../support/ts-node';

const MONTH_FIELDS = `month status because ended contentHash activities participants { managers hr other named total }
  report { eventId position coveredPosition contentHash reports follows reason reportedBy { role } }`;
const REPORT = `mutation($input: ReportParticipantMonthInput!) { reportParticipantMonth(input: $input) { stream replayed month { ${MONTH_FIELDS} } } }`;
const MONTHS = `query($from: String!, $to: String!) { participantMonths(from: $from, to: $to) { ${MONTH_FIELDS} } }`;
const MONTH = `query($month: String!) { participantMonth(month: $month) { ${MONTH_FIELDS} position
  lines { line date deliverable activityId stream title format organiser organisation organisationName countRecorded managers hr other named total sources }
  namedPeople { activityId personId name organisation } } }`;

const SG = 'STEERING_GROUP';
const FC = 'FORUM_COORDINATOR';
/** Months reported to ESF+ in order from 2024-05; a corrected attendance re-opens its month and every later reported one. */
describe('Monthly participant reporting', () => {
  const t = useTestApp();
  const ids: Record<string, string> = {};
  const report = (month: string, role = SG, reason?: string) =>
    t.gql(role, REPORT, { input: { month, ...(reason ? { reason } : {}) } });
  const rule = async (month: string) => (await report(month)).errors?.[0].extensions?.rule;
  const statuses = async (from: string, to: string) =>
    (await ok(t.gql('AUDITOR', MONTHS, { from, to }))).participantMonths.map(
      (m: any) => `${m.month} ${m.status}${m.because ? ` ${m.because}` : ''}`,
    );

  beforeAll(async () => {
    await vastWithMembers(t.gql, SG, FC, [employers.sahlgrenska, employers.volvo], {
      establishedOn: '2024-05-01',
      joinedOn: '2024-05-02',
    });
    const meeting = (title: string, date: string) => attendedSeminar(t.gql, FC, title, date);
    ids.may = await meeting('Uppstart', '2024-05-20');
    ids.june = await meeting('Arbetsanpassning', '2024-06-10');
    ids.september = await meeting('Hösten', '2024-09-15');
    const conference = { kind: 'CONFERENCE', title: 'Startkonferens', date: '2024-06-12' };
    ids.conference = await heldActivity(t, conference);
    await ok(
      t.gql(SG, RECORD_PARTICIPANTS, {
        input: {
          activityId: ids.conference,
          organisations: [{ organisation: 'AV', other: 4 }],
          namedParticipants: [{ name: 'Fiktiv Föreläsare', organisation: 'Folkhälsomyndigheten' }],
        },
      }),
    );
  }, 60_000);

  it("counts each month's participants by Stockholm date; nothing is reported yet", async () => {
    const { participantMonths } = await ok(t.gql('AUDITOR', MONTHS, { from: '2024-05', to: '2024-09' }));
    expect(
      participantMonths.map((m: any) => [m.month, m.status, m.ended, m.activities, m.participants.total, m.report]),
    ).toEqual([
      ['2024-05', 'UNREPORTED', true, 1, 8, null],
      ['2024-06', 'UNREPORTED', true, 2, 13, null],
      ['2024-07', 'UNREPORTED', true, 0, 0, null],
      ['2024-08', 'UNREPORTED', true, 0, 0, null],
      ['2024-09', 'UNREPORTED', true, 1, 8, null],
    ]);
  });

  it('reports months in order from 2024-05, each once, and not before it is over', async () => {
    expect(await rule('2024-06')).toBe('PREVIOUS_MONTH_NOT_REPORTED');
    const first = (await ok(report('2024-05'))).reportParticipantMonth;
    expect(first).toMatchObject({
      stream: 'participantMonth-2024-05',
      month: { status: 'REPORTED', report: { reports: 1, follows: null, reportedBy: { role: SG } } },
    });
    expect(first.month.report.reason).toBe('Månadsrapportering av deltagare för 2024-05');
    for (const month of ['2024-06', '2024-07', '2024-08']) await ok(report(month, 'AUDITOR'));
    expect(await rule('2024-05')).toBe('MONTH_ALREADY_REPORTED');
    expect(await rule('2024-04')).toBe('MONTH_BEFORE_PROJECT');
    const thisMonth = stockholmDate(new Date()).slice(0, 7);
    if (thisMonth <= '2027-04') expect(await rule(thisMonth)).toBe('MONTH_NOT_ENDED');
    expect(await statuses('2024-05', '2024-09')).toEqual([
      '2024-05 REPORTED',
      '2024-06 REPORTED',
      '2024-07 REPORTED',
      '2024-08 REPORTED',
      '2024-09 UNREPORTED',
    ]);
    const [june] = await t.app.get<EventStore>(EVENT_STORE).readStream('participantMonth-2024-06');
    expect(june.metadata).toMatchObject({ kind: 'decision', actor: { role: 'AUDITOR' } });
  });

  it('marks a corrected month and every later reported month NEEDS_REREPORT, and takes re-reports in order', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const [recorded] = (await store.readStream(`forumMeeting-${ids.june}`)).filter(
      (e) => e.type === 'AttendanceRecorded',
    );
    await ok(
      t.gql(FC, RECORD_ATTENDANCE, {
        input: {
          ...bothMembersAttending(ids.june, 5),
          correction: { corrects: recorded.id, reason: 'Två chefer saknades' },
        },
      }),
    );
    expect(await statuses('2024-05', '2024-09')).toEqual([
      '2024-05 REPORTED',
      '2024-06 NEEDS_REREPORT CHANGED',
      '2024-07 NEEDS_REREPORT EARLIER_MONTH',
      '2024-08 NEEDS_REREPORT EARLIER_MONTH',
      '2024-09 UNREPORTED',
    ]);
    expect(await rule('2024-07')).toBe('PREVIOUS_MONTH_NEEDS_REREPORT');
    expect(await rule('2024-09')).toBe('PREVIOUS_MONTH_NEEDS_REREPORT');

    const again = (await ok(report('2024-06', SG, 'Rättad närvaro i Forum Väst'))).reportParticipantMonth.month;
    expect(again).toMatchObject({
      status: 'REPORTED',
      participants: { total: 15 },
      report: { reports: 2, reason: 'Rättad närvaro i Forum Väst' },
    });
    expect(
      (await store.readStream('participantMonth-2024-06')).map((e) => (e.data as { rereport: boolean }).rereport),
    ).toEqual([false, true]);
    expect(await statuses('2024-06', '2024-08')).toEqual([
      '2024-06 REPORTED',
      '2024-07 NEEDS_REREPORT EARLIER_MONTH',
      '2024-08 NEEDS_REREPORT EARLIER_MONTH',
    ]);
    expect(await rule('2024-08')).toBe('PREVIOUS_MONTH_NEEDS_REREPORT');
    await ok(report('2024-07'));
    await ok(report('2024-08'));
    await ok(report('2024-09'));
    expect(await statuses('2024-05', '2024-10')).toEqual([
      '2024-05 REPORTED',
      '2024-06 REPORTED',
      '2024-07 REPORTED',
      '2024-08 REPORTED',
      '2024-09 REPORTED',
      '2024-10 UNREPORTED',
    ]);
  }, 60_000);

  it("gives a month's lines: each activity and organisation with counts by role, named people counted, and the total", async () => {
    const { participantMonth } = await ok(t.gql('AUDITOR', MONTH, { month: '2024-06' }));
    expect(
      participantMonth.lines.map((l: any) => [
        l.line,
        l.date,
        l.activityId,
        l.organisation,
        l.managers,
        l.hr,
        l.other,
        l.named,
        l.total,
      ]),
    ).toEqual([
      ['ORGANISATION', '2024-06-10', ids.june, employers.sahlgrenska.organisationNumber, 5, 2, 0, 0, 7],
      ['ORGANISATION', '2024-06-10', ids.june, employers.volvo.organisationNumber, 1, 1, 1, 0, 3],
      ['ORGANISATION', '2024-06-12', ids.conference, 'AV', 0, 0, 4, 0, 4],
      ['NAMED', '2024-06-12', ids.conference, 'Folkhälsomyndigheten', 0, 0, 0, 1, 1],
      ['TOTAL', '2024-06', '', '', 6, 3, 5, 1, 15],
    ]);
    expect(participantMonth.namedPeople).toEqual([
      {
        activityId: ids.conference,
        personId: expect.any(String),
        name: 'Fiktiv Föreläsare',
        organisation: 'Folkhälsomyndigheten',
      },
    ]);
    expect(participantMonth).toMatchObject({ month: '2024-06', status: 'REPORTED', participants: { total: 15 } });
    expect((await t.gql('AUDITOR', MONTH, { month: '2025-3' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql('AUDITOR', MONTHS, { from: '2024-01', to: '2024-06' })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await t.gql('DASHBOARD', MONTH, { month: '2024-06' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await report('2024-10', FC)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('exports a month as CSV from the CLI, the same lines as GraphQL', async () => {
    const { participantMonth } = await ok(t.gql('AUDITOR', MONTH, { month: '2024-06' }));
    const run = (...args: string[]) => runCli(t.dataDir, ['export', 'participants', ...args]);
    const csv = run('--month', '2024-06');
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'line,date,deliverable,activity_id,stream,title,format,organiser,organisation,organisation_name,managers,hr,other,named_people,participants_total,source_positions',
    );
    expect(lines).toHaveLength(1 + participantMonth.lines.length);
    participantMonth.lines.forEach((l: any, i: number) => {
      expect(lines[1 + i].startsWith(`${l.line},${l.date},${l.deliverable},${l.activityId},${l.stream},`)).toBe(true);
      expect(
        lines[1 + i].endsWith(`,${l.managers},${l.hr},${l.other},${l.named},${l.total},${l.sources.join(' ')}`),
      ).toBe(true);
    });
    const out = join(t.dataDir, 'deltagare-2024-06.csv');
    const written = run('--month', '2024-06', '--out', out);
    expect(written.status).toBe(0);
    expect(written.stderr).toContain('Wrote 2 activities of 2024-06 (REPORTED)');
    expect(readFileSync(out, 'utf8')).toBe(csv.stdout);
    const bad = run('--month', '2024-6');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('--month must be a month written YYYY-MM');
  }, 180_000);
});
