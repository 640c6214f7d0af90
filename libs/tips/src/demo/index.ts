export { DEMO_SHAPES, demoYear } from './demo-year';
export type { DemoYear, YearShape } from './demo-year';
export { DEMO_EMPLOYERS } from './demo-employers';
export { commandCount, seedTipYear } from './seed-tips';
