import { randomUUID } from 'node:crypto';
import { CommandContext, handleCommand } from '../src/pipeline/handle-command';
import { DomainRuleViolation } from '../src/errors/domain-errors';
import { EventMetadata } from '../src/envelope/envelope';
import { contextOf, counterCatalog, counterDecider, CounterCommand } from './counter.decider';
import { openScratchWorkspace, ScratchWorkspace } from '../src/testing/scratch-workspace';

// Handled at 11:00 in Stockholm on 2025-03-20.
const now = new Date('2025-03-20T10:00:00Z');
const increment = (on?: string): CounterCommand => ({
  type: 'Increment',
  data: { by: 1, ...(on !== undefined ? { on } : {}) },
  metadata: { now },
});
const reset: CounterCommand = { type: 'Reset', data: {}, metadata: { now }, reason: 'Nystart' };
const context = (extra: Partial<CommandContext> = {}) =>
  contextOf({ id: 'dev-officer', organisation: 'FK', role: 'COLLABORATION_OFFICER' }, extra);

describe("The world's time in the command path", () => {
  let workspace: ScratchWorkspace;
  const catalog = counterCatalog();
  const run = (command: CounterCommand, ctx = context()) =>
    handleCommand(workspace, 'counter-1', counterDecider, command, ctx);
  const stored = async () =>
    (await workspace.store.readStream('counter-1')).map((e) => e.metadata as unknown as EventMetadata);
  const refusal = async (command: CounterCommand, ctx = context()) => {
    const error = await run(command, ctx).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainRuleViolation);
    return error as DomainRuleViolation;
  };

  beforeEach(() => (workspace = openScratchWorkspace(catalog)));
  afterEach(() => workspace.close());

  it('dates a fact stated as a day at midnight in Stockholm, and keeps the handling time as recordedAt', async () => {
    await run(increment('2024-02-20'));
    const [metadata] = await stored();
    expect(metadata.occurredAt).toBe('2024-02-19T23:00:00.000Z');
    expect(metadata.occurredFrom).toBe('on');
    expect(new Date(metadata.recordedAt!).getTime()).toBeGreaterThan(now.getTime());
  });

  it('keeps a stated instant as it is', async () => {
    await run(increment('2024-06-11T13:45:00+02:00'));
    expect((await stored())[0]).toMatchObject({ occurredAt: '2024-06-11T11:45:00.000Z', occurredFrom: 'on' });
  });

  it('uses the handling time for a command that states none, and says so', async () => {
    await run(increment());
    await run(reset);
    expect((await stored()).map((m) => [m.occurredAt, m.occurredFrom])).toEqual([
      [now.toISOString(), 'handling'],
      [now.toISOString(), 'handling'],
    ]);
  });

  describe('a fact is never in the future', () => {
    it('accepts today and refuses tomorrow, appending nothing', async () => {
      const refused = await refusal(increment('2025-03-21'));
      expect(refused.code).toBe('DATE_IN_FUTURE');
      expect(refused.details).toMatchObject({ field: 'on', value: '2025-03-21', today: '2025-03-20' });
      expect(await stored()).toEqual([]);
      await run(increment('2025-03-20'));
      expect(await stored()).toHaveLength(1);
    });

    it('refuses an instant a millisecond after the handling time and accepts the handling time itself', async () => {
      expect((await refusal(increment('2025-03-20T10:00:00.001Z'))).code).toBe('DATE_IN_FUTURE');
      await run(increment('2025-03-20T10:00:00.000Z'));
      expect((await stored())[0].occurredAt).toBe(now.toISOString());
    });
  });

  describe('a fact cannot have happened before its entity existed', () => {
    it('refuses a day before the earliest stated fact, appending nothing, and accepts that day itself', async () => {
      await run(increment('2024-03-01'));
      const refused = await refusal(increment('2024-02-29'));
      expect(refused.code).toBe('OCCURRED_BEFORE_ENTITY');
      expect(refused.details).toMatchObject({
        field: 'on',
        value: '2024-02-29',
        existedFrom: '2024-03-01',
        stream: 'counter-1',
      });
      expect(await stored()).toHaveLength(1);
      await run(increment('2024-03-01'));
      expect(await stored()).toHaveLength(2);
    });

    it('is bounded by the earliest fact, not the latest: a day between two stated facts is accepted', async () => {
      await run(increment('2024-03-01'));
      await run(increment('2024-03-10'));
      await run(increment('2024-03-05'));
      expect((await stored()).map((m) => m.occurredAt.slice(0, 10))).toEqual([
        '2024-02-29',
        '2024-03-09',
        '2024-03-04',
      ]);
    });

    it('compares by day, so an instant late on the first day is not before a fact dated that day', async () => {
      await run(increment('2024-03-01T20:00:00+01:00'));
      await run(increment('2024-03-01'));
      expect(await stored()).toHaveLength(2);
    });

    it('does not count facts dated only by their handling: backfilling an entity drafted today works', async () => {
      await run(reset);
      await run(increment('2020-01-15'));
      expect((await stored())[1].occurredAt).toBe('2020-01-14T23:00:00.000Z');
    });

    it("does not count an event written before the world's time was kept, which the handling alone dates", async () => {
      // given: an old event, its metadata without occurredFrom, handled on 2024-03-01
      await workspace.store.append('counter-1', [
        {
          id: randomUUID(),
          type: 'CounterReset',
          data: {},
          metadata: { commandId: randomUUID(), commandType: 'Reset', occurredAt: '2024-03-01T10:00:00.000Z' },
        },
      ]);

      // when
      await run(increment('2024-02-01'));

      // then
      expect((await stored())[1].occurredAt).toBe('2024-01-31T23:00:00.000Z');
    });

    it("moves the entity's beginning with a correction that dated its earliest fact earlier", async () => {
      // given: the first fact, and its correction to two days before it
      await run(increment('2024-03-01'));
      const [first] = await workspace.store.readStream('counter-1');
      await run(increment('2024-02-27'), context({ correction: { corrects: first.id, reason: 'Fel datum angavs' } }));

      // when: a later command states a day between the two
      await run(increment('2024-02-28'));

      // then: it is after the corrected beginning, so it is accepted
      expect((await stored()).map((m) => m.occurredAt.slice(0, 10))).toEqual([
        '2024-02-29',
        '2024-02-26',
        '2024-02-27',
      ]);
    });

    it("keeps a correction within the entity's other facts: only the corrected one is left out", async () => {
      await run(increment('2024-03-01'));
      await run(increment('2024-03-10'));
      const [, second] = await workspace.store.readStream('counter-1');
      const refused = await refusal(
        increment('2024-02-20'),
        context({ correction: { corrects: second.id, reason: 'Fel datum angavs' } }),
      );
      expect(refused.code).toBe('OCCURRED_BEFORE_ENTITY');
      expect(refused.details).toMatchObject({ existedFrom: '2024-03-01' });
      expect(await stored()).toHaveLength(2);
    });

    it('lets a correction move the earliest fact itself earlier', async () => {
      await run(increment('2024-03-01'));
      const [first] = await workspace.store.readStream('counter-1');
      await run(increment('2024-02-27'), context({ correction: { corrects: first.id, reason: 'Fel datum angavs' } }));
      expect((await stored()).map((m) => m.occurredAt.slice(0, 10))).toEqual(['2024-02-29', '2024-02-26']);
    });
  });

  it('refuses a stated time that is not a real date or instant, naming the field', async () => {
    for (const bad of ['2024-02-30', '20 feb 2024', '2024-02-20T25:00:00Z']) {
      const refused = await refusal(increment(bad));
      expect(refused.code).toBe('INVALID_DATE');
      expect(refused.details).toMatchObject({ field: 'on', value: bad });
    }
    expect(await stored()).toEqual([]);
  });
});
