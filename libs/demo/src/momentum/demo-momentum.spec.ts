import { isOrganisationNumber, parseOrganisationNumber } from '@samverkan/core/domain';
import { ACTIVITY_KINDS, isCountryCode, isParticipantOrganisation, PROJECT_PERIOD } from '@samverkan/momentum';
import { DEMO_PROJECT_ACTIVITIES, DemoParticipants, demoProjectActivity } from './demo-momentum';
import { demoProjectActivityId, momentumCommandCount } from './seed-momentum';

/** The domain refuses held and dated commands after the real today: the demo stays well before the day it is written for (2026-11-23). */
const LATEST = '2026-11-01';

const people = (p: DemoParticipants) =>
  p.organisations.reduce((sum, o) => sum + o.participants.MANAGER + o.participants.HR + o.participants.OTHER, 0) +
  p.named.length;

describe('Demo Momentum activities', () => {
  it('has every kind, dated inside the project period, with unique keys', () => {
    const keys = DEMO_PROJECT_ACTIVITIES.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(DEMO_PROJECT_ACTIVITIES.map((a) => a.kind))).toEqual(new Set(ACTIVITY_KINDS));
    for (const a of DEMO_PROJECT_ACTIVITIES) {
      for (const date of [a.date, a.movedFrom].filter(Boolean) as string[]) {
        expect(date >= PROJECT_PERIOD.from && date <= PROJECT_PERIOD.to).toBe(true);
      }
      if (a.movedFrom) expect(a.movedFrom).not.toBe(a.date);
      expect(a.title.trim() && a.place.trim()).toBeTruthy();
      expect(a.expectedParticipants).toBeGreaterThanOrEqual(1);
    }
  });

  it('goes abroad on study visits only, to a country other than Sweden', () => {
    for (const a of DEMO_PROJECT_ACTIVITIES) {
      if (a.kind === 'STUDY_VISIT') expect(isCountryCode(a.country!) && a.country !== 'SE').toBe(true);
      else expect(a.country).toBeUndefined();
    }
    expect(demoProjectActivity('studiebesok-norge').country).toBe('NO');
  });

  it('holds activities in the past, not before their planned date; one cancelled with a reason; the closing conference still ahead', () => {
    for (const a of DEMO_PROJECT_ACTIVITIES) {
      const { outcome } = a;
      if (outcome.kind === 'HELD') {
        expect(outcome.heldOn <= LATEST && outcome.heldOn >= PROJECT_PERIOD.from).toBe(true);
        expect(outcome.heldOn).toBe(a.date);
        expect(outcome.summary.trim()).not.toBe('');
      }
      if (outcome.kind === 'PLANNED') expect(a.date > LATEST).toBe(true);
    }
    const cancelled = DEMO_PROJECT_ACTIVITIES.filter((a) => a.outcome.kind === 'CANCELLED');
    expect(cancelled.map((a) => a.key)).toEqual(['hr-arbetsanpassning']);
    expect(cancelled[0].outcome.kind === 'CANCELLED' && cancelled[0].outcome.reason.trim()).toBeTruthy();
    expect(DEMO_PROJECT_ACTIVITIES.filter((a) => a.outcome.kind === 'PLANNED').map((a) => a.date)).toEqual([
      '2027-03-18',
    ]);
  });

  it('records participants by valid organisation numbers or agency codes, each once, with someone from each', () => {
    for (const a of DEMO_PROJECT_ACTIVITIES) {
      if (a.outcome.kind !== 'HELD') continue;
      for (const given of [a.outcome.participants, a.outcome.correction?.participants].filter(
        Boolean,
      ) as DemoParticipants[]) {
        const organisations = given.organisations.map((o) => o.organisation);
        expect(new Set(organisations).size).toBe(organisations.length);
        for (const { organisation, participants } of given.organisations) {
          expect(isParticipantOrganisation(organisation)).toBe(true);
          if (isOrganisationNumber(organisation))
            expect(parseOrganisationNumber(organisation)).toEqual({ ok: true, value: organisation });
          expect(participants.MANAGER + participants.HR + participants.OTHER).toBeGreaterThan(0);
        }
      }
      // Employers take part: every activity but the study visit has some.
      if (a.kind !== 'STUDY_VISIT')
        expect(a.outcome.participants.organisations.some((o) => isOrganisationNumber(o.organisation))).toBe(true);
    }
  });

  it('evaluates on 1–10 to one decimal, from no more respondents than took part; one list is corrected with a reason', () => {
    for (const a of DEMO_PROJECT_ACTIVITIES) {
      if (a.outcome.kind !== 'HELD' || !a.outcome.evaluation) continue;
      const { scale, respondents } = a.outcome.evaluation;
      expect(scale >= 1 && scale <= 10 && Math.round(scale * 10) === scale * 10).toBe(true);
      expect(respondents).toBeLessThanOrEqual(people(a.outcome.correction?.participants ?? a.outcome.participants));
    }
    const corrected = DEMO_PROJECT_ACTIVITIES.filter((a) => a.outcome.kind === 'HELD' && a.outcome.correction);
    expect(corrected.map((a) => a.key)).toEqual(['webb-chefer-2']);
  });

  it('derives stable ids from demo keys and counts one command per step', () => {
    expect(demoProjectActivityId('uppstart-2024')).toBe(demoProjectActivityId('uppstart-2024'));
    expect(demoProjectActivityId('uppstart-2024')).not.toBe(demoProjectActivityId('webb-chefer-1'));
    const count = DEMO_PROJECT_ACTIVITIES.reduce((n, a) => {
      const { outcome } = a;
      const moved = a.movedFrom ? 1 : 0;
      if (outcome.kind === 'CANCELLED') return n + 2 + moved;
      if (outcome.kind === 'PLANNED') return n + 1 + moved;
      return n + 3 + moved + (outcome.correction ? 1 : 0) + (outcome.evaluation ? 1 : 0);
    }, 0);
    expect(momentumCommandCount()).toBe(count);
  });

  it('names no real person from the seed texts', () => {
    const text = JSON.stringify(DEMO_PROJECT_ACTIVITIES);
    for (const name of ['Christina', 'Björklund', 'Sjögerud', 'Öberg', 'Stoetzer']) expect(text).not.toContain(name);
  });
});
