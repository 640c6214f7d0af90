export { demoOf } from './demo-send';
export type { DemoSend } from './demo-send';
export { DEMO_EMPLOYERS } from './employers';
export type { DemoEmployer } from './employers';
export * from './plan';
export * from './tips';
export * from './knowledge';
