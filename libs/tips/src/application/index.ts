export * from './impulse.endpoint';
export * from './tip.endpoint';
export * from './tips.ids';
export * from './tips.queries';
export { TipBundling } from './tip-bundling';
export type { BundlingPipeline } from './tip-bundling';
