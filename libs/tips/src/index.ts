export { TipsModule } from './tips.module';
export { TIPS_RULES } from './domain/tips.rules';
export { impulseDecider, impulseStream, tipDecider, tipStream, tipsModuleEvents } from './domain';
export type {
  Deficiency,
  DirectAction,
  ImpulseCommand,
  ImpulseEvent,
  ImpulseState,
  IsoDate,
  NoActionReason,
  TipCommand,
  TipEvent,
  TipState,
} from './domain';
export { impulseEndpoint, impulseIdFor, TipBundling, tipEndpoint, tipIdFor } from './application';
export type { BundlingPipeline, ImpulseRequest, TipRequest } from './application';
