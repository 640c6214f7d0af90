import type Database from 'better-sqlite3';
import { projectionSpecification } from '@samverkan/core/testing/projection-specification';
import { DomainEvent } from '@samverkan/core';
import { groupStream, itemStream, knowledgeModuleEvents } from '../domain';
import {
  aGroupWithAHeldMeeting,
  AV,
  FHM,
  GROUP_ID,
  ITEM_ID,
  itemPresented,
  itemRetired,
  memberRemoved,
  MEETING_ID,
  SOS,
  aPublishedItem,
} from '../domain/testing/knowledge.fixtures';
import { getGroup, getItems } from './knowledge.queries';
import { groupProjection, itemProjection } from './knowledge.projections';

const on = (stream: string, events: DomainEvent[]) => events.map((e) => ({ ...e, stream }));

describe('The knowledge group projection', () => {
  const spec = projectionSpecification(groupProjection, [knowledgeModuleEvents]);
  const group = (db: Database.Database) => {
    const row = getGroup(db, GROUP_ID);
    return (
      row && {
        revision: row.revision,
        members: row.doc.members.map((m) => [m.code, m.active, m.periods.length]),
        meetings: row.doc.meetings.map((m) => [m.meetingId, m.status, m.heldOn]),
      }
    );
  };

  it('keeps members over time and meetings with the revision it saw, unchanged when the events come again', () =>
    spec.given(on(groupStream(GROUP_ID), [...aGroupWithAHeldMeeting, memberRemoved()])).then(group, {
      revision: 6,
      members: [
        ['FK', true, 1],
        [AV.code, true, 1],
        [FHM.code, true, 1],
        [SOS.code, false, 1],
      ],
      meetings: [[MEETING_ID, 'HELD', '2025-10-08']],
    }));

  it('has no document before the group is founded', () => spec.given([]).then(group, null));
});

describe('The knowledge item projection', () => {
  const spec = projectionSpecification(itemProjection, [knowledgeModuleEvents]);
  const item = (db: Database.Database) =>
    getItems(db, [ITEM_ID]).map(({ doc, revision }) => ({
      revision,
      status: doc.status,
      presentations: doc.presentations.length,
      retireReason: doc.retireReason,
    }));

  it('follows the item to its retirement with its presentations, unchanged when the events come again', () =>
    spec
      .given(on(itemStream(ITEM_ID), [...aPublishedItem, itemPresented(), itemRetired()]))
      .then(item, [{ revision: 4, status: 'RETIRED', presentations: 1, retireReason: itemRetired().data.reason }]));
});
