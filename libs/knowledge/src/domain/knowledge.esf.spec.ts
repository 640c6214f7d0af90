import { ReportedEvent } from '@samverkan/core/domain';
import { GroupEvent } from './group.commands';
import { knowledgeEsfActivities } from './knowledge.esf';
import {
  aFoundedGroup,
  AV,
  FHM,
  FK,
  FOUNDED_ON,
  MEETING_ID,
  meetingCancelled,
  meetingHeld,
  meetingPlanned,
  memberAdmitted,
  memberRemoved,
  NEXT_MEETING_ID,
  SOS,
} from './testing/knowledge.fixtures';

/**
 * The group's stream as the ESF report hands it over: positions 10, 11, 12… in order, each event
 * dated in the world by the day it names (a held meeting by the day it was held).
 */
const STREAM = 'knowledgeGroup-national';
function reported(events: GroupEvent[], stream = STREAM): ReportedEvent[] {
  return events.map((event, revision) => {
    const occurredOn = 'heldOn' in event.data ? event.data.heldOn : FOUNDED_ON;
    return {
      stream,
      revision,
      position: BigInt(10 + revision),
      type: event.type,
      data: event.data,
      occurredAt: `${occurredOn}T09:00:00Z`,
      occurredOn,
    };
  });
}
const report = (...streams: ReportedEvent[][]) =>
  knowledgeEsfActivities.report(new Map(streams.map((events) => [events[0]?.stream ?? STREAM, events])));
const present = (code: string, name: string | null) => ({ organisation: code, name, participants: null });

describe('Knowledge group activities for the ESF report', () => {
  // Founded 10, AV 11, FHM 12, SOS 13, planned 14 and 15, held 16.
  const events = [
    ...aFoundedGroup,
    meetingPlanned(),
    meetingPlanned(NEXT_MEETING_ID, '2025-12-03'),
    meetingHeld('2025-10-08', ['SOS', 'FK', 'AV']),
  ];

  it('reports a held meeting with the members present, citing the events it was read from in order', () => {
    expect(report(reported(events))).toEqual([
      {
        deliverable: 'KNOWLEDGE_GROUP',
        activityId: MEETING_ID,
        stream: STREAM,
        title: 'Kunskapsgruppens möte HT 2025',
        format: 'GROUP_MEETING',
        heldOn: '2025-10-08',
        organiser: FK.name,
        organisations: [present('SOS', SOS.name), present('FK', FK.name), present('AV', AV.name)],
        namedPeople: [],
        sources: [10n, 11n, 13n, 14n, 16n],
      },
    ]);
  });

  it('reports each held meeting once, and no planned or cancelled one', () => {
    const twice = [
      ...events,
      meetingHeld('2025-12-03', ['FHM'], NEXT_MEETING_ID),
      meetingPlanned('kg-2025-ht-3', '2025-12-10'),
      meetingCancelled('kg-2025-ht-3'),
    ];
    const rows = report(reported(twice));
    expect(rows.map(({ activityId, heldOn }) => [activityId, heldOn])).toEqual([
      [MEETING_ID, '2025-10-08'],
      [NEXT_MEETING_ID, '2025-12-03'],
    ]);
    expect(rows[1]).toMatchObject({ organisations: [present('FHM', FHM.name)], sources: [10n, 12n, 15n, 17n] });
  });

  it('cites the admission under which a member that left and came back was present', () => {
    const back = [
      ...aFoundedGroup,
      memberRemoved('SOS', '2025-09-20', 'Paus'),
      memberAdmitted(SOS, '2025-10-01'),
      meetingPlanned(),
      meetingHeld('2025-10-08', ['SOS']),
    ];
    expect(report(reported(back))[0].sources).toEqual([10n, 15n, 16n, 17n]);
  });

  it('names by its code alone an organisation present that the trail never admitted', () => {
    const [row] = report(reported([...aFoundedGroup, meetingPlanned(), meetingHeld('2025-10-08', ['MYNAK', 'FK'])]));
    expect(row).toMatchObject({
      organisations: [present('MYNAK', null), present('FK', FK.name)],
      sources: [10n, 14n, 15n],
    });
  });

  it('titles a meeting whose plan the trail lacks by the day it was held', () => {
    const [row] = report(reported([...aFoundedGroup, meetingHeld('2025-10-08', ['FK'])]));
    expect(row).toMatchObject({ title: 'Kunskapsgruppens möte 2025-10-08', sources: [10n, 14n] });
  });

  it('reports nothing of a group never founded, or of another category', () => {
    expect(report(reported([meetingPlanned(), meetingHeld()]))).toEqual([]);
    expect(report(reported(events, 'knowledgeItem-ki-0001'))).toEqual([]);
  });
});
