import Database from 'better-sqlite3';
import { EventCatalog, ProjectedEvent, readDocument } from '@samverkan/core';
import { storedEvent } from '@samverkan/core/testing/stored-event';
import { forumsModuleEvents, jointActionStream } from '../domain';
import { agreed as agreedAction, JOINT_ACTION_ID } from '../domain/testing/forums.fixtures';
import { JointActionDoc } from './forums.documents';
import { JOINT_ACTION_TABLE, jointActionProjection } from './forums.projections';

const catalog = new EventCatalog();
catalog.register(forumsModuleEvents);

/** JointActionAgreed as stored: recorded at `recordedAt`; `world` where the envelope kept when it happened. */
function agreed(recordedAt: string, world?: { at: string; from: string }): ProjectedEvent {
  const at = { stream: jointActionStream(JOINT_ACTION_ID), revision: 0, position: 1n, recordedAt, id: 'e0' };
  return storedEvent('JointActionAgreed', agreedAction.data, {
    ...at,
    commandType: 'AgreeJointAction',
    world,
    kind: 'decision',
    reason: 'r',
  });
}

/** The joint actions' read model on a real SQLite database: the day an action was agreed. */
describe('The joint action read model', () => {
  let db: Database.Database;
  const projection = jointActionProjection(catalog);
  const agreedOn = (event: ProjectedEvent) => {
    projection.apply(db, event);
    return readDocument<JointActionDoc>(db, JOINT_ACTION_TABLE, JOINT_ACTION_ID)!.doc.agreedOn;
  };

  beforeEach(() => {
    db = new Database(':memory:');
    projection.setup(db);
  });
  afterEach(() => db.close());

  it('dates an action agreed at a meeting held last year, recorded today, on the meeting day in Sweden', () => {
    // Held on 5 February 2025: midnight in Stockholm is 23:00 UTC the day before.
    expect(
      agreedOn(agreed('2026-12-02T09:00:00.000Z', { at: '2025-02-04T23:00:00.000Z', from: 'meeting.heldOn' })),
    ).toBe('2025-02-05');
  });

  it('dates an action recorded before the world time was kept, whose data states no day, on the Swedish day it was recorded', () => {
    // 23:30 UTC on 1 March is 00:30 on 2 March in Stockholm.
    expect(agreedOn(agreed('2025-03-01T23:30:00.000Z'))).toBe('2025-03-02');
  });
});
