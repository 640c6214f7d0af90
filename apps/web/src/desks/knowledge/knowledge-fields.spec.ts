import type { KnowledgeGroupDocumentFragment } from '../../gql/graphql';
import {
  forumScope,
  heldForumMeetings,
  heldGroupMeetings,
  httpLink,
  itemFilter,
  organisationCode,
  planMeetingInput,
  presentOptions,
  proposeInput,
} from './knowledge-fields';

const meeting = (id: string, status: string, heldOn: string | null = null) => ({
  id,
  status,
  heldOn,
  term: 'HT',
  year: 2026,
  date: '2026-11-10',
  present: [],
  agenda: [],
  cancellationReason: null,
});
const member = (code: string, active: boolean) => ({ code, name: code, active, host: false, periods: [] });
const group = {
  members: [member('FK', true), member('SOS', false), member('FHM', true)],
  meetings: [meeting('m1', 'HELD', '2026-11-11'), meeting('m2', 'PLANNED'), meeting('m3', 'CANCELLED')],
} as unknown as KnowledgeGroupDocumentFragment;

describe("The knowledge group desk's form fields", () => {
  it('offers only current members as present, and only held meetings for a review or a presentation', () => {
    expect(presentOptions(group).map((o) => o.value)).toEqual(['FK', 'FHM']);
    expect(heldGroupMeetings(group)).toEqual([{ value: 'm1', label: 'HT 2026, 2026-11-11' }]);
    expect(heldGroupMeetings(undefined)).toEqual([]);
    const forums = [
      {
        id: 'syd',
        name: 'Forum Syd',
        meetings: [
          { id: 'f1', title: 'Seminarium', status: 'HELD', heldOn: '2026-11-20' },
          { id: 'f2', title: 'Planerat', status: 'PLANNED', heldOn: null },
        ],
      },
    ] as Parameters<typeof heldForumMeetings>[0];
    expect(heldForumMeetings(forums)).toEqual([{ value: 'f1', label: 'Forum Syd: Seminarium (2026-11-20)' }]);
    // A coordinator's token names their forums: the others' meetings are not offered.
    expect(heldForumMeetings(forums, ['syd'])).toHaveLength(1);
    expect(heldForumMeetings(forums, ['vast'])).toEqual([]);
  });

  it('reads the forums a token is limited to from its claim, and none where it has no claim', () => {
    const token = (claims: object) => `x.${btoa(JSON.stringify(claims))}.y`;
    expect(forumScope(token({ role: 'FORUM_COORDINATOR', forums: ['syd', 'vast'] }))).toEqual(['syd', 'vast']);
    expect(forumScope(token({ role: 'KNOWLEDGE_GROUP' }))).toBeNull();
    expect(forumScope(undefined)).toBeNull();
  });

  it('makes inputs of the forms: topics and agenda by line, a day only when given', () => {
    expect(
      proposeInput({
        kind: 'TOOL',
        title: ' Checklista ',
        sourceOrganisation: 'FHM ',
        link: ' https://example.se ',
        topics: 'a\n\n b ',
        proposedOn: '',
      }),
    ).toEqual({
      kind: 'TOOL',
      title: 'Checklista',
      sourceOrganisation: 'FHM',
      link: 'https://example.se',
      topics: ['a', 'b'],
    });
    expect(planMeetingInput({ term: 'HT', year: '2026', date: '2026-11-10', agenda: 'x\n' })).toEqual({
      term: 'HT',
      year: 2026,
      date: '2026-11-10',
      agenda: ['x'],
    });
  });

  it('checks organisation codes and links before sending', () => {
    expect([organisationCode('FHM'), organisationCode('MYNAK2')]).toEqual([undefined, undefined]);
    for (const bad of ['fhm', 'F', '1AB', 'ABCDEFGHIJK']) expect(organisationCode(bad)).toBeDefined();
    expect(httpLink('https://example.se/x')).toBeUndefined();
    expect(httpLink('example.se')).toBeDefined();
  });

  it('filters items by what the filter form gives only', () => {
    const form = new Map([
      ['status', 'PUBLISHED'],
      ['topic', ' ledning '],
      ['source', ''],
    ]);
    expect(itemFilter(form)).toEqual({ status: 'PUBLISHED', topic: 'ledning' });
    expect(itemFilter(new Map())).toEqual({});
  });
});
