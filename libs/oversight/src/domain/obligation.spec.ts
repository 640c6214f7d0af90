import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { ObligationCommand, ObligationEvent } from './obligation.commands';
import { evolveObligation, initialObligationState, obligationDecider, obligationStream } from './obligation';
import { addDays, daysBetween, obligationIdFor, termOfDate, termPeriod } from './oversight.model';
import { obligationEventDefinitions } from './oversight.events';

const spec = deciderSpecification(obligationDecider);
const obligationId = obligationIdFor('JOINT_ACTION', 'ja-1');
const overdue = {
  obligationId,
  module: 'forums' as const,
  kind: 'JOINT_ACTION' as const,
  dueOn: '2026-03-31',
  owner: 'AV',
  sourceStream: 'jointAction-ja-1',
};
const mark = (
  data: Partial<ObligationCommand<'MarkObligationOverdue'>['data']> = {},
): ObligationCommand<'MarkObligationOverdue'> => ({
  type: 'MarkObligationOverdue',
  data: { ...overdue, ...data },
  metadata: { now: new Date('2026-04-01T06:00:00Z') },
});
const becameOverdue: ObligationEvent<'ObligationBecameOverdue'> = { type: 'ObligationBecameOverdue', data: overdue };

describe('Obligation', () => {
  describe('when it has not been marked', () => {
    const whenMark = spec.given([]).whenEach(mark);

    it('records that it became overdue, with its module, kind, due date, owner and source', () => {
      whenMark().then([becameOverdue]);
    });

    it('refuses a kind it does not know, or a module the kind does not belong to', () => {
      whenMark({ kind: 'SOMETHING' as never }).thenThrows('INVALID_CHOICE');
      whenMark({ module: 'tips' }).thenThrows('MODULE_MISMATCH');
    });

    it('refuses a due date that is not a date, and a blank owner or id', () => {
      whenMark({ dueOn: '2026-02-30' }).thenThrows('INVALID_DATE');
      whenMark({ owner: ' ' }).thenThrows('INVALID_TEXT');
      whenMark({ obligationId: '' }).thenThrows('INVALID_ID');
    });

    it('names the obligation and the field in every refusal, so the watcher can log which one failed', () => {
      whenMark({ kind: 'SOMETHING' as never }).thenThrows('INVALID_CHOICE', {
        field: 'kind',
        details: { obligationId },
      });
      whenMark({ module: 'tips' }).thenThrows('MODULE_MISMATCH', { details: { obligationId, module: 'tips' } });
      whenMark({ dueOn: '2026-02-30' }).thenThrows('INVALID_DATE', { field: 'dueOn', details: { obligationId } });
      whenMark({ owner: ' ' }).thenThrows('INVALID_TEXT', { field: 'owner', details: { obligationId } });
      whenMark({ sourceStream: '' }).thenThrows('INVALID_TEXT', { field: 'sourceStream', details: { obligationId } });
    });

    it('refuses a command it does not know, rather than recording anything', () => {
      expect(() =>
        obligationDecider.decide({ ...mark(), type: 'ForgetObligation' } as never, initialObligationState()),
      ).toThrow('Unknown obligation command ForgetObligation');
    });
  });

  describe('when it was already marked', () => {
    it('refuses nothing and records nothing: asking again is safe', () => {
      spec.given([becameOverdue]).when(mark()).thenNothingHappened();
    });

    it('records nothing even when asked with another due date (once per obligation)', () => {
      spec
        .given([becameOverdue])
        .when(mark({ dueOn: '2026-05-31' }))
        .thenNothingHappened();
    });
  });

  describe('its state', () => {
    const laterDue = { ...becameOverdue, data: { ...overdue, dueOn: '2026-05-31' } };

    it('is overdue since the due date the first mark recorded, and a later mark does not move it', () => {
      const marked = evolveObligation(initialObligationState(), becameOverdue);
      expect(marked).toEqual({ overdueSince: '2026-03-31' });
      expect(evolveObligation(marked, laterDue)).toEqual({ overdueSince: '2026-03-31' });
    });

    it("is unchanged by an event of a type it does not know (a later release's)", () => {
      const state = { overdueSince: '2026-03-31' };
      expect(evolveObligation(state, { type: 'ObligationWaived', data: {} } as never)).toBe(state);
    });
  });

  it('names the owner in its summary: both organisations for a joint duty, blanks folded', () => {
    const summary = obligationEventDefinitions.ObligationBecameOverdue.summary;
    expect(summary({ ...overdue, owner: 'JOINT' })).toContain('(ansvarig: FK och AV gemensamt,');
    expect(summary({ ...overdue, owner: ' FK\t\n region  Väst ' })).toContain('(ansvarig: FK region Väst,');
  });

  it('lives in the stream obligation-<id>, an action summarised without people', () => {
    expect(obligationStream(obligationId)).toBe('obligation-jointAction_ja-1');
    expect(obligationEventDefinitions.ObligationBecameOverdue.kind).toBe('action');
    expect(obligationEventDefinitions.ObligationBecameOverdue.summary(overdue)).toBe(
      'Försenat: en gemensam åtgärd skulle vara klar 2026-03-31 (ansvarig: AV, jointAction-ja-1)',
    );
  });
});

describe('Calendar arithmetic', () => {
  it('adds days across months and leap years, and counts days between dates', () => {
    expect(addDays('2024-12-15', 90)).toBe('2025-03-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('spans each term from its first to its last day', () => {
    expect(termPeriod('VT', 2026)).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(termPeriod('HT', 2026)).toEqual({ from: '2026-07-01', to: '2026-12-31' });
  });

  it('places a date in its term', () => {
    expect(termOfDate('2026-06-30')).toEqual({ term: 'VT', year: 2026 });
    expect(termOfDate('2026-07-01')).toEqual({ term: 'HT', year: 2026 });
  });
});
