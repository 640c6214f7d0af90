export * from './tips.commands';
export * from './tips.queries';
export { TipBundling } from './tip-bundling';
