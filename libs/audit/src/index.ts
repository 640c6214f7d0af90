export { AuditModule } from './audit.module';
export { AUDIT_RULES } from './audit.rules';
export { timelineProjection, TIMELINE_TABLE } from './read-model/timeline.projection';
export { queryTimeline } from './read-model/timeline.query';
export type { TimelineFilter, TimelineRow } from './read-model/timeline.query';
export { walkChains } from './integrity/chain-walker';
export { exportedEventLine, writeEventLines } from './integrity/event-export';
export type { BrokenLink, BrokenLinkProblem, IntegrityReport, StreamHead } from './integrity/chain-walker';
export { checkDigest, createDigest, DIGEST_FORMAT, headsAt, rootOf } from './integrity/digest';
export type { DigestCheck, IntegrityDigest } from './integrity/digest';
export {
  fingerprintOf,
  publicKeyBase64,
  publicKeyPem,
  SIGNING_KEY_FILE,
  sharedSigningKey,
  sharedTrustedPublicKey,
  trustedPublicKey,
  workspaceSigningKey,
} from './integrity/signing-key';
export { entityAsOf, plainJson } from './time-travel/entity-as-of';
export type { AsOf, AsOfClock, EntityState } from './time-travel/entity-as-of';
export { buildEsfReport, esfCategories } from './esf/esf-report';
export { ESF_REPORT_FORMAT } from './esf/report-format';
export type { EsfActivityRow, EsfDecisionRow, EsfPeriod, EsfReport } from './esf/esf-report';
export { esfReportView } from './esf/esf-export';
export { esfReportCsv, esfReportJson, participantMonthCsv } from './esf/esf-file';
export type { EsfFileReport, ParticipantFileLine } from './esf/esf-file';
export { erasureEndpoint, PersonErasure } from './erasure/erasure.endpoint';
export type { ErasureRequest } from './erasure/erasure.endpoint';
export { erasureDecider, erasureStream, privacyModuleEvents } from './erasure/person-erasure';
export { activitiesHash, esfReportHash } from './esf/esf-content';
export { reportingModuleEvents } from './reporting-events';
export { sealDecider, sealStream } from './sealing/esf-seal';
export { sealEndpoint } from './sealing/seal.endpoint';
export type { SealRequest, TrailReading } from './sealing/seal.endpoint';
export { esfAmendments } from './sealing/esf-amendments';
export type { EsfAmendments } from './sealing/esf-amendments';
export { listSeals } from './sealing/esf-seals';
export { monthDecider, monthStream } from './participants/participant-month';
export { participantMonthEndpoint } from './participants/participant-month.endpoint';
export type { ParticipantMonthRequest } from './participants/participant-month.endpoint';
export { FIRST_MONTH, LAST_MONTH, isMonth } from './participants/months';
export { participantMonthsUpTo } from './participants/participant-months';
export type { MonthView } from './participants/participant-months';
export { participantLines } from './participants/participant-rows';
