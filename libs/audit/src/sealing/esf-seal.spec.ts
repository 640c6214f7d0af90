import { deciderSpecification } from '@samverkan/core/testing/decider-specification';
import { reportingModuleEvents } from '../reporting-events';
import { EsfReportSealed, SealEsfReport, sealDecider, SealFacts } from './esf-seal';

const now = new Date('2026-11-23T10:00:00Z');
const facts: SealFacts = {
  sealId: 'c0ffee00-0000-4000-8000-000000000001',
  from: '2025-01-01',
  to: '2025-06-30',
  position: '42',
  positionSpace: 'sqlite',
  contentHash: 'a'.repeat(64),
  integrityRoot: 'b'.repeat(64),
  streams: 7,
  activities: 3,
  decisions: 2,
  reportFormat: 2,
};
const seal = (data: Partial<SealFacts> = {}): SealEsfReport => ({
  type: 'SealEsfReport',
  data: { ...facts, ...data },
  metadata: { now },
  reason: 'Utbetalningsansökan 3',
});
const sealed: EsfReportSealed = { type: 'EsfReportSealed', data: { ...facts, position: '42' } };
const spec = deciderSpecification(sealDecider);

describe('Sealing an ESF report', () => {
  describe('given no seal yet', () => {
    it('records the fingerprint, the position and the integrity root', () =>
      spec.given([]).when(seal()).then([sealed]));
    it('refuses a period that ends before it starts', () =>
      spec
        .given([])
        .when(seal({ from: '2025-07-01' }))
        .thenThrows('PERIOD_INVALID'));
    it('refuses to seal an empty store', () =>
      spec
        .given([])
        .when(seal({ position: null }))
        .thenThrows('NOTHING_TO_SEAL'));
  });

  describe('given the seal was recorded', () => {
    it('refuses a second one in its stream', () =>
      spec.given([sealed]).when(seal()).thenThrows('SEAL_ALREADY_RECORDED'));
  });

  it('is a decision of the reporting module, folded for time travel', () => {
    expect(reportingModuleEvents.definitions.EsfReportSealed.kind).toBe('decision');
    expect(reportingModuleEvents.definitions.EsfReportSealed.summary(sealed.data)).toBe(
      'ESF-rapporten för 2025-01-01 – 2025-06-30 förseglades vid position 42 (3 aktiviteter, 2 beslut)',
    );
    expect(reportingModuleEvents.evolvers?.esfSeal).toBe(sealDecider);
  });

  describe('a seal stored before seals recorded their report format (schema version 1)', () => {
    const definition = reportingModuleEvents.definitions.EsfReportSealed;
    const stored = JSON.parse(
      '{"sealId":"s1","from":"2024-07-01","to":"2024-12-31","position":"17","positionSpace":"sqlite","contentHash":"' +
        'c'.repeat(64) +
        '","integrityRoot":"' +
        'd'.repeat(64) +
        '","streams":4,"activities":2,"decisions":1}',
    );

    it('is read as counted by format 1, the only rules there were, its facts unchanged', () => {
      expect(definition.schemaVersion).toBe(2);
      expect(definition.upcast!(stored, 1)).toEqual({ ...stored, reportFormat: 1 });
    });

    it('leaves a seal of the current version as it was stored', () => {
      expect(definition.upcast!({ ...stored, reportFormat: 2 }, 2)).toEqual({ ...stored, reportFormat: 2 });
    });
  });
});
