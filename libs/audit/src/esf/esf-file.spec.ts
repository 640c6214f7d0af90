import { stringify } from 'csv-stringify/sync';
import { csvOf, esfReportCsv, esfReportJson, EsfFileReport, participantMonthCsv } from './esf-file';

const REPORT: EsfFileReport = {
  from: '2025-01-01',
  to: '2025-06-30',
  position: '42',
  activities: [
    {
      heldOn: '2025-03-04',
      deliverable: 'KNOWLEDGE_GROUP',
      activityId: 'kg-1',
      stream: 'knowledgeGroup-national',
      title: 'Möte, "vårens" första',
      format: 'MEETING',
      organiser: 'FK',
      organisations: [
        { organisation: 'AV', name: 'Arbetsmiljöverket', participants: null },
        { organisation: '556012-5790', name: null, participants: { managers: 2, hr: 1, other: 0 } },
      ],
      namedPeople: [{ personId: 'p1', name: null, organisation: 'FHM' }],
      participants: { managers: 2, hr: 1, other: 0, named: 1, total: 4 },
      sources: ['3', '17'],
    },
  ],
  decisions: [
    {
      decidedOn: '2025-02-20',
      module: 'plan',
      eventId: 'e1',
      stream: 'plan-2025',
      type: 'CollaborationPlanAdopted',
      summary: 'Planen fastställdes',
      reason: null,
      decidedBy: { personId: 'p2', name: null, organisation: 'FK', role: 'STEERING_GROUP' },
      position: '9',
    },
  ],
  activitiesByDeliverable: [{ deliverable: 'KNOWLEDGE_GROUP', activities: 1 }],
  participants: { managers: 2, hr: 1, other: 0, named: 1, total: 4 },
};

/** Reverses every object's keys and adds a GraphQL client's __typename, as urql's results carry. */
function asClientGotIt(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asClientGotIt);
  if (value && typeof value === 'object')
    return Object.fromEntries([
      ['__typename', 'X'],
      ...Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, asClientGotIt(v)]),
    ]);
  return value;
}

describe("The ESF report's files", () => {
  it('quote CSV as csv-stringify did, without needing Node (the browser writes them too)', () => {
    const columns = ['a', 'b,c', 'd'];
    const rows = [
      ['plain', 'comma, here', 'quote "x"'],
      ['line\nbreak', 'cr\rhere', ' spaced '],
      [0, 12.5, ''],
      [null, undefined, 'Åsa Öberg; Malmö'],
    ];
    expect(csvOf(columns, rows)).toBe(stringify(rows, { header: true, columns }));
    expect(csvOf(columns, [])).toBe(stringify([], { header: true, columns }));
  });

  it('write the same JSON bytes whatever order the fields came in, without a client’s __typename', () => {
    const json = esfReportJson(REPORT);
    expect(esfReportJson(asClientGotIt(REPORT) as EsfFileReport)).toBe(json);
    expect(json).not.toContain('__typename');
    expect(json.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(json))).toEqual([
      'from',
      'to',
      'position',
      'activities',
      'decisions',
      'activitiesByDeliverable',
      'participants',
    ]);
  });

  it('write one CSV table: activities with organisations (uncounted ones marked), then decisions with who decided', () => {
    const lines = esfReportCsv(REPORT).trim().split('\n');
    expect(lines[0]).toMatch(/^section,date,deliverable,id,stream,/);
    expect(lines[1]).toBe(
      'ACTIVITY,2025-03-04,KNOWLEDGE_GROUP,kg-1,knowledgeGroup-national,"Möte, ""vårens"" första",MEETING,FK,' +
        'Arbetsmiljöverket (AV) (antal ej registrerat); 556012-5790 (556012-5790),2,1,0,1,4,,,3 17',
    );
    expect(lines[2]).toBe(
      'DECISION,2025-02-20,plan,e1,plan-2025,Planen fastställdes,CollaborationPlanAdopted,,,,,,,,"p2 (STEERING_GROUP, FK)",,9',
    );
    expect(esfReportCsv(asClientGotIt(REPORT) as EsfFileReport)).toBe(esfReportCsv(REPORT));
  });

  it("write a month's lines, with no counts where the trail records presence only", () => {
    const base = {
      date: '2025-03-04',
      deliverable: 'KNOWLEDGE_GROUP',
      activityId: 'kg-1',
      stream: 'knowledgeGroup-national',
      title: 'Möte',
      format: 'MEETING',
      organiser: 'FK',
      managers: 0,
      hr: 0,
      other: 0,
      named: 0,
      total: 0,
      sources: ['3'],
    };
    const csv = participantMonthCsv([
      {
        ...base,
        line: 'ORGANISATION',
        organisation: 'AV',
        organisationName: 'Arbetsmiljöverket',
        countRecorded: false,
      },
      { ...base, line: 'TOTAL', organisation: '', organisationName: null, countRecorded: true, sources: [] },
    ]).split('\n');
    expect(csv[1]).toBe(
      'ORGANISATION,2025-03-04,KNOWLEDGE_GROUP,kg-1,knowledgeGroup-national,Möte,MEETING,FK,AV,Arbetsmiljöverket (antal ej registrerat),,,,0,0,3',
    );
    expect(csv[2]).toBe('TOTAL,2025-03-04,KNOWLEDGE_GROUP,kg-1,knowledgeGroup-national,Möte,MEETING,FK,,,0,0,0,0,0,');
  });
});
