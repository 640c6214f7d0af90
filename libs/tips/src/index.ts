export { TipsModule } from './tips.module';
export { impulseDecider, impulseStream, tipDecider, tipStream, tipsModuleEvents } from './domain';
export type { ImpulseCommand, ImpulseEvent, TipCommand, TipEvent } from './domain';
export * from './demo';
