export { DEMO_SHAPES, demoYear } from './demo-year';
export type { DemoImpulse, DemoOutcome, DemoTip, DemoYear, YearShape } from './demo-year';
export { commandCount, seedTipYear } from './seed-tips';
