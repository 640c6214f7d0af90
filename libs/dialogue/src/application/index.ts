export * from './dialogue.commands';
export * from './dialogue.queries';
