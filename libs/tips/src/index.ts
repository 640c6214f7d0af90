export { TipsModule } from './tips.module';
export { TIPS_RULES } from './domain/tips.rules';
export { impulseDecider, impulseStream, tipDecider, tipStream, tipsModuleEvents } from './domain';
export type { ImpulseCommand, ImpulseEvent, TipCommand, TipEvent } from './domain';
export * from './demo';
