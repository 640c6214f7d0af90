export { AuditModule } from './audit.module';
export { timelineProjection, TIMELINE_TABLE } from './read-model/timeline.projection';
export { queryTimeline } from './read-model/timeline.query';
export type { TimelineFilter, TimelineRow } from './read-model/timeline.query';
