import { DEFAULT_REGIONS, parseOrganisationNumber } from '@samverkan/core';
import { AGENCIES, DialogueEmployer } from '@samverkan/dialogue';
import { DEMO_INSPECTIONS, demoInspection, demoInspectionId } from '../supervision';
import {
  DEMO_DIALOGUE_MEETINGS,
  DEMO_SELECTIONS,
  DemoDialogueActor,
  DemoDialogueMeeting,
  demoSelection,
} from './demo-dialogues';
import { demoDialogueMeetingId, demoDialogueOutcomeId, dialogueCommandCount } from './seed-dialogue';

/** The domain refuses held, recorded and follow-up dates after the real today: the demo stays well before the day it is written for (2026-11-23). */
const LATEST = '2026-11-01';
const EARLIEST = '2025-08-01';

const AGENCY_OF: Record<DemoDialogueActor, string> = { officer: 'FK', inspector: 'AV', steering: 'FK' };
const held = (m: DemoDialogueMeeting) => m.end.kind === 'HELD';
const selectionYear = (m: DemoDialogueMeeting) => Number(m.plannedOn.slice(0, 4));

/** Selected in the area and the planned year, and not deselected (deselections are seeded after every selection, before any meeting). */
function selectedFor(m: DemoDialogueMeeting): Set<string> {
  const selection = DEMO_SELECTIONS.find((s) => s.area === m.area && s.year === selectionYear(m));
  if (!selection) return new Set();
  const gone = new Set(selection.deselected.map((d) => d.organisationNumber));
  return new Set(selection.selected.map((s) => s.employer.organisationNumber).filter((n) => !gone.has(n)));
}

function allEmployers(): DialogueEmployer[] {
  return [
    ...DEMO_SELECTIONS.flatMap((s) => s.selected.map((e) => e.employer)),
    ...DEMO_DIALOGUE_MEETINGS.flatMap((m) => m.employers),
  ];
}

describe('Demo dialogues', () => {
  it('select 3–5 employers in 4–5 areas for 2025, in configured regions, each on 1–3 distinct criteria with a reason', () => {
    const of2025 = DEMO_SELECTIONS.filter((s) => s.year === 2025);
    expect(of2025.length).toBeGreaterThanOrEqual(4);
    expect(of2025.length).toBeLessThanOrEqual(5);
    for (const selection of DEMO_SELECTIONS) {
      expect(DEFAULT_REGIONS).toContain(selection.area);
      if (selection.year === 2025) {
        expect(selection.selected.length).toBeGreaterThanOrEqual(3);
        expect(selection.selected.length).toBeLessThanOrEqual(5);
      }
      const numbers = selection.selected.map((s) => s.employer.organisationNumber);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const { employer, reason } of selection.selected) {
        expect(reason.trim()).not.toBe('');
        expect(employer.criteria.length).toBeGreaterThanOrEqual(1);
        expect(employer.criteria.length).toBeLessThanOrEqual(3);
        expect(new Set(employer.criteria.map((c) => c.criterion)).size).toBe(employer.criteria.length);
        for (const c of employer.criteria) expect(c.value.trim() && c.rationale.trim()).toBeTruthy();
      }
    }
    expect(DEMO_SELECTIONS.filter((s) => s.year === 2026).length).toBeGreaterThan(0);
  });

  it('deselect one employer that was selected, with a reason, and never meet it afterwards', () => {
    const deselections = DEMO_SELECTIONS.flatMap((s) => s.deselected.map((d) => ({ ...d, selection: s })));
    expect(deselections).toHaveLength(1);
    for (const d of deselections) {
      expect(d.reason.trim()).not.toBe('');
      expect(d.selection.selected.map((s) => s.employer.organisationNumber)).toContain(d.organisationNumber);
      const met = DEMO_DIALOGUE_MEETINGS.filter(
        (m) => m.area === d.selection.area && selectionYear(m) === d.selection.year,
      );
      expect(met.flatMap((m) => m.employers.map((e) => e.organisationNumber))).not.toContain(d.organisationNumber);
    }
  });

  it('hold targeted dialogues only with employers selected in the area and year (and not deselected), as selected', () => {
    const targeted = DEMO_DIALOGUE_MEETINGS.filter((m) => m.kind === 'TARGETED');
    for (const m of targeted) {
      const selected = selectedFor(m);
      for (const e of m.employers) expect([m.key, selected.has(e.organisationNumber)]).toEqual([m.key, true]);
      const selection = demoSelection(m.area, selectionYear(m));
      for (const e of m.employers) {
        expect(
          selection.selected.find((s) => s.employer.organisationNumber === e.organisationNumber)?.employer.name,
        ).toBe(e.name);
      }
      expect(m.audiences.every((a) => a === 'HR' || a === 'MANAGERS')).toBe(true);
      expect(m.by).not.toBe('steering');
    }
    for (const area of new Set(DEMO_SELECTIONS.filter((s) => s.year === 2025).map((s) => s.area))) {
      const count = targeted.filter((m) => m.area === area).length;
      expect([area, count >= 1 && count <= 2]).toEqual([area, true]);
    }
  });

  it('hold every held dialogue with both FK and AV among the participants, recorded before it was held', () => {
    for (const m of DEMO_DIALOGUE_MEETINGS.filter(held)) {
      const agencies = new Set(m.participations.map((p) => AGENCY_OF[p.by]));
      for (const agency of AGENCIES) expect([m.key, agencies.has(agency)]).toEqual([m.key, true]);
    }
  });

  it('record outcomes only for held dialogues, and follow-ups only of recorded outcomes, on or after they were recorded', () => {
    for (const m of DEMO_DIALOGUE_MEETINGS) {
      if (m.end.kind !== 'HELD') {
        expect(m.end).not.toHaveProperty('outcomes');
        continue;
      }
      const { heldOn, outcomesRecordedOn, outcomes, followUps } = m.end;
      expect(outcomes.length).toBeGreaterThanOrEqual(2);
      expect(outcomes.length).toBeLessThanOrEqual(3);
      expect(outcomesRecordedOn >= heldOn).toBe(true);
      for (const o of outcomes) if (o.followUpBy) expect(o.followUpBy >= heldOn).toBe(true);
      for (const f of followUps) {
        expect(Number.isInteger(f.outcome) && f.outcome >= 0 && f.outcome < outcomes.length).toBe(true);
        expect(f.followedUpOn >= outcomesRecordedOn).toBe(true);
        expect(f.note.trim()).not.toBe('');
      }
    }
    const followUps = DEMO_DIALOGUE_MEETINGS.flatMap((m) => (m.end.kind === 'HELD' ? m.end.followUps : []));
    expect(followUps.some((f) => f.done)).toBe(true);
    expect(followUps.some((f) => !f.done)).toBe(true);
  });

  it('cancel one dialogue with a reason and keep one or two planned for December 2026 or later', () => {
    const cancelled = DEMO_DIALOGUE_MEETINGS.filter((m) => m.end.kind === 'CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].end.kind === 'CANCELLED' && cancelled[0].end.reason.trim()).toBeTruthy();
    const planned = DEMO_DIALOGUE_MEETINGS.filter((m) => m.end.kind === 'PLANNED');
    expect(planned.length).toBeGreaterThanOrEqual(1);
    expect(planned.length).toBeLessThanOrEqual(2);
    for (const m of planned) expect(m.plannedOn >= '2026-12-01').toBe(true);
  });

  it('include the leadership dialogue of autumn 2025: the largest municipalities, senior management, planned by the steering group', () => {
    const leadership = DEMO_DIALOGUE_MEETINGS.filter((m) => m.kind === 'LEADERSHIP');
    expect(leadership).toHaveLength(1);
    const [m] = leadership;
    expect(m.area).toBe('Stockholm');
    expect(m.by).toBe('steering');
    expect(m.audiences).toEqual(['SENIOR_MANAGEMENT']);
    expect(m.employers.length).toBeGreaterThanOrEqual(6);
    expect(m.employers.length).toBeLessThanOrEqual(8);
    expect(m.end.kind).toBe('HELD');
    if (m.end.kind !== 'HELD') return;
    expect(m.end.heldOn >= '2025-10-01' && m.end.heldOn <= '2025-11-30').toBe(true);
    expect(m.end.followUps.length).toBeGreaterThan(0);
    expect(m.topics.some((t) => /välfärdsyrkena/.test(t.title))).toBe(true);
  });

  it('cite only demo inspections whose principal is an employer of the meeting, selected in the inspection’s county, inspected before', () => {
    const citing = DEMO_DIALOGUE_MEETINGS.filter((m) => m.topics.some((t) => t.citesInspection));
    expect(citing.length).toBeGreaterThan(0);
    for (const m of citing) {
      for (const t of m.topics.filter((topic) => topic.citesInspection)) {
        const inspection = demoInspection(t.citesInspection as string);
        expect(DEMO_INSPECTIONS).toContain(inspection);
        expect(m.employers).toContainEqual({ ...inspection.principal });
        expect(inspection.region).toBe(m.area);
        expect(inspection.inspectedOn < m.plannedOn).toBe(true);
        expect(demoInspectionId(inspection.key)).toMatch(/\S/);
      }
    }
  });

  it('use valid organisation numbers of legal persons, each naming one employer', () => {
    const names = new Map<string, string>();
    for (const e of allEmployers()) {
      expect(parseOrganisationNumber(e.organisationNumber)).toEqual({ ok: true, value: e.organisationNumber });
      expect(Number(e.organisationNumber[2])).toBeGreaterThanOrEqual(2);
      expect(names.get(e.organisationNumber) ?? e.name).toBe(e.name);
      names.set(e.organisationNumber, e.name);
    }
  });

  it('keep held, recorded and follow-up dates between August 2025 and 2026-11-01', () => {
    for (const m of DEMO_DIALOGUE_MEETINGS) {
      expect(DEFAULT_REGIONS).toContain(m.area);
      expect(m.plannedOn >= EARLIEST).toBe(true);
      if (m.end.kind !== 'HELD') continue;
      const dates = [m.end.heldOn, m.end.outcomesRecordedOn, ...m.end.followUps.map((f) => f.followedUpOn)];
      for (const d of dates) expect([m.key, d, d >= EARLIEST && d <= LATEST]).toEqual([m.key, d, true]);
      expect(m.end.heldOn >= m.plannedOn).toBe(true);
    }
  });

  it('derive stable, distinct ids from the demo keys, and count one command per step', () => {
    const keys = DEMO_DIALOGUE_MEETINGS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    const ids = keys.map(demoDialogueMeetingId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(demoDialogueMeetingId(keys[0])).toBe(ids[0]);
    expect(demoDialogueOutcomeId(keys[0], 0)).not.toBe(demoDialogueOutcomeId(keys[0], 1));
    const selections = DEMO_SELECTIONS.reduce((n, s) => n + s.selected.length + s.deselected.length, 0);
    const meetings = DEMO_DIALOGUE_MEETINGS.reduce(
      (n, m) =>
        n +
        1 +
        m.participations.length +
        (m.end.kind === 'CANCELLED' ? 1 : m.end.kind === 'HELD' ? 2 + m.end.followUps.length : 0),
      0,
    );
    expect(dialogueCommandCount()).toBe(selections + meetings);
  });
});
