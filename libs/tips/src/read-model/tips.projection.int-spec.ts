import Database from 'better-sqlite3';
import { EventCatalog, ProjectedEvent } from '@samverkan/core';
import { storedEvent } from '@samverkan/core/testing/stored-event';
import { GivenEvent, projectionSpecification } from '@samverkan/core/testing/projection-specification';
import { impulseStream, tipsModuleEvents, tipStream } from '../domain';
import { received, reportedAbout, TIP_ID, TIP_IMPULSES, tipReceived, tipSent } from '../domain/testing/tips.fixtures';
import { tipFunnelCells } from './tips.funnel';
import { findImpulses, findTip } from './tips.queries';
import { tipsProjection } from './tips.projection';

const catalog = new EventCatalog();
catalog.register(tipsModuleEvents);

const TODAY = '2026-12-02T09:00:00.000Z';
const employer = { organisationNumber: '556901-2346', name: 'Solbacka Omsorg AB' };
let position = 1;

/** A stored event, recorded today; `world` where the envelope kept when its fact happened. */
function stored(
  stream: string,
  revision: number,
  type: string,
  commandType: string,
  data: unknown,
  world?: { at: string; from: string },
): ProjectedEvent {
  return storedEvent(type, data, {
    stream,
    revision,
    position: BigInt(position++),
    recordedAt: TODAY,
    commandType,
    world,
  });
}

/** The tip routine's read model on a real SQLite database: the funnel counts a fact in the year it happened. */
describe('The tips read model', () => {
  let db: Database.Database;
  const projection = tipsProjection(catalog);
  const funnel = (year: number) => tipFunnelCells(db, year, 'QUARTER').total;

  beforeEach(() => {
    db = new Database(':memory:');
    projection.setup(db);
    // An impulse reported and a tip sent in November last year, both recorded today; the older
    // impulse was written before the world time was kept.
    const events = [
      stored(
        'impulse-i1',
        0,
        'ImpulseReported',
        'ReportImpulse',
        {
          impulseId: 'i1',
          employer,
          region: 'Skåne',
          industry: '88.101',
          deficiency: 'NO_RETURN_TO_WORK_PLAN',
          description: 'd',
          reportedOn: '2025-11-03',
        },
        { at: '2025-11-02T23:00:00.000Z', from: 'reportedOn' },
      ),
      stored('impulse-i2', 0, 'ImpulseReported', 'ReportImpulse', {
        impulseId: 'i2',
        employer,
        region: 'Skåne',
        industry: '88.101',
        deficiency: 'NO_RETURN_TO_WORK_PLAN',
        description: 'd',
        reportedOn: '2025-11-04',
      }),
      stored(
        'tip-t1',
        0,
        'TipCompiled',
        'CompileTip',
        { tipId: 't1', employer, region: 'Skåne', industry: '88.101', impulseIds: ['i1', 'i2'], summary: 's' },
        { at: TODAY, from: 'handling' },
      ),
      stored(
        'tip-t1',
        1,
        'TipSent',
        'SendTip',
        { tipId: 't1', sentOn: '2025-11-20', impulseIds: ['i1', 'i2'] },
        { at: '2025-11-19T23:00:00.000Z', from: 'sentOn' },
      ),
    ];
    for (const event of events) projection.apply(db, event);
    projection.endBatch?.(db);
  });
  afterEach(() => db.close());

  it("counts impulses and the tip sent last year, recorded today, in last year's funnel, not this year's", () => {
    expect(funnel(2025)).toMatchObject({ impulses: 2, tips: 1 });
    expect(funnel(2026)).toMatchObject({ impulses: 0, tips: 0 });
  });

  it('keeps when the tip was compiled: compiling states no other time than its sending', () => {
    expect(findTip(db, 't1')).toMatchObject({ compiled_at: TODAY, sent_on: '2025-11-20' });
  });
});

describe('The tips read model, fed as the store delivers', () => {
  const spec = projectionSpecification(tipsProjection(catalog), [tipsModuleEvents]);
  const impulseEvents = (id: string): GivenEvent[] => [
    { stream: impulseStream(id), ...reportedAbout(id) },
    { stream: impulseStream(id), type: 'ImpulseJoinedTip', data: { impulseId: id, tipId: TIP_ID } },
  ];
  const given = [...TIP_IMPULSES.flatMap(impulseEvents), ...received.map((e) => ({ ...e, stream: tipStream(TIP_ID) }))];
  const rows = (db: Database.Database) => ({
    tip: (({ status, revision, sent_on, received_on }) => ({ status, revision, sent_on, received_on }))(
      findTip(db, TIP_ID)!,
    ),
    impulses: findImpulses(db, TIP_IMPULSES).map((r) => [r.status, r.tip_id]),
  });

  it('keeps one row per tip and impulse with the revision it saw, unchanged when the events come again', () =>
    spec.given(given).then(rows, {
      tip: { status: 'RECEIVED', revision: 2, sent_on: tipSent.data.sentOn, received_on: tipReceived.data.receivedOn },
      impulses: TIP_IMPULSES.map(() => ['IN_TIP', TIP_ID]),
    }));
});
