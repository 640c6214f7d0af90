export type { DemoSend } from './demo-send';
export { DEMO_EMPLOYERS } from './employers';
export type { DemoEmployer } from './employers';
export * from './plan';
export * from './forums';
export * from './momentum';
export * from './supervision';
export * from './dialogue';
