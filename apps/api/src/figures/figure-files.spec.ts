import { Figure } from './figure-catalogue';
import { figureCsv, figureJson, FigureMetadata } from './figure-files';
import { measureRows } from './figure-table';

const metadata: FigureMetadata = {
  figure: 'forumCadence',
  parameters: { year: 2025 },
  period: { label: '2025', from: '2025-01-01', to: '2025-12-31' },
  producedAt: '2026-12-04T10:00:00.000Z',
  storePosition: '1016',
  role: 'DASHBOARD',
  query: 'query forumCadenceFile($year: Int!) {\n  forumCadence(year: $year) { year }\n}',
};
const figure = { name: 'forumCadence', place: ['forum', 'term'] } as unknown as Figure<unknown>;
const suppressed = { value: null, display: 'färre än 5', suppressed: true };

describe('A figure file', () => {
  it('given a CSV, opens with one comment line per fact about it, then the header', () => {
    const lines = figureCsv(metadata, figure, []).split('\n');
    expect(lines).toEqual([
      '# figure: forumCadence',
      '# parameters: year=2025',
      '# period: 2025 (2025-01-01 – 2025-12-31)',
      '# producedAt: 2026-12-04T10:00:00.000Z',
      '# storePosition: 1016',
      '# role: DASHBOARD',
      '# query: query forumCadenceFile($year: Int!) { forumCadence(year: $year) { year } }',
      'forum,term,measure,value,display,suppressed',
      '',
    ]);
  });

  it('given a suppressed cell, leaves its value empty and gives its label', () => {
    const rows = measureRows({ forum: 'Väst', term: 'VT' }, { held: 2, organisations: suppressed, planned: null });
    const table = figureCsv(metadata, figure, rows).split('\n').slice(8);
    expect(table).toEqual(['Väst,VT,held,2,2,false', 'Väst,VT,organisations,,färre än 5,true', '']);
  });

  it('given free text that a spreadsheet would run as a formula, quotes it as text', () => {
    const rows = measureRows({ forum: '=HYPERLINK("http://x")', term: 'VT' }, { held: 1 });
    expect(figureCsv(metadata, figure, rows)).toContain(`"'=HYPERLINK(""http://x"")",VT,held,1,1,false`);
  });

  it('given JSON, carries the metadata beside the answer unchanged', () => {
    const answer = { year: 2025, forums: [{ organisations: suppressed }] };
    expect(JSON.parse(figureJson(metadata, answer))).toEqual({ metadata, data: answer });
  });
});
