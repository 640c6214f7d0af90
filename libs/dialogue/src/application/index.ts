export * from './dialogue.commands';
export * from './dialogue.queries';
export { entityIdFor } from './ids';
